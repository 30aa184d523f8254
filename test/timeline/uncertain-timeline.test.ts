/**
 * The timeline honest about what its sources do not say (issue 13): a date known only by a
 * bound is drawn as a span fading out toward its open side, reaching the edge of the data,
 * never as a point; incidents without a stated date are counted beside the chart and listed;
 * ranges of people and how sure a source is are said in words; reports not verified are drawn
 * hollow and dotted, explained in the key, and "Verified only" hides them.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import type { CivicFilterChangeEvent } from '../../src/provider/events.js';
import '../../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import { click, press, resetMouse } from '../fixtures/real-input.js';
import { koreanUncertainDataset, uncertainExampleDataset } from '../fixtures/uncertain-datasets.js';
import { focusedElement, mountLinked, mountWidget, pressOn } from '../fixtures/widget-helpers.js';

const root = (el: IncidentTimeline) => el.shadowRoot!;
const mark = (el: IncidentTimeline, id: string) =>
  root(el).querySelector<SVGRectElement | HTMLElement>(`[part="incident"][data-id="${id}"]`)!;
const text = (el: IncidentTimeline, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function drawn(el: IncidentTimeline) {
  await waitUntil(() => root(el).querySelector('[part="incident"]'), 'incidents drawn', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

const timeline = async (data: unknown, attributes = '', width = 900) =>
  drawn(await mountWidget<IncidentTimeline>('civic-incident-timeline', data, attributes, width));

/** A mark's left and right edges, in pixels of the chart. */
const edges = (el: IncidentTimeline, id: string) => {
  const rect = mark(el, id) as SVGRectElement;
  const x = Number(rect.getAttribute('x'));
  return [x, x + Number(rect.getAttribute('width'))] as const;
};

/** The table's rows, opened as a reader opens it: each row's cells as text. */
async function tableRows(el: IncidentTimeline): Promise<Record<string, string[]>> {
  await click(root(el).querySelector('[part="table-toggle"]')!);
  await el.updateComplete;
  const rows = [...root(el).querySelectorAll('[part="table"] tbody tr')];
  return Object.fromEntries(
    rows.map((row) => [
      row.getAttribute('data-id'),
      [...row.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()),
    ]),
  );
}

describe('<civic-incident-timeline> with uncertain records', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('passes axe with uncertain records, a detail and the table open, in Korean', async () => {
      const el = await timeline(koreanUncertainDataset(), 'lang="ko"');
      await click(mark(el, 'trial-after'));
      await tableRows(el);
      await expect(el).to.be.accessible();
    });

    it('tells a screen reader what the axis cannot place, and reaches the table by keyboard', async () => {
      const el = await timeline(uncertainExampleDataset());
      const chart = root(el).querySelector('.chart')!;
      expect(chart.getAttribute('aria-describedby')).to.include('summary');
      expect(text(el, '#summary')).to.include('2 incidents without a stated date');
      await pressOn(mark(el, 'raid-before'), 'Tab');
      const toggle = root(el).querySelector('[part="table-toggle"]');
      expect(focusedElement()).to.equal(toggle);
      await press('Enter');
      await el.updateComplete;
      const cells = [...root(el).querySelectorAll('[part="table"] tbody tr:last-child td')];
      expect(cells[0]!.textContent!.trim()).to.equal('Date not stated');
    });
  });

  describe('dates known only by a bound', () => {
    it('draws "in or after" from its date to the end of the data, fading out to the right', async () => {
      const el = await timeline(uncertainExampleDataset());
      const [, september] = edges(el, 'arrests'); // September 2024 ends where October starts
      const [, lastEnd] = edges(el, 'unlocated'); // 2024, the latest end of the data
      const [start, end] = edges(el, 'trial-after');
      expect(start).to.be.closeTo(september, 0.2);
      expect(end).to.be.closeTo(lastEnd, 0.2);
      expect(mark(el, 'trial-after').getAttribute('mask')).to.equal('url(#fade-after)');
      expect(root(el).querySelector('mask#fade-after')).to.exist;
      expect(mark(el, 'trial-after').getAttribute('aria-label')).to.include(
        'in or after October 2024',
      );
    });

    it('draws "in or before" from the start of the data to the end of its date, fading out to the left', async () => {
      const el = await timeline(uncertainExampleDataset());
      const [firstStart] = edges(el, 'unlocated'); // 2024, the earliest start of the data
      const [start, end] = edges(el, 'raid-before');
      expect(start).to.be.closeTo(firstStart, 0.2);
      // The end of July 2024: August and September (61 days, September's 30 among them)
      // before the end of September.
      const [september, septemberEnd] = edges(el, 'arrests');
      expect(end).to.be.closeTo(septemberEnd - (61 / 30) * (septemberEnd - september), 0.5);
      expect(mark(el, 'raid-before').getAttribute('mask')).to.equal('url(#fade-before)');
    });

    it('draws "about" a month across the month either side, fading out on both sides', async () => {
      const el = await timeline(uncertainExampleDataset());
      const [start, end] = edges(el, 'strike-about');
      const [september, septemberEnd] = edges(el, 'arrests');
      // About August 2024: July to September, the four months ending where September ends.
      expect(end).to.be.closeTo(septemberEnd, 0.2);
      // July, August and September: 92 days, September's 30 among them.
      expect(end - start).to.be.closeTo((92 / 30) * (septemberEnd - september), 0.5);
      expect(mark(el, 'strike-about').getAttribute('mask')).to.equal('url(#fade-about)');
    });

    it('explains the fading in the key, and draws none of it for a dataset without bounds', async () => {
      const el = await timeline(uncertainExampleDataset());
      expect(text(el, '.kinds')).to.include('known only by a bound or roughly');
      const summary = text(el, '#summary');
      expect(summary).to.include('3 dated only by a bound or roughly');
      expect(summary).to.include('“in or before July 2024”');
    });
  });

  describe('incidents without a stated date', () => {
    it('counts them beside the chart and in the summary, and lists them last in the table', async () => {
      const el = await timeline(uncertainExampleDataset());
      expect(text(el, '.undated')).to.equal('2 incidents without a stated date');
      expect(text(el, '#summary')).to.include('2 incidents without a stated date');
      expect(mark(el, 'undated-surveillance')).to.equal(null);
      const rows = await tableRows(el);
      const ids = Object.keys(rows);
      expect(ids.slice(-2)).to.deep.equal(['undated-surveillance', 'undated-unlocated']);
      expect(rows['undated-unlocated']![0]).to.equal('Date not stated');
    });

    it('lists them under "Date not stated" in a narrow container, reachable by keyboard', async () => {
      const el = await timeline(uncertainExampleDataset(), '', 360);
      const headings = [...root(el).querySelectorAll('.list h3')].map((h) => h.textContent);
      // A bound by its own date ("in or before July 2024" under July), the undated last.
      expect(headings).to.deep.equal([
        '2024',
        'June 2024',
        'July 2024',
        'August 2024',
        'September 2024',
        'October 2024',
        'Date not stated',
      ]);
      await pressOn(mark(el, 'trial-after'), 'End');
      expect(focusedElement()).to.equal(mark(el, 'undated-unlocated'));
      await press('Enter');
      await el.updateComplete;
      const detail = text(el, '[part="detail"]');
      expect(detail).to.include('Books banned');
      expect(detail).to.include('Date not stated');
    });

    it('shows a dataset whose every incident is undated, not the empty state', async () => {
      const data = uncertainExampleDataset();
      for (const incident of data.incidents) delete incident.date;
      for (const incident of data.incidents) delete incident.endDate;
      for (const incident of data.incidents) delete incident.dateQualifier;
      const el = await mountWidget<IncidentTimeline>('civic-incident-timeline', data);
      await waitUntil(() => root(el).querySelector('.undated'), 'the count drawn');
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
      expect(text(el, '#summary')).to.equal('8 incidents without a stated date.');
      expect(Object.keys(await tableRows(el))).to.have.length(8);
    });
  });

  describe('people and verification in words', () => {
    it('says the range and how sure the source is in the detail and the table', async () => {
      const el = await timeline(uncertainExampleDataset());
      await click(mark(el, 'trial-after'));
      await el.updateComplete;
      const detail = text(el, '[part="detail"]');
      expect(detail).to.include('in or after October 2024');
      expect(detail).to.include('People affected at least 30');
      expect(detail).to.include('Verification reported, not verified');
      const rows = await tableRows(el);
      expect(rows['trial-after']).to.include.members([
        'in or after October 2024',
        'at least 30',
        'reported, not verified',
      ]);
      expect(rows['strike-about']).to.include.members(['about August 2024', '12–20', 'verified']);
      const headers = [...root(el).querySelectorAll('[part="table"] th')].map((th) =>
        th.textContent!.trim(),
      );
      expect(headers).to.include('Verification');
    });

    it("shows the note of an incident's place in its detail", async () => {
      const el = await timeline(uncertainExampleDataset());
      await click(mark(el, 'strike-about'));
      await el.updateComplete;
      expect(text(el, '[part="detail"]')).to.include(
        'About the place Synthetic note: the port was moved to the south in 2020.',
      );
    });

    it('says it all in Korean with lang="ko"', async () => {
      const el = await timeline(koreanUncertainDataset(), 'lang="ko"');
      expect(mark(el, 'trial-after').getAttribute('aria-label')).to.include('2024년 10월 이후');
      expect(text(el, '.undated')).to.equal('날짜가 밝혀지지 않은 사건 2건');
      expect(text(el, '.kinds')).to.include('날짜의 경계나 대략만 알려짐');
      expect(text(el, '.verified-only')).to.equal('검증된 사건만');
      const rows = await tableRows(el);
      expect(rows['trial-after']).to.include.members([
        '2024년 10월 이후',
        '최소 30',
        '보도됨, 검증되지 않음',
      ]);
      expect(rows['strike-about']![0]).to.equal('2024년 8월경');
      expect(rows['undated-unlocated']![0]).to.equal('날짜 미상');
    });
  });

  describe('reports not verified', () => {
    it('draws them hollow and dotted, not by colour alone, and says so in the key', async () => {
      const el = await timeline(uncertainExampleDataset());
      const reported = getComputedStyle(mark(el, 'trial-after'));
      const verified = getComputedStyle(mark(el, 'strike-about'));
      expect(reported.fillOpacity).to.equal('0');
      expect(reported.strokeDasharray).to.not.equal(verified.strokeDasharray);
      expect(Number(verified.fillOpacity)).to.be.greaterThan(0);
      expect(text(el, '.kinds')).to.include('hollow, dotted: reported or alleged, not verified');
      expect(text(el, '#summary')).to.include('2 reported or alleged, not verified');
    });

    it('hides all but verified incidents with "Verified only", and says so in the filter bar', async () => {
      const { dataset, widget } = await mountLinked<IncidentTimeline>('civic-incident-timeline', {
        data: uncertainExampleDataset(),
      });
      const el = await drawn(widget);
      const changed = oneEvent<CivicFilterChangeEvent>(dataset, 'civic-filter-change');
      const toggle = root(el).querySelector<HTMLButtonElement>('.verified-only')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      await click(toggle);
      expect((await changed).detail.filter.verifiedOnly).to.equal(true);
      await el.updateComplete;
      const ids = [...root(el).querySelectorAll('[part="incident"]')].map((m) =>
        m.getAttribute('data-id'),
      );
      expect(ids).to.deep.equal(['strike-about']);
      expect(text(el, '[part="filters"]')).to.include('verified only');
      expect(root(el).querySelector('.verified-only')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
    });

    it('offers no "Verified only" for a dataset that does not say how sure its sources are', async () => {
      const data = uncertainExampleDataset();
      for (const incident of data.incidents) delete incident.verification;
      const el = await timeline(data);
      expect(root(el).querySelector('.verified-only')).to.equal(null);
      expect(text(el, '.kinds')).to.not.include('hollow');
    });
  });

  describe('a period filter', () => {
    it('keeps "in or after October 2024" for November as possibly in it, and says how many', async () => {
      const { dataset, widget } = await mountLinked<IncidentTimeline>('civic-incident-timeline', {
        data: uncertainExampleDataset(),
      });
      const el = await drawn(widget);
      dataset.filter = { categoryIds: [], regionIds: [], from: '2024-11', to: '2024-11' };
      await el.updateComplete;
      await waitUntil(() => !mark(el, 'arrests'), 'September filtered out');
      const ids = [...root(el).querySelectorAll('[part="incident"]')].map((m) =>
        m.getAttribute('data-id'),
      );
      expect(ids.sort()).to.deep.equal(['trial-after', 'unlocated']);
      expect(text(el, '[part="filters"]')).to.include(
        '1 of them is known only by a bound that reaches past this period',
      );
      // A window that holds the whole of what the bound allows is a sure match.
      dataset.filter = { categoryIds: [], regionIds: [], from: '2024-10' };
      await el.updateComplete;
      expect(text(el, '[part="filters"]')).to.not.include('known only by a bound');
    });
  });
});
