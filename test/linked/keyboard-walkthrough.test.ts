/**
 * The linked page walked with the keyboard only, as a reader without a mouse does: real key
 * presses (sendKeys), from a button before the widgets to a button after them. Assertions read
 * what the reader sees (drawn marks, filter bars, counts) and what has focus, as strings.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type ReactiveElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { exampleBoundaries, exampleDataset } from '../fixtures/datasets.js';
import { press } from '../fixtures/real-input.js';

const map = 'civic-province-map';
const timeline = 'civic-incident-timeline';
const tracker = 'civic-recommendation-tracker';
const widgets = [map, timeline, tracker];

let page: HTMLElement;
const widget = (tag: string) => page.querySelector(tag)!.shadowRoot!;
const all = (tag: string, selector: string) => [...widget(tag).querySelectorAll(selector)];
const ids = (tag: string, selector: string) =>
  all(tag, selector).map((el) => el.getAttribute('data-id'));
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What has focus, through shadow roots: "civic-province-map region XA-01", "button after". */
function focused(): string {
  let el = document.activeElement;
  let host = '';
  while (el?.shadowRoot?.activeElement) {
    host = el.localName;
    el = el.shadowRoot.activeElement;
  }
  if (!el || el === document.body) return 'body';
  const what = el.getAttribute('part') ?? el.localName;
  const name =
    el.closest('[data-id]')?.getAttribute('data-id') ??
    (el.id || el.getAttribute('data-filter') || el.getAttribute('aria-label') || text(el));
  return [host, what, name].filter(Boolean).join(' ');
}

/** Presses a key, or a combination such as "Shift+Tab", and waits for what it changed. */
async function key(combination: string, times = 1): Promise<void> {
  await press(combination, times);
  await settled();
}

/** The dataset, then every widget, done rendering what the last key changed. */
async function settled(): Promise<void> {
  for (const tag of ['civic-dataset', ...widgets])
    await page.querySelector<ReactiveElement>(tag)!.updateComplete;
}

/**
 * Presses Tab (Shift+Tab with `back`) until what has focus starts with `target`, at most `max`
 * times; returns the stops on the way.
 */
async function tabTo(target: string, { back = false, max = 12 } = {}): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await key(back ? 'Shift+Tab' : 'Tab');
    stops.push(focused());
    if (stops.at(-1)!.startsWith(target)) return stops;
  }
  throw new Error(`${target} not reached; focus went: ${stops.join(' → ')}`);
}

/** "North: 1 incident", as the map's provinces say it to a screen reader. */
const provinceCounts = () => all(map, '[part="region"]').map((r) => r.getAttribute('aria-label'));
const filterBars = () =>
  widgets.map((tag) => text(widget(tag).querySelector('[part="filters"] p')));

/** Enter on a widget's table toggle shows the table, and again hides it; focus stays. */
async function openAndCloseTable(tag: string): Promise<(string | null)[]> {
  await key('Enter');
  const rows = ids(tag, '[part="table"] tbody tr');
  expect(focused()).to.equal(`${tag} table-toggle Hide data table`);
  await key('Enter');
  expect(all(tag, '[part="table"]')).to.have.length(0);
  expect(focused()).to.equal(`${tag} table-toggle Show data table`);
  return rows;
}

describe('keyboard walk-through of the linked page', () => {
  before(async () => {
    // Not fixture(): it empties the page after each step, and this walk is one story.
    page = document.createElement('div');
    page.style.width = '900px';
    document.body.append(page);
    render(
      html`<button id="before">before</button>
        <civic-dataset .data=${exampleDataset()}>
          <civic-province-map .geometry=${exampleBoundaries()}></civic-province-map>
          <p>Some of the article between the widgets.</p>
          <civic-incident-timeline></civic-incident-timeline>
          <civic-recommendation-tracker></civic-recommendation-tracker>
        </civic-dataset>
        <button id="after">after</button>`,
      page,
    );
    await waitUntil(
      () =>
        all(map, '[part="region"]').length === 2 &&
        all(timeline, '[part="incident"]').length === 3 &&
        all(tracker, '[part="recommendation"]').length === 2,
      'every widget drawn',
      { timeout: 5000 },
    );
    // The one focus() call: where a reader's Tab starts, on the page before the widgets.
    page.querySelector<HTMLButtonElement>('#before')!.focus();
  });

  after(() => page.remove());

  it('Tab enters the map on one province; arrows move by geography', async () => {
    await key('Tab');
    expect(focused()).to.equal(`${map} region XA-01`);
    const stops: string[] = [];
    for (const arrow of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
      await key(arrow);
      stops.push(focused().replace(`${map} `, ''));
    }
    // The capital lies in the north, below the middle of its province.
    expect(stops).to.deep.equal(['place capital', 'region XA-02', 'place capital', 'region XA-01']);
  });

  it('Enter selects a province: every widget shows only its incidents and says so', async () => {
    await key('Enter');
    expect(focused()).to.equal(`${map} region XA-01`);
    expect(ids(timeline, '[part="incident"]')).to.deep.equal(['arrests']);
    expect(ids(tracker, '.context-list [data-id]')).to.deep.equal(['arrests']);
    expect(text(widget(tracker).querySelector('.context'))).to.include(
      'Only incidents matching the shared filter are counted.',
    );
    expect(filterBars()).to.deep.equal(widgets.map(() => 'Filtered: North'));
    expect(text(widget(map).querySelector('[part="detail"] h3'))).to.include('North');
  });

  it("opens and closes one of the province's incidents, focus following what replaces it", async () => {
    await tabTo(`${map} button arrests`, { max: 3 });
    await key('Enter');
    expect(text(widget(map).querySelector('[part="detail"] h3'))).to.equal('Journalists arrested');
    expect(focused()).to.equal(`${map} button Close`);
    await key('Enter');
    expect(focused()).to.equal(`${map} button arrests`);
  });

  it('"Clear filters" is reached by Shift+Tab and clears everywhere; focus moves to the summary', async () => {
    await tabTo(`${map} clear-filters`, { back: true, max: 4 });
    await key('Enter');
    expect(filterBars()).to.deep.equal(['', '', '']);
    expect(ids(timeline, '[part="incident"]')).to.have.members([
      'arrests',
      'protest-ban',
      'unlocated',
    ]);
    expect(ids(tracker, '.context-list [data-id]')).to.have.length(3);
    expect(focused()).to.equal(`${map} p summary`);
    await key('Tab');
    expect(focused()).to.equal(`${map} region XA-01`);
  });

  it("closes the province's detail with its Close button, back on the province", async () => {
    await tabTo(`${map} button Close`, { max: 3 });
    await key('Enter');
    expect(all(map, '[part="detail"]')).to.have.length(0);
    expect(focused()).to.equal(`${map} region XA-01`);
  });

  it("reaches the map's table toggle", async () => {
    await tabTo(`${map} table-toggle`, { max: 3 });
    expect(await openAndCloseTable(map)).to.include.members(['XA-01', 'XA-02']);
  });

  it('toggles a category in the legend: the other widgets filter too', async () => {
    const stops = await tabTo(`${timeline} button Assembly`);
    expect(
      stops.map((stop) => stop.replace(`${timeline} button `, '').split(':')[0]),
    ).to.deep.equal([
      // The map's export control comes after its table toggle, before the timeline.
      `${map} button Export`,
      'Zoom in',
      'Zoom out',
      'Show all',
      'Filter to this period',
      'Expression',
      'Assembly',
    ]);
    await key('Enter');
    expect(focused()).to.equal(`${timeline} button Assembly`);
    expect(filterBars()).to.deep.equal(widgets.map(() => 'Filtered: Expression'));
    expect(ids(timeline, '[part="incident"]')).to.have.members(['arrests', 'unlocated']);
    expect(provinceCounts()).to.deep.equal(['North: 1 incident', 'South: 0 incidents']);
    expect(ids(tracker, '.context-list [data-id]')).to.have.members(['arrests', 'unlocated']);
    await key('Enter');
    expect(filterBars()).to.deep.equal(['', '', '']);
    expect(provinceCounts()).to.deep.equal(['North: 1 incident', 'South: 1 incident']);
  });

  it('arrows move between incidents in time order; Enter opens one, Escape closes it', async () => {
    await key('Tab');
    expect(focused()).to.equal(`${timeline} incident unlocated`);
    const stops: string[] = [];
    for (const arrow of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) {
      await key(arrow);
      stops.push(focused().replace(`${timeline} incident `, ''));
    }
    expect(stops).to.deep.equal(['protest-ban', 'arrests', 'arrests', 'protest-ban']);
    await key('Enter');
    expect(text(widget(timeline).querySelector('[part="detail"] h3'))).to.equal('Protests banned');
    expect(focused()).to.equal(`${timeline} incident protest-ban`);
    await key('Escape');
    expect(all(timeline, '[part="detail"]')).to.have.length(0);
    expect(focused()).to.equal(`${timeline} incident protest-ban`);
  });

  it("the detail's Close button returns focus to the incident", async () => {
    await key('Enter');
    await key('Tab');
    expect(focused()).to.equal(`${timeline} button Close`);
    await key('Enter');
    expect(all(timeline, '[part="detail"]')).to.have.length(0);
    expect(focused()).to.equal(`${timeline} incident protest-ban`);
  });

  it('filters a period by keyboard: zoom around an incident, then "Filter to this period"', async () => {
    expect(provinceCounts()).to.deep.equal(['North: 1 incident', 'South: 1 incident']);
    await key('+', 4);
    expect(focused()).to.equal(`${timeline} incident protest-ban`);
    await tabTo(`${timeline} button Filter to this period: `, { back: true, max: 4 });
    // Its name says which days: those in view, zoomed in around the ban (June to October).
    expect(focused()).to.equal(
      `${timeline} button Filter to this period: July 20 – August 13, 2024`,
    );
    await key('Enter');
    expect(focused()).to.equal(`${timeline} button Clear period filter`);
    expect(filterBars()).to.deep.equal(
      widgets.map(() => 'Filtered: July 20, 2024 – August 13, 2024'),
    );
    expect(provinceCounts()).to.deep.equal(['North: 0 incidents', 'South: 1 incident']);
    expect(ids(timeline, '[part="incident"]')).to.have.members(['protest-ban', 'unlocated']);
    await key('Enter');
    expect(focused()).to.match(new RegExp(`^${timeline} button Filter to this period: `));
    expect(filterBars()).to.deep.equal(['', '', '']);
    expect(provinceCounts()).to.deep.equal(['North: 1 incident', 'South: 1 incident']);
  });

  it("reaches the timeline's table toggle", async () => {
    await tabTo(`${timeline} table-toggle`);
    expect(await openAndCloseTable(timeline)).to.have.members([
      'arrests',
      'protest-ban',
      'unlocated',
    ]);
  });

  it('searches the tracker by typing, and clears its own filter', async () => {
    await tabTo(`${tracker} input query`);
    await sendKeys({ type: 'journalists' });
    await settled();
    expect(text(widget(tracker).querySelector('.count'))).to.equal('Showing 1 of 2');
    expect(ids(tracker, '[part="recommendation"]')).to.deep.equal(['rec-1']);
    await key('Tab');
    expect(focused()).to.equal(`${tracker} button Clear filters`);
    await key('Enter');
    expect(text(widget(tracker).querySelector('.count'))).to.equal('Showing 2 of 2');
    expect(focused()).to.equal(`${tracker} p summary`);
  });

  it('arrows move through the rows across theme groups; Enter opens one, Escape closes it', async () => {
    await tabTo(`${tracker} button rec-1`);
    const group = () => {
      const row = widget(tracker).activeElement?.closest('[part="theme"]');
      return `${row?.getAttribute('data-id')} ${focused().replace(`${tracker} button `, '')}`;
    };
    const stops = [group()];
    for (const arrow of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await key(arrow);
      stops.push(group());
    }
    expect(stops).to.deep.equal(['press rec-1', '(none) rec-2', '(none) rec-2', 'press rec-1']);
    await key('Enter');
    expect(all(tracker, '.rec-detail')).to.have.length(1);
    expect(focused()).to.equal(`${tracker} button rec-1`);
    await key('Escape');
    expect(all(tracker, '.rec-detail')).to.have.length(0);
    expect(focused()).to.equal(`${tracker} button rec-1`);
  });

  it("reaches the tracker's table toggle, then leaves the widgets: no keyboard trap", async () => {
    await tabTo(`${tracker} table-toggle`);
    expect(await openAndCloseTable(tracker)).to.have.members(['rec-1', 'rec-2']);
    await key('Tab');
    expect(focused()).to.equal(`${tracker} button Export`);
    await key('Tab');
    expect(focused()).to.equal('button after');
    await key('Shift+Tab');
    await key('Shift+Tab');
    expect(focused()).to.equal(`${tracker} table-toggle Show data table`);
  });

  it('Shift+Tab walks back through every widget to the button before: one stop per control', async () => {
    // From the tracker's table toggle, past its export control.
    await tabTo('button after', { max: 2 });
    const stops = await tabTo('button before', { back: true, max: 30 });
    const hosts = stops.map((stop) => stop.split(' ')[0]).filter((h, i, a) => h !== a[i - 1]);
    expect(hosts).to.deep.equal([tracker, timeline, map, 'button']);
    // The chart's marks, the map's provinces and the tracker's rows are one stop each.
    expect(stops.filter((stop) => / (incident|region|place|button rec-)/.test(stop))).to.deep.equal(
      [`${tracker} button rec-1`, `${timeline} incident protest-ban`, `${map} region XA-01`],
    );
    for (const tag of widgets) expect(stops).to.include(`${tag} table-toggle Show data table`);
    for (const tag of widgets) expect(stops).to.include(`${tag} button Export`);
  });
});
