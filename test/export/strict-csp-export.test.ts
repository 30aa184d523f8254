/**
 * Export on a page with a strict Content-Security-Policy (default-src 'self', no
 * 'unsafe-inline', Trusted Types): the SVG, the CSV and the citation work; the PNG, which
 * needs `img-src blob:`, fails with a sentence that says so, in the menu and from
 * `exportPNG()`, and nothing else is reported by the policy.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import { click, resetMouse } from '../fixtures/real-input.js';

async function strictPage(): Promise<{ frame: HTMLIFrameElement; widget: IncidentTimeline }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = '/test-server/strict-export.html';
  document.body.append(frame);
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('civic-incident-timeline')
        ?.shadowRoot?.querySelector('[part="incident"]'),
    'the timeline is drawn in the strict page',
    { timeout: 20_000 },
  );
  return { frame, widget: frame.contentDocument!.querySelector('civic-incident-timeline')! };
}

describe('export under a strict Content-Security-Policy', () => {
  afterEach(() => resetMouse());

  it('makes the SVG and the CSV, and says plainly that the PNG needs img-src blob:', async function () {
    this.timeout(40_000);
    const { frame, widget } = await strictPage();
    const view = frame.contentWindow as Window & { violations: string[] };
    expect(await widget.exportSVG()).to.match(/^<\?xml[^]*<svg[^]*part="incident"/);
    expect((await widget.exportCSV()).split('\r\n').length).to.be.greaterThan(10);
    const failure = await widget.exportPNG().then(
      () => 'made',
      (error: Error) => error.message,
    );
    expect(failure).to.include('img-src blob:');
    // And from the menu, as a reader meets it.
    const root = widget.shadowRoot!;
    await click(root.querySelector('[part="export"] button')!);
    await widget.updateComplete;
    await click(root.querySelector('[data-action="png"]')!);
    const status = root.querySelector('[part="export"] [role="status"]')!;
    await waitUntil(() => status.textContent!.includes('img-src blob:'), 'the reader is told why');
    // The only violations: the images PNG export tried.
    expect(view.violations.length).to.be.greaterThan(0);
    expect(view.violations.filter((v) => !/^img-src blob/.test(v))).to.deep.equal([]);
    frame.remove();
  });
});
