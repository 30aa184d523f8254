import { expect, waitUntil } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { filterIncidents, emptyFilter, type Filter } from '../../src/filter/filter.js';
import {
  closePages,
  fitPages,
  idsIn,
  openPage,
  widget,
  widgetsReady,
} from '../fixtures/page-frame.js';
import { click, resetMouse } from '../fixtures/real-input.js';

// The React 19 and Vue pages of the demo (demo/react, demo/vue), built by Vite as a site
// with its own bundler builds them, used as a reader uses them. What they prove: the
// frameworks hand objects to the elements as properties, hear their events, and re-render
// without undoing what the reader did in the widgets.

let dataset: Dataset;
before(() => fitPages());
before(async () => {
  const result = validateDataset(await (await fetch('/data/north-korea.json')).json());
  if (!result.ok) throw new Error(result.error.message);
  dataset = result.dataset;
});
afterEach(closePages);
afterEach(() => resetMouse());

const marks = '[part="incident"][data-id]';
/** The incidents the timeline draws as marks: those the filter keeps that have a date. */
const expected = (filter: Partial<Filter>) =>
  filterIncidents(dataset, { ...emptyFilter, ...filter })
    .filter((incident) => incident.date !== undefined)
    .map((incident) => incident.id)
    .sort();
const drawn = (page: Document) =>
  [...new Set(idsIn(page, 'civic-incident-timeline', marks))].sort();
const status = (page: Document, name: string) =>
  page.querySelector(`[data-status="${name}"]`)!.textContent!.trim();

for (const framework of ['react', 'vue']) {
  describe(`the ${framework} page`, () => {
    it('draws every incident, and the framework hears a province picked on the map', async function () {
      this.timeout(40_000);
      const page = await openPage(`/dist/demo/${framework}/index.html`);
      await widgetsReady(page);
      expect(drawn(page)).to.deep.equal(expected({}));

      const region = dataset.incidents.find((incident) => incident.regionId)!.regionId!;
      await click(
        widget(page, 'civic-province-map').querySelector(`[part~="region"][data-id="${region}"]`)!,
      );
      // The page's own state shows what the event carried…
      await waitUntil(() => status(page, 'filter').includes(region), 'the page hears the filter');
      // …and handing the filter back as a property keeps the widgets filtered, with no loop.
      await waitUntil(() => drawn(page).join() === expected({ regionIds: [region] }).join());
      expect(drawn(page)).to.deep.equal(expected({ regionIds: [region] }));
    });

    it('sets the filter from the page, and keeps it across a language switch', async function () {
      this.timeout(40_000);
      const page = await openPage(`/dist/demo/${framework}/index.html`);
      await widgetsReady(page);
      await click(page.querySelector('[data-action="year"]')!);
      const year = expected({ from: '2024', to: '2024' });
      expect(year.length, 'some incidents are of other years').to.be.below(
        dataset.incidents.length,
      );
      await waitUntil(() => drawn(page).join() === year.join(), 'the timeline shows 2024');
      expect(
        widget(page, 'civic-province-map').querySelector('[part="filters"]'),
        'the map’s filter bar shows the page’s filter',
      ).to.exist;

      await click(page.querySelector('button[lang="ko"]')!);
      const tracker = widget(page, 'civic-recommendation-tracker');
      await waitUntil(() => /[가-힣]/.test(tracker.textContent ?? ''), 'the widgets speak Korean');
      expect(page.querySelector('main')!.getAttribute('lang')).to.equal('ko');
      expect(drawn(page)).to.deep.equal(year);
    });

    it('hears what the reader selects in the timeline', async function () {
      this.timeout(40_000);
      const page = await openPage(`/dist/demo/${framework}/index.html`);
      await widgetsReady(page);
      const id = expected({})[0]!;
      await click(
        widget(page, 'civic-incident-timeline').querySelector(
          `[part="incident"][data-id="${id}"]`,
        )!,
      );
      await waitUntil(
        () => status(page, 'selection') === `Selected: ${id}`,
        'the page hears the selection',
      );
      expect(widget(page, 'civic-incident-timeline').querySelector('[part="detail"]')).to.exist;
    });
  });
}
