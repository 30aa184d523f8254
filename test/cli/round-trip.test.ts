/**
 * The round trip's browser half: the dataset `import` made from a synthetic Armenian spreadsheet
 * (test/fixtures/am-spreadsheet/, checked against a fresh import by round-trip.node-test.ts),
 * loaded by URL as a researcher's page loads it, drawn by the three widgets with every incident,
 * region and recommendation present, and linked: a real click on a region filters the timeline.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { click } from '../fixtures/real-input.js';
import { mountLinkedWidgets } from '../fixtures/widget-helpers.js';

const datasetUrl = '/test/fixtures/am-spreadsheet/dataset.json';
const boundariesUrl = '/test/fixtures/am-provinces.topo.json';

interface Imported {
  regions: { id: string; name: string }[];
  incidents: { id: string; regionId?: string }[];
  reviews: { recommendations: { id: string }[] }[];
}

const ids = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.getAttribute('data-id'));

async function mountPage() {
  const imported = (await (await fetch(datasetUrl)).json()) as Imported;
  const { widgets } = await mountLinkedWidgets(
    [
      { tag: 'civic-province-map', attributes: { geo: boundariesUrl } },
      'civic-incident-timeline',
      'civic-recommendation-tracker',
    ],
    { src: datasetUrl },
    { width: 900 },
  );
  const [map, timeline, tracker] = widgets.map((el) => el.shadowRoot!);
  await waitUntil(
    () =>
      map!.querySelectorAll('[part="region"]').length &&
      timeline!.querySelectorAll('[part="incident"]').length &&
      tracker!.querySelectorAll('[part="recommendation"]').length,
    'the three widgets draw the imported dataset',
    { timeout: 20000 },
  );
  return { imported, map: map!, timeline: timeline!, tracker: tracker! };
}

describe('round trip: a spreadsheet imported by the CLI, drawn by the three widgets', () => {
  it('the map draws every region, each with its incidents counted', async () => {
    const { imported, map } = await mountPage();
    expect(ids(map, '[part="region"]').sort()).to.deep.equal(
      imported.regions.map((region) => region.id).sort(),
    );
    for (const region of imported.regions) {
      const count = imported.incidents.filter((i) => i.regionId === region.id).length;
      const label = map
        .querySelector(`[part="region"][data-id="${region.id}"]`)!
        .getAttribute('aria-label');
      expect(count, region.id).to.be.greaterThan(0);
      expect(label).to.match(new RegExp(`^${region.name}: ${count} incidents?\\b`));
    }
  });

  it('the timeline draws every incident, and the tracker every recommendation', async () => {
    const { imported, timeline, tracker } = await mountPage();
    expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(
      imported.incidents.map((incident) => incident.id).sort(),
    );
    expect(ids(tracker, '[part="recommendation"]').sort()).to.deep.equal(
      imported.reviews[0]!.recommendations.map((r) => r.id).sort(),
    );
  });

  it("a click on a region filters the timeline to that region's incidents", async () => {
    const { imported, map, timeline } = await mountPage();
    const lori = imported.regions.find((region) => region.name === 'Lori')!;
    await click(map.querySelector(`[part="region"][data-id="${lori.id}"]`)!);
    const expected = imported.incidents.filter((i) => i.regionId === lori.id).map((i) => i.id);
    await waitUntil(
      () => timeline.querySelectorAll('[part="incident"]').length === expected.length,
      "the timeline shows only the region's incidents",
    );
    expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(expected.sort());
  });
});
