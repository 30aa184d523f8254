/**
 * A reader's walk through the built demo article (dist/demo/index.html), with the real mouse and
 * keyboard only: what a reader does, in the order a reader does it, and what the reader then
 * sees. Once in a desktop column, once at 375 px, where the timeline is a list by month.
 *
 * Which incident, province or recommendation to use is read from the page's own dataset, so the
 * walk holds whatever the bundled dataset says.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, fitPages, openPage, widget, widgetsReady } from '../fixtures/page-frame.js';
import { click, drag, press, resetMouse } from '../fixtures/real-input.js';

interface Text {
  en?: string;
  ko?: string;
}
interface Dataset {
  regions: { id: string; name: Text }[];
  incidents: { id: string; date?: string; regionId?: string; title: Text }[];
}

const map = 'civic-province-map';
const timeline = 'civic-incident-timeline';
const tracker = 'civic-recommendation-tracker';
const widgets = [map, timeline, tracker];
const hangul = /[가-힣]/;

const words = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a reader’s walk through the demo article, with real mouse and keys', function () {
  this.timeout(120_000);
  let dataset: Dataset;

  before(async () => {
    await fitPages();
    dataset = await (await fetch('/dist/demo/north-korea.json')).json();
  });
  afterEach(async () => {
    closePages();
    await resetMouse();
  });

  for (const width of [1000, 375]) {
    it(`walks the article at ${width} px`, async () => {
      const page = await openPage('/dist/demo/index.html', width);
      await widgetsReady(page);
      const root = (tag: string) => widget(page, tag);
      const $ = (tag: string, selector: string) => root(tag).querySelector<HTMLElement>(selector);
      const $$ = (tag: string, selector: string) => [
        ...root(tag).querySelectorAll<HTMLElement>(selector),
      ];
      const ids = (tag: string, selector: string) =>
        $$(tag, selector).map((el) => el.getAttribute('data-id')!);
      const narrow = width < 480;
      // The chart draws every dated incident (the undated are counted beside it); the narrow
      // list lists them all, the undated last.
      const allIncidents = dataset.incidents
        .filter((incident) => narrow || incident.date !== undefined)
        .map((incident) => incident.id)
        .sort();
      expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(allIncidents);
      if (narrow) expect($(timeline, '.list'), 'the list layout').to.exist;
      else expect($(timeline, 'svg [part="incident"]'), 'the chart layout').to.exist;

      // 1. Click an incident: its detail opens with its title.
      const incident = dataset.incidents[0]!;
      await click($(timeline, `[part="incident"][data-id="${incident.id}"]`)!);
      await waitUntil(() => $(timeline, '[part="detail"]'), 'the incident’s detail opens');
      expect(words($(timeline, '[part="detail"] h3'))).to.equal(incident.title.en);

      // 2. Escape closes it.
      await press('Escape');
      await waitUntil(() => !$(timeline, '[part="detail"]'), 'Escape closes the detail');

      // 3. + zooms: the period in view shrinks (the chart's axis; the list's period button).
      const periodButton = () =>
        $$(timeline, '.zoom button').find((b) => /Filter to this period/.test(b.ariaLabel ?? ''));
      const inView = () => periodButton()!.ariaLabel!;
      const axis = () => $$(timeline, '[part="axis"] text').map(words).join(' ');
      const before = inView();
      if (narrow) await click($(timeline, 'button[aria-label="Zoom in"]')!);
      else await press('+'); // focus is still on the incident, in the chart
      await waitUntil(() => inView() !== before, '+ zooms in');
      if (!narrow) {
        const ticks = axis();
        expect(ticks).to.not.equal('');

        // 4. A drag pans: the axis follows the pointer.
        const svg = $(timeline, 'svg')!;
        await drag(svg, { from: [0.5, 0.02], by: [-120, 0] });
        await waitUntil(() => axis() !== ticks, 'a drag pans the axis');

        // 5. A drag along the axis filters to a period; the map and tracker follow.
        await click($$(timeline, '.zoom button').find((b) => words(b) === 'Show all')!);
        await drag($(timeline, '.brush-band')!, { from: [0.35, 0.5], to: [0.75, 0.5] });
      } else {
        // 5. At 375 px there is no axis to drag: "Filter to this period" does the same.
        await click(periodButton()!);
      }
      const params = () => new URL(page.defaultView!.location.href).searchParams;
      await waitUntil(() => params().has('civic-from'), 'the period filters (and goes in the URL)');
      for (const tag of widgets)
        expect(words($(tag, '[part="filters"]')), `${tag} names the period`).to.match(/\d{4}/);
      const inPeriod = ids(timeline, '[part="incident"]');
      expect(inPeriod.length).to.be.within(1, allIncidents.length - 1);
      await click($(map, '[part="clear-filters"]')!);
      await waitUntil(() => !params().has('civic-from'), 'Clear filters clears the period');
      for (const tag of widgets)
        expect(!!$(tag, '[part="filters"]'), `${tag} shows no filter`).to.be.false;

      // 6. Click a province: the timeline and tracker show its records.
      const counts = new Map<string, number>();
      for (const { regionId } of dataset.incidents)
        if (regionId) counts.set(regionId, (counts.get(regionId) ?? 0) + 1);
      const [regionId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      const region = dataset.regions.find((r) => r.id === regionId)!;
      const inRegion = dataset.incidents.filter((i) => i.regionId === regionId).map((i) => i.id);
      const province = () => $(map, `[part~="region"][data-id="${regionId}"]`)!;
      await click(province());
      await waitUntil(
        () => ids(timeline, '[part="incident"]').length === inRegion.length,
        'the timeline shows the province’s incidents',
      );
      expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(inRegion.sort());
      for (const tag of [timeline, tracker])
        expect(words($(tag, '[part="filters"]')), tag).to.include(region.name.en);
      for (const id of ids(tracker, '.context-list [data-id]'))
        expect(inRegion, 'the tracker’s context is the province’s').to.include(id);

      // 7. Click it again: cleared.
      await click(province());
      await waitUntil(
        () => ids(timeline, '[part="incident"]').length === allIncidents.length,
        'a second click clears the province',
      );
      for (const tag of widgets)
        expect(!!$(tag, '[part="filters"]'), `${tag} shows no filter`).to.be.false;

      // 8. Open a recommendation.
      const row = $(tracker, '[part="recommendation"] > button')!;
      await click(row);
      await waitUntil(() => row.getAttribute('aria-expanded') === 'true', 'the row opens');
      expect(words($(tracker, '#rec-detail'))).to.not.equal('');

      // 9. Show a data table, and hide it again.
      for (const tag of widgets) {
        await click($(tag, '[part="table-toggle"]')!);
        await waitUntil(() => $$(tag, '[part="table"] tbody tr').length > 0, `${tag} table`);
        await click($(tag, '[part="table-toggle"]')!);
        await waitUntil(() => !$(tag, '[part="table"] tbody tr'), `${tag} table hidden`);
      }

      // 10. With a province picked, switch the page to Korean: every widget speaks Korean and
      // the reader's filter stays.
      await click(province());
      await waitUntil(() => params().get('civic-regions') === regionId, 'the province again');
      await click(page.querySelector('input[name="lang"][value="ko"]')!);
      await waitUntil(
        () => widgets.every((tag) => hangul.test(words($(tag, '[part="filters"]')))),
        'every widget speaks Korean',
      );
      for (const tag of widgets) {
        expect(root(tag).host.closest('[lang]')!.getAttribute('lang'), tag).to.equal('ko');
        expect(words($(tag, '[part="filters"]')), tag).to.include(region.name.ko);
        expect(words($(tag, '[part="table-toggle"]')), tag).to.match(hangul);
      }
      expect(params().get('civic-regions')).to.equal(regionId);
      expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(inRegion.sort());
    });
  }
});
