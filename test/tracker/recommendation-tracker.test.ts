import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import type { CivicErrorEvent, CivicSelectEvent } from '../../src/provider/events.js';
import '../../src/tracker/recommendation-tracker.js';
import type { RecommendationTracker } from '../../src/tracker/recommendation-tracker.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { focusedElement, mountLinked, mountWidget, pressOn } from '../fixtures/widget-helpers.js';
import { choose, click, press, resetMouse, type, typeInto } from '../fixtures/real-input.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const $ = <T extends Element = HTMLElement>(el: RecommendationTracker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: RecommendationTracker, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const rowIds = (el: RecommendationTracker) =>
  $$(el, '[part="recommendation"]').map((r) => r.getAttribute('data-id'));
const row = (el: RecommendationTracker, id: string) =>
  $(el, `[part="recommendation"][data-id="${id}"]`)!;
const rowButton = (el: RecommendationTracker, id: string) =>
  $<HTMLButtonElement>(el, `[part="recommendation"][data-id="${id}"] > button`)!;

async function ready(el: RecommendationTracker) {
  await waitUntil(
    () => $(el, '.review') || $(el, '[part="error"]') || $(el, '[part="empty"]'),
    'tracker ready',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function standalone(data: unknown, attributes = '') {
  return ready(
    await mountWidget<RecommendationTracker>('civic-recommendation-tracker', data, attributes, 800),
  );
}

async function bundled(attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  wrapper.innerHTML = `<civic-recommendation-tracker src="/data/north-korea.json" ${attributes}></civic-recommendation-tracker>`;
  return ready(wrapper.querySelector<RecommendationTracker>('civic-recommendation-tracker')!);
}

/** Clicks into the search box, selects what it holds with the keyboard, and types over it. */
async function search(el: RecommendationTracker, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  if (input.value) {
    await click(input);
    await press('Control+a');
    await press('Backspace');
    expect(input.value, 'search box cleared by the keys').to.equal('');
    await type(text);
  } else {
    await typeInto(input, text);
  }
  await el.updateComplete;
}

/** Picks the option labelled `label` in the filter select `filter`, with the keyboard. */
async function filterBy(el: RecommendationTracker, filter: string, label: string) {
  await choose($<HTMLSelectElement>(el, `select[data-filter="${filter}"]`)!, label);
  await el.updateComplete;
}

/** Clicks a button in the tracker with the real mouse, and lets it render. */
async function clickOn(el: RecommendationTracker, selector: string) {
  await click($(el, selector)!);
  await el.updateComplete;
}

describe('<civic-recommendation-tracker>', () => {
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('passes axe with the bundled dataset', async () => {
      const el = await bundled();
      await expect(el).to.be.accessible();
    });

    it('passes axe with a recommendation open, filters set and the table open, in Korean', async () => {
      const el = await standalone(exampleDataset(), 'lang="ko"');
      // The filter first: the keys step through "supported", which hides rec-1 and closes it.
      await filterBy(el, 'response', '주목');
      expect(rowIds(el)).to.deep.equal(['rec-1']);
      await click(rowButton(el, 'rec-1'));
      await el.updateComplete;
      expect(rowButton(el, 'rec-1').getAttribute('aria-expanded')).to.equal('true');
      await clickOn(el, '[part="table-toggle"]');
      await expect(el).to.be.accessible();
    });

    it('passes axe with 300 mixed recommendations, dark', async () => {
      const el = await standalone(syntheticDataset({ incidents: 5, recommendations: 300 }));
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('shows the honest arithmetic of the latest review of the bundled dataset', async () => {
      const el = await bundled();
      expect($(el, 'h2')!.textContent).to.equal('Universal Periodic Review, December 2024');
      expect($(el, '.arithmetic')!.textContent).to.equal(
        '206 recommendations received; 6 listed here, in 6 themes; responses not recorded in this dataset; implementation not recorded in this dataset.',
      );
      expect($(el, '.count')!.textContent!.trim()).to.equal('Showing 6 of 6');
    });

    it('gives every recommendation row its data-id, and every theme group its theme id', async () => {
      const el = await bundled();
      const data = await (await fetch('/data/north-korea.json')).json();
      const upr = data.reviews.find((r: { id: string }) => r.id === 'upr-2024');
      expect(rowIds(el).sort()).to.deep.equal(
        upr.recommendations.map((r: { id: string }) => r.id).sort(),
      );
      expect($$(el, '[part="theme"]').map((t) => t.getAttribute('data-id'))).to.deep.equal([
        'treaty-ratification',
        'humanitarian-access',
        'civic-freedoms',
        'political-prisoners',
        'political-dissent',
        'torture',
      ]);
    });

    it('groups recommendations without a theme under "(none)", last', async () => {
      const el = await standalone(exampleDataset());
      const groups = $$(el, '[part="theme"]');
      expect(groups.map((g) => g.getAttribute('data-id'))).to.deep.equal(['press', '(none)']);
      expect(groups[1]!.querySelector('h3')!.textContent).to.include('Other / no theme');
      expect(groups[1]!.querySelector('[part="recommendation"]')!.getAttribute('data-id')).to.equal(
        'rec-2',
      );
    });

    it('draws the unlisted remainder as its own labelled segment', async () => {
      const el = await bundled();
      const chart = $(el, '[part="summary-chart"]')!;
      const bar = chart.querySelector('[data-kind="response"]')!;
      const segments = [...bar.querySelectorAll<SVGRectElement>('rect.seg')];
      expect(segments.map((s) => s.getAttribute('data-key'))).to.deep.equal([
        'unknown',
        'unlisted',
      ]);
      expect(Number(segments[0]!.getAttribute('width'))).to.be.closeTo((6 / 206) * 1000, 0.01);
      expect(bar.querySelector('li[data-key="unlisted"]')!.textContent).to.include(
        '200 not listed in this dataset',
      );
      expect(bar.querySelector('li[data-key="unknown"]')!.textContent).to.include('Unknown: 6');
      // No inline styles anywhere (CSP without 'unsafe-inline').
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });

    it('shows a page of 100 rows with "Show more", and the table can list every one', async () => {
      const el = await standalone(syntheticDataset({ incidents: 5, recommendations: 300 }));
      expect(rowIds(el)).to.have.length(100);
      expect($(el, '.count')!.textContent!.trim()).to.equal('Showing 300 of 300');
      const focused = () =>
        el.shadowRoot!.activeElement?.closest('[part="recommendation"]')?.getAttribute('data-id');
      await clickOn(el, 'button.more');
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(200);
      // The reader goes on from the first new row…
      expect(focused()).to.equal(rowIds(el)[100]);
      await clickOn(el, 'button.more');
      await el.updateComplete;
      // …also when the button went with the last page.
      expect(!!$(el, 'button.more')).to.be.false;
      expect(focused()).to.equal(rowIds(el)[200]);
      await clickOn(el, '[part="table-toggle"]');
      expect($$(el, '[part="table"] tbody tr')).to.have.length(300);
    });

    it('lists every matching recommendation in the table with theme, response, implementation and states', async () => {
      const el = await standalone(exampleDataset());
      await clickOn(el, '[part="table-toggle"]');
      const rows = $$(el, '[part="table"] tbody tr');
      expect(rows.map((r) => r.getAttribute('data-id'))).to.deep.equal(['rec-1', 'rec-2']);
      const cells = [...rows[0]!.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells).to.deep.equal([
        'Release detained journalists.',
        'Press freedom, Detention',
        'Noted',
        'Not started',
        'Norway',
        'Example Monitor',
      ]);
      await filterBy(el, 'response', 'Unknown');
      expect($$(el, '[part="table"] tbody tr').map((r) => r.dataset.id)).to.deep.equal(['rec-2']);
    });

    it('shows hostile text as text', async () => {
      const data = exampleDataset() as Mutable;
      data.reviews[0].recommendations[0].text =
        '<img src=x onerror="window.__trackerHacked = 1"><b>bold</b>';
      data.themes[0].label = '<script>window.__trackerHacked = 2</script>';
      const el = await standalone(data);
      await click(rowButton(el, 'rec-1'));
      await el.updateComplete;
      expect(rowButton(el, 'rec-1').getAttribute('aria-expanded')).to.equal('true');
      await clickOn(el, '[part="table-toggle"]');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(row(el, 'rec-1').textContent).to.include('<img src=x');
      expect($(el, '[part="theme"] h3')!.textContent).to.include('<script>');
      expect((window as Mutable).__trackerHacked).to.equal(undefined);
    });
  });

  describe('interaction', () => {
    it('filters rows as the reader types in the search box', async () => {
      const el = await bundled();
      await search(el, 'PRISONERS');
      expect(rowIds(el)).to.deep.equal(['upr-2024-political-prisoners']);
      expect($(el, '.count')!.textContent!.trim()).to.equal('Showing 1 of 6');
      await search(el, 'no such words');
      expect(rowIds(el)).to.deep.equal([]);
      expect($(el, '[part="empty"]')).to.not.equal(null);
      await clickOn(el, '[part="empty"] button');
      expect(rowIds(el)).to.have.length(6);
    });

    it('filters by theme, response, implementation and recommending state', async () => {
      const el = await standalone(exampleDataset());
      await filterBy(el, 'theme', 'Detention');
      expect(rowIds(el)).to.deep.equal(['rec-1']);
      expect($(el, '[part="theme"]')!.dataset.id).to.equal('detention');
      await filterBy(el, 'theme', 'All themes');
      await filterBy(el, 'response', 'Unknown');
      expect(rowIds(el)).to.deep.equal(['rec-2']);
      await filterBy(el, 'response', 'All responses');
      await filterBy(el, 'implementation', 'Not started');
      expect(rowIds(el)).to.deep.equal(['rec-1']);
      await filterBy(el, 'implementation', 'Any implementation');
      await filterBy(el, 'state', 'Norway');
      expect(rowIds(el)).to.deep.equal(['rec-1']);
      expect($(el, '.count')!.textContent!.trim()).to.equal('Showing 1 of 2');
    });

    it('switches review with the visible switcher, and takes the review attribute', async () => {
      const el = await bundled();
      const buttons = $$<HTMLButtonElement>(el, '.switcher button');
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
      await click(buttons[1]!);
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['unga-2024-repeal-repressive-laws']);
      expect($(el, '.arithmetic')!.textContent).to.include('total number received not stated');
      const other = await bundled('review="unga-third-committee-2024"');
      expect(rowIds(other)).to.deep.equal(['unga-2024-repeal-repressive-laws']);
      other.review = 'upr-2024';
      await other.updateComplete;
      expect(rowIds(other)).to.have.length(6);
    });

    it('fires civic-select when a recommendation is opened by click, and shows it in full with its sources', async () => {
      const el = await standalone(exampleDataset());
      const selected = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await click(rowButton(el, 'rec-1'));
      const { detail } = await selected;
      expect(detail).to.deep.equal({ type: 'recommendation', id: 'rec-1' });
      await el.updateComplete;
      expect(rowButton(el, 'rec-1').getAttribute('aria-expanded')).to.equal('true');
      const link = row(el, 'rec-1').querySelector<HTMLAnchorElement>('.rec-detail a')!;
      expect(link.href).to.equal('https://example.org/report');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(row(el, 'rec-1').querySelector('.rec-detail')!.textContent).to.include('Norway');
    });

    it('jumps to the last row with End and back to the first with Home', async () => {
      const el = await standalone(exampleDataset());
      const buttons = () => [
        ...el.shadowRoot!.querySelectorAll('[part="recommendation"] > button'),
      ];
      const last = buttons().at(-1)!;
      await pressOn(rowButton(el, 'rec-1'), 'End');
      await waitUntil(() => el.shadowRoot!.activeElement === last, 'End');
      await press('Home');
      await waitUntil(() => el.shadowRoot!.activeElement === rowButton(el, 'rec-1'), 'Home');
    });

    it('moves between rows with the arrow keys, opens with Enter, closes with Escape', async () => {
      const el = await standalone(exampleDataset());
      await pressOn(rowButton(el, 'rec-1'), 'ArrowDown');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(rowButton(el, 'rec-2'));
      expect(rowButton(el, 'rec-2').tabIndex).to.equal(0);
      expect(rowButton(el, 'rec-1').tabIndex).to.equal(-1);
      // Enter where the arrow key left focus: the row's button turns Enter into a click.
      let selected = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await press('Enter');
      expect((await selected).detail).to.deep.equal({ type: 'recommendation', id: 'rec-2' });
      await el.updateComplete;
      expect(row(el, 'rec-2').querySelector('.rec-detail')).to.not.equal(null);
      // Escape where the reader is: focus stayed on the opened row's button.
      expect(focusedElement()).to.equal(rowButton(el, 'rec-2'));
      selected = oneEvent<CivicSelectEvent>(el, 'civic-select');
      await press('Escape');
      expect((await selected).detail).to.deep.equal({ type: 'recommendation', id: null });
      await el.updateComplete;
      expect(row(el, 'rec-2').querySelector('.rec-detail')).to.equal(null);
    });
  });

  describe('inside <civic-dataset>', () => {
    it('applies the shared query and shows the incidents of the review period as context', async () => {
      const { dataset, widget } = await mountLinked<RecommendationTracker>(
        'civic-recommendation-tracker',
        { src: '/data/north-korea.json' },
      );
      const el = await ready(widget);
      const data = await (await fetch('/data/north-korea.json')).json();
      // December 2023 to December 2024: every incident dated in 2024 overlaps it (one "in or
      // after" a month of 2024 possibly); one whose source gives no date lies in no period.
      const inWindow = data.incidents.filter((i: { date?: string }) => i.date?.startsWith('2024'));
      expect($(el, '.context p')!.textContent).to.include(`${inWindow.length} incidents`);
      expect($$(el, '.context-list li[data-id]')).to.have.length(5);
      dataset.filter = { categoryIds: [], regionIds: [], query: 'torture' };
      await el.updateComplete;
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['upr-2024-torture']);
      expect($(el, '.count')!.textContent).to.include('torture');
    });
  });

  describe('states', () => {
    it('shows every problem of invalid data with its path, and fires civic-error', async () => {
      const data = exampleDataset() as Mutable;
      data.reviews[0].recommendations[0].response = 'maybe';
      data.reviews[0].recommendations[1].themeIds = ['no-such-theme'];
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('civic-recommendation-tracker');
      wrapper.append(el);
      const failed = oneEvent<CivicErrorEvent>(el, 'civic-error');
      el.data = data;
      const { detail } = await failed;
      expect(detail.issues.map((i) => i.path)).to.include('reviews[0].recommendations[0].response');
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include('reviews[0].recommendations[0].response');
    });

    it('is busy while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('civic-recommendation-tracker');
      el.src = '/test-server/delay/200/data/north-korea.json';
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('');
      expect($(el, '[part="loading"]')).to.not.equal(null);
      await ready(el);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('says so when the dataset has no reviews', async () => {
      const data = exampleDataset() as Mutable;
      data.reviews = [];
      const el = await standalone(data);
      expect($(el, '[part="empty"]')!.textContent).to.include('no records');
    });

    it('says so when a review lists none of its recommendations, and still shows the count', async () => {
      const data = exampleDataset() as Mutable;
      data.reviews[0].recommendations = [];
      const el = await standalone(data);
      expect(rowIds(el)).to.deep.equal([]);
      expect($(el, '.arithmetic')!.textContent).to.equal(
        '10 recommendations received; none listed in this dataset.',
      );
      expect($(el, '[part="summary-chart"] li[data-key="unlisted"]')!.textContent).to.include(
        '10 not listed',
      );
    });
  });

  describe('language', () => {
    it('shows Korean response and implementation labels and dates with lang="ko"', async () => {
      const el = await standalone(exampleDataset(), 'lang="ko"');
      expect($(el, 'h2')!.textContent).to.equal('Universal Periodic Review, 2024년 11월');
      expect(row(el, 'rec-1').textContent).to.include('주목');
      expect(row(el, 'rec-1').textContent).to.include('미착수');
      expect(row(el, 'rec-2').textContent).to.include('알 수 없음');
      expect($(el, '[part="theme"] h3')!.textContent).to.include('언론 자유');
      expect($(el, '.count')!.textContent!.trim()).to.equal('2건 중 2건 표시');
      const options = $$<HTMLOptionElement>(el, 'select[data-filter="response"] option').map((o) =>
        o.textContent!.trim(),
      );
      expect(options).to.deep.equal(['모든 수용 여부', '수용', '주목', '검토 중', '알 수 없음']);
    });
  });
});
