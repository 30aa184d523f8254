import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import type {
  CivicErrorEvent,
  CivicFilterChangeEvent,
  CivicSelectEvent,
} from '../../src/provider/events.js';
import '../../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import { exampleDataset } from '../fixtures/datasets.js';
import {
  mountLinked,
  mountWidget,
  pressOn,
  type DatasetSource,
} from '../fixtures/widget-helpers.js';
import { click, drag, press, resetMouse, wheel } from '../fixtures/real-input.js';
import { pinch } from '../fixtures/synthetic-input.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const marks = (el: IncidentTimeline) => [
  ...el.shadowRoot!.querySelectorAll<SVGGElement | HTMLElement>('[part="incident"]'),
];
const markIds = (el: IncidentTimeline) => marks(el).map((m) => m.getAttribute('data-id'));
const mark = (el: IncidentTimeline, id: string) =>
  el.shadowRoot!.querySelector<SVGGElement | HTMLElement>(`[part="incident"][data-id="${id}"]`)!;

async function drawn(el: IncidentTimeline, count?: number) {
  await waitUntil(
    () => marks(el).length > 0 && (count === undefined || marks(el).length === count),
    'incidents drawn',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function standalone(data: unknown, attributes = '', width = 900) {
  return mountWidget<IncidentTimeline>('civic-incident-timeline', data, attributes, width);
}

/** The timeline inside <civic-dataset>, which is given `source`. */
async function linked(source: DatasetSource, attributes: Record<string, string> = {}, width = 900) {
  return mountLinked<IncidentTimeline>({ tag: 'civic-incident-timeline', attributes }, source, {
    width,
  });
}

const button = (el: IncidentTimeline, selector: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

describe('<civic-incident-timeline>', () => {
  // A test that fails half-way through a drag must not leave the button down for the next one.
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('passes axe with the bundled dataset', async () => {
      const el = await drawn((await linked({ src: '/data/north-korea.json' })).widget);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a selection, the table open, in Korean', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'lang="ko"'));
      await click(mark(el, 'arrests'));
      await el.updateComplete;
      await click(button(el, '[part="table-toggle"]'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('gives the chart a text summary', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal(
        '3 incidents between 2024 and September 2024.',
      );
      expect(el.shadowRoot!.querySelector('.chart')!.getAttribute('aria-describedby')).to.include(
        'summary',
      );
    });
  });

  describe('rendering', () => {
    it('draws every incident once, with its data-id', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      expect(markIds(el).sort()).to.deep.equal(['arrests', 'protest-ban', 'unlocated']);
    });

    it('draws every dated incident of the bundled dataset, and counts those without a date', async () => {
      const el = await drawn((await linked({ src: '/data/north-korea.json' }, {}, 1000)).widget);
      const data = await (await fetch('/data/north-korea.json')).json();
      const dated = data.incidents.filter((i: { date?: string }) => i.date);
      expect(markIds(el).sort()).to.deep.equal(dated.map((i: { id: string }) => i.id).sort());
      const undated = data.incidents.length - dated.length;
      expect(el.shadowRoot!.querySelector('.undated')!.textContent).to.equal(
        `${undated} incidents without a stated date`,
      );
    });

    it('draws a month-precision incident across its month, as uncertain', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-08" to="2024-10"'));
      const arrests = mark(el, 'arrests') as SVGGElement;
      expect(arrests.classList.contains('kind-month')).to.equal(true);
      const width = arrests.getBBox().width;
      // August to October is 92 days drawn in 900 px: September (30 days) is about 293 px.
      expect(width).to.be.closeTo((30 / 92) * 900, 3);
    });

    it('keeps the order of lanes and labels them', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const labels = [...el.shadowRoot!.querySelectorAll('.lane-label')].map((t) => t.textContent);
      expect(labels).to.deep.equal(['Expression', 'Assembly']);
    });

    it('groups by region with a lane for incidents without a stated location', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'group-by="region"'));
      const labels = [...el.shadowRoot!.querySelectorAll('.lane-label')].map((t) => t.textContent);
      expect(labels).to.deep.equal(['North', 'South', 'Location not stated']);
    });

    it('never lets two marks of a lane overlap', async () => {
      const el = await drawn(await standalone(syntheticDataset({ incidents: 200, seed: 4 })));
      const boxes = marks(el).map((m) => m.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(overlap, `marks ${i} and ${j} overlap`).to.equal(false);
        }
      }
    });

    it('draws counts per period when there are too many incidents, and steps through them by keyboard', async () => {
      const el = await standalone(syntheticDataset({ incidents: 3000, seed: 2 }));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="aggregate"]'), 'aggregates', {
        timeout: 5000,
      });
      expect(marks(el)).to.have.length(0);
      // One group per lane, not one element per incident or per period.
      expect(el.shadowRoot!.querySelectorAll('[part="aggregate"]')).to.have.length(6);
      expect(el.shadowRoot!.querySelector('.note')!.textContent).to.include('Too many incidents');
      const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
      chart.focus();
      const label = () => chart.getAttribute('aria-label')!;
      await el.updateComplete;
      const first = label();
      expect(first).to.match(/: \d+ incidents? in /);
      await pressOn(chart, 'ArrowRight');
      await el.updateComplete;
      expect(label()).to.not.equal(first);
      expect(el.shadowRoot!.querySelector('.active-bin')).to.not.equal(null);
      await press('Enter');
      await el.updateComplete;
      // Entering a period zooms into it: fewer incidents in view, eventually drawn one by one.
      expect(el.shadowRoot!.querySelector('[part="axis"] text')!.textContent).to.not.equal(
        'Jan 2023',
      );
    });

    it('shows hostile text as text', async () => {
      const data = exampleDataset() as Mutable;
      data.incidents[0].title = '<img src=x onerror="window.__timelineHacked = 1"><b>bold</b>';
      data.categories[0].label = '<script>window.__timelineHacked = 2</script>';
      const el = await drawn(await standalone(data));
      await click(mark(el, 'arrests'));
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b, script')).to.equal(null);
      expect(root.querySelector('[part="detail"] h3')!.textContent).to.include('<img src=x');
      expect((window as Mutable).__timelineHacked).to.equal(undefined);
    });

    it('becomes a list by month in a narrow container', async () => {
      const el = await drawn(await standalone(exampleDataset(), '', 360));
      expect(el.shadowRoot!.querySelector('svg [part="incident"]')).to.equal(null);
      expect(marks(el).every((m) => m.tagName === 'BUTTON')).to.equal(true);
      expect(markIds(el)).to.deep.equal(['unlocated', 'protest-ban', 'arrests']);
    });
  });

  describe('interaction', () => {
    it('fires civic-select with the id on click, and opens the detail', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const selected = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await click(mark(el, 'arrests'));
      expect((await selected).detail).to.deep.equal({ type: 'incident', id: 'arrests' });
      await el.updateComplete;
      const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
      expect(detail.textContent).to.include('Journalists arrested');
      expect(detail.textContent).to.include('September 2024');
      expect(detail.textContent).to.include('Capital, North');
      const link = detail.querySelector('a')!;
      expect(link.href).to.equal('https://example.org/report');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('jumps to the last incident with End and back to the first with Home', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      await pressOn(mark(el, 'unlocated'), 'End');
      await waitUntil(() => el.shadowRoot!.activeElement === mark(el, 'arrests'), 'End');
      await press('Home');
      await waitUntil(() => el.shadowRoot!.activeElement === mark(el, 'unlocated'), 'Home');
    });

    it('moves focus in time order with the arrow keys, selects with Enter, clears with Escape', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const first = mark(el, 'unlocated');
      expect(first.getAttribute('tabindex')).to.equal('0');
      expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
      await pressOn(first, 'ArrowRight');
      await el.updateComplete;
      await waitUntil(
        () => el.shadowRoot!.activeElement === mark(el, 'protest-ban'),
        'focus moved',
      );
      await press('ArrowRight');
      await waitUntil(
        () => el.shadowRoot!.activeElement === mark(el, 'arrests'),
        'focus moved again',
      );
      const selected = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await press('Enter');
      expect((await selected).detail.id).to.equal('arrests');
      const cleared = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await press('Escape');
      expect((await cleared).detail).to.deep.equal({ type: 'incident', id: null });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="detail"]')).to.equal(null);
    });

    it('does not listen to keys pressed outside itself', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const outside = document.createElement('button');
      outside.textContent = 'Outside';
      el.parentElement!.before(outside);
      let selected = 0;
      el.addEventListener('civic-select', () => (selected += 1));
      const axis = () => el.shadowRoot!.querySelector('[part="axis"]')!.innerHTML;
      const before = axis();
      await pressOn(outside, 'ArrowRight');
      await press('+');
      await press('Escape');
      await el.updateComplete;
      expect(selected).to.equal(0);
      expect(axis()).to.equal(before);
      outside.remove();
    });

    it('zooms with + and − and the buttons', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const ticks = () => el.shadowRoot!.querySelectorAll('[part="axis"] text').length;
      const before = el.shadowRoot!.querySelector('[part="axis"] text')!.textContent;
      await pressOn(mark(el, 'arrests'), '+');
      await press('+', 2);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="axis"] text')!.textContent).to.not.equal(before);
      const zoomedIn = el.shadowRoot!.querySelector('[part="axis"] text')!.textContent;
      await click(button(el, 'button[aria-label="Zoom out"]'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="axis"] text')!.textContent).to.not.equal(
        zoomedIn,
      );
      expect(ticks()).to.be.greaterThan(1);
    });

    it('pans when dragged, and zooms with ctrl + wheel where the pointer is', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-01" to="2024-12"'));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const firstTick = () => el.shadowRoot!.querySelector('[part="axis"] text')!.textContent;
      const tickX = () =>
        Number(
          /translate\(([-\d.]+)/.exec(
            el.shadowRoot!.querySelector('[part="axis"] g')!.getAttribute('transform')!,
          )![1],
        );
      const before = tickX();
      // A press on the empty chart, away from any mark, dragged 50 px to the right.
      await drag(svg, { from: [0.3, 0.05], by: [50, 0] });
      await el.updateComplete;
      // The axis moved with the pointer, by as much as it moved.
      expect(tickX() - before).to.be.closeTo(50, 2);
      const labels = firstTick();
      await wheel(svg, { deltaY: -600, ctrl: true }, [0.3, 0.05]);
      await el.updateComplete;
      expect(firstTick()).to.not.equal(labels);
    });

    it('leaves a plain wheel to the page, which scrolls past the chart', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-01" to="2024-12"'));
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      el.parentElement!.after(spacer);
      const axis = () => el.shadowRoot!.querySelector('[part="axis"]')!.innerHTML;
      const before = axis();
      const scroller = document.scrollingElement!;
      scroller.scrollTop = 0;
      await wheel(el.shadowRoot!.querySelector('svg')!, { deltaY: 200 }, [0.3, 0.05]);
      await waitUntil(() => scroller.scrollTop > 0, 'the page scrolled');
      await el.updateComplete;
      expect(axis()).to.equal(before);
      spacer.remove();
      scroller.scrollTop = 0;
    });

    it('zooms with a plain wheel once the reader works in the chart (it has focus)', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-01" to="2024-12"'));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const firstTick = () => el.shadowRoot!.querySelector('[part="axis"] text')!.textContent;
      await click(mark(el, 'arrests'));
      await el.updateComplete;
      const before = firstTick();
      await wheel(svg, { deltaY: -600 }, [0.3, 0.05]);
      await el.updateComplete;
      expect(firstTick()).to.not.equal(before);
    });

    it('zooms in when pinched open (two fingers: the one synthetic gesture)', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-01" to="2024-12"'));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const ticks = () =>
        [...el.shadowRoot!.querySelectorAll('[part="axis"] text')].map((t) => t.textContent);
      const before = ticks();
      pinch(svg, { from: 40, to: 160 });
      await el.updateComplete;
      // Four times as far apart: a quarter of the year in view, so months turn into days.
      expect(ticks()).to.not.deep.equal(before);
      expect(ticks()).to.not.include('Jan 2024');
    });

    it('a drag does not select the incident it ends on, and the next click does', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const selections: (string | null)[] = [];
      el.addEventListener('civic-select', (event) => selections.push(event.detail.id));
      await drag(mark(el, 'arrests'), { from: [0.2, 0.5], by: [60, 0] });
      await el.updateComplete;
      expect(selections).to.deep.equal([]);
      await click(mark(el, 'arrests'));
      expect(selections).to.deep.equal(['arrests']);
    });

    it('zooms into a period of counts when it is clicked', async () => {
      const el = await standalone(syntheticDataset({ incidents: 3000, seed: 2 }));
      await waitUntil(() => el.shadowRoot!.querySelector('[part="aggregate"]'), 'aggregates', {
        timeout: 5000,
      });
      const firstTick = el.shadowRoot!.querySelector('[part="axis"] text')!.textContent;
      const bars = el.shadowRoot!.querySelector('[part="aggregate"] path')!;
      await click(bars, [0.5, 0.9]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="axis"] text')!.textContent).to.not.equal(
        firstTick,
      );
    });

    it('brushing the axis sets from/to of the shared filter', async () => {
      const { dataset, widget } = await linked(
        { data: exampleDataset() },
        { from: '2024-01', to: '2024-12' },
      );
      const el = await drawn(widget);
      const band = el.shadowRoot!.querySelector('.brush-band')!;
      const svgBox = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const bandBox = band.getBoundingClientRect();
      // From the start of September to the start of November, in a view of January to December.
      const xOfDate = (iso: string) => {
        const start = Date.parse('2024-01-01T00:00:00Z');
        const end = Date.parse('2025-01-01T00:00:00Z');
        return (
          svgBox.left + ((Date.parse(`${iso}T00:00:00Z`) - start) / (end - start)) * svgBox.width
        );
      };
      const changed = oneEvent<CivicFilterChangeEvent>(dataset, 'civic-filter-change');
      const at = (x: number) => [(x - bandBox.left) / bandBox.width, 0.5] as const;
      await drag(band, { from: at(xOfDate('2024-09-01') + 1), to: at(xOfDate('2024-11-01') - 1) });
      const { filter } = (await changed).detail;
      expect(filter.from).to.equal('2024-09-01');
      expect(filter.to).to.equal('2024-10-31');
      await waitUntil(() => !markIds(el).includes('protest-ban') || markIds(el).length === 3);
      // "protest-ban" runs June to 5 October: it overlaps the brushed period and stays.
      expect(markIds(el).sort()).to.deep.equal(['arrests', 'protest-ban', 'unlocated']);
    });

    it('filters to the period in view from the keyboard, and clears it with the same button', async () => {
      const el = await drawn(await standalone(exampleDataset(), 'from="2024-01" to="2024-12"'));
      const periodButton = button(el, '.zoom button:last-child');
      await click(button(el, 'button[aria-label="Zoom in"]'));
      await el.updateComplete;
      // Its name says the days it keeps: the middle half of 2024, in view after zooming in.
      expect(periodButton.getAttribute('aria-label')).to.equal(
        'Filter to this period: April 1 – October 1, 2024',
      );
      const filtered = oneEvent<CivicFilterChangeEvent>(el, 'civic-filter-change');
      await pressOn(periodButton, 'Enter');
      expect((await filtered).detail.filter).to.deep.include({
        from: '2024-04-01',
        to: '2024-10-01',
      });
      await el.updateComplete;
      // The same button, relabelled, so focus stays on it.
      expect(el.shadowRoot!.activeElement === periodButton, 'focus kept').to.equal(true);
      expect(periodButton.textContent!.trim()).to.equal('Clear period filter');
      expect(periodButton.hasAttribute('aria-label')).to.equal(false);
      const cleared = oneEvent<CivicFilterChangeEvent>(el, 'civic-filter-change');
      await press('Enter');
      expect((await cleared).detail.filter).to.deep.equal({ categoryIds: [], regionIds: [] });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === periodButton, 'focus kept').to.equal(true);
      expect(periodButton.getAttribute('aria-label')).to.match(/^Filter to this period: /);
    });
  });

  describe('inside <civic-dataset>', () => {
    it('draws only the incidents matching the shared filter, and the table lists exactly those', async () => {
      const { dataset, widget } = await linked({ data: exampleDataset() });
      const el = await drawn(widget, 3);
      dataset.filter = { categoryIds: [], regionIds: ['XA-01', 'XA-02'] };
      await drawn(el, 2);
      expect(markIds(el).sort()).to.deep.equal(['arrests', 'protest-ban']);
      await click(button(el, '[part="table-toggle"]'));
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((r) =>
        r.getAttribute('data-id'),
      );
      expect(rows.sort()).to.deep.equal(['arrests', 'protest-ban']);
    });

    it('toggles a category in the shared filter from its legend', async () => {
      const { dataset, widget } = await linked({ data: exampleDataset() });
      const el = await drawn(widget, 3);
      const changed = oneEvent<CivicFilterChangeEvent>(dataset, 'civic-filter-change');
      await click(button(el, '.legend button'));
      expect((await changed).detail.filter.categoryIds).to.deep.equal(['assembly']);
      await drawn(el, 1);
      expect(markIds(el)).to.deep.equal(['protest-ban']);
    });

    it('shows the empty state with a way to clear the filter', async () => {
      const { dataset, widget } = await linked({ data: exampleDataset() });
      const el = await drawn(widget, 3);
      dataset.filter = { categoryIds: [], regionIds: [], from: '2030' };
      await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), 'empty state');
      await click(button(el, '[part="empty"] button'));
      await drawn(el, 3);
      expect(dataset.filter).to.deep.equal({ categoryIds: [], regionIds: [] });
    });
  });

  describe('states', () => {
    it('shows every problem of invalid data with its path, and fires civic-error', async () => {
      const data = exampleDataset() as Mutable;
      data.incidents[1].date = '2024-02-30';
      data.incidents[0].regionId = 'XA-99';
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('civic-incident-timeline');
      wrapper.append(el);
      const failed = oneEvent<CivicErrorEvent>(el, 'civic-error');
      el.data = data;
      const { detail } = await failed;
      expect(detail.issues.map((i) => i.path)).to.have.members([
        'incidents[1].date',
        'incidents[0].regionId',
      ]);
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include('incidents[1].date');
    });

    it('shows a 404 as an error, and is busy while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const el = document.createElement('civic-incident-timeline');
      el.src = '/test-server/delay/200/no-such.json';
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="loading"]')).to.not.equal(null);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'error shown', {
        timeout: 5000,
      });
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });
  });

  describe('theming', () => {
    it('turns dark with theme="dark", and follows a dark page', async () => {
      const light = await drawn(await standalone(exampleDataset()));
      const dark = await drawn(await standalone(exampleDataset(), 'theme="dark"'));
      const background = (el: Element) => getComputedStyle(el).backgroundColor;
      expect(background(dark)).to.not.equal(background(light));
      const page = await fixture(html`<div style="color-scheme: dark; width: 900px"></div>`);
      const inherited = document.createElement('civic-incident-timeline');
      inherited.data = exampleDataset();
      page.append(inherited);
      await drawn(inherited);
      expect(background(inherited)).to.equal(background(dark));
    });

    it('colours a category from the dataset, overridable with --civic-category-<id>', async () => {
      const el = await drawn(await standalone(exampleDataset()));
      const fill = () => getComputedStyle(mark(el, 'arrests')).fill;
      expect(fill()).to.equal('rgb(230, 159, 0)');
      el.style.setProperty('--civic-category-expression', 'rgb(1, 2, 3)');
      expect(fill()).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('language', () => {
    it('shows Korean strings and dates with lang="ko"', async () => {
      const el = await drawn(
        await standalone(exampleDataset(), 'lang="ko" from="2024-08" to="2025-02"'),
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('#summary')!.textContent).to.equal(
        '2024년부터 2024년 9월까지 사건 3건.',
      );
      expect([...root.querySelectorAll('[part="axis"] text')].map((t) => t.textContent)).to.include(
        '2024년 10월',
      );
      expect(root.querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal(
        '데이터 표 보기',
      );
      expect(mark(el, 'arrests').getAttribute('aria-label')).to.equal(
        '기자 체포, 2024년 9월, 표현, 수도, 북부',
      );
    });

    it('marks dataset text it has only in English with lang="en" in a Korean timeline', async () => {
      const data = exampleDataset() as Mutable;
      data.incidents[0].title = { en: 'Journalists arrested' };
      data.categories[0].label = { en: 'Expression' };
      const el = await drawn(await standalone(data, 'lang="ko"'));
      const root = el.shadowRoot!;
      const lanes = [...root.querySelectorAll('.lane-label')].map(
        (t) => `${t.textContent}:${t.getAttribute('lang')}`,
      );
      expect(lanes).to.include('Expression:en');
      await click(button(el, '[part="table-toggle"]'));
      await el.updateComplete;
      const title = root.querySelector(
        `[part="table"] tr[data-id="${data.incidents[0].id}"] td:nth-child(2) span`,
      );
      expect(`${title?.textContent}:${title?.getAttribute('lang')}`).to.equal(
        'Journalists arrested:en',
      );
    });

    it('follows the page language', async () => {
      const wrapper = await fixture(html`<div lang="ko" style="width: 900px"></div>`);
      const el = document.createElement('civic-incident-timeline');
      el.data = exampleDataset();
      wrapper.append(el);
      await drawn(el);
      expect(el.shadowRoot!.querySelector('.legend')!.textContent).to.include('표현');
    });
  });
});
