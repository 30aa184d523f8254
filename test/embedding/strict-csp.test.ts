import { expect } from '@open-wc/testing';

interface StrictPageReport {
  failed?: string;
  violations: string[];
  incidents: number;
  recommendations: number;
  regions: number;
  markFill: string;
}

function loadStrictPage(): Promise<StrictPageReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const timer = setTimeout(() => reject(new Error('the strict page did not report')), 20_000);
    window.addEventListener('message', function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'strict-page') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(event.data as StrictPageReport);
    });
    frame.src = '/test-server/strict-page.html';
    document.body.append(frame);
  });
}

describe('a host page with a strict Content-Security-Policy', () => {
  it('renders every widget with no policy violation', async function () {
    // A whole page with three widgets: generous on a busy machine; it measures nothing.
    this.timeout(30_000);
    const report = await loadStrictPage();
    expect(report.failed).to.equal(undefined);
    expect(report.violations).to.deep.equal([]);
    const data = await (await fetch('/data/north-korea.json')).json();
    // Every dated incident is a mark (those "in or after" a date fade out through a mask); the
    // undated are counted beside the chart.
    const dated = data.incidents.filter((incident: { date?: string }) => incident.date);
    expect(report.incidents).to.equal(dated.length);
    expect(report.recommendations).to.be.greaterThan(0);
    expect(report.regions).to.equal(11);
    // Category colours arrive through a constructed style sheet, not a blocked inline style.
    expect(report.markFill).to.not.equal('');
    expect(report.markFill).to.not.equal('rgb(0, 0, 0)');
  });
});
