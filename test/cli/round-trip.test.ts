/**
 * The round trip's browser half: the dataset `import` made from a synthetic Armenian spreadsheet
 * (test/fixtures/am-spreadsheet/, checked against a fresh import by round-trip.node-test.ts),
 * loaded by URL as a researcher's page loads it, drawn by the three widgets with every incident,
 * region and recommendation present (those whose date the spreadsheet says is `not stated`
 * counted beside the timeline and listed in its table), and linked: a real click on a region
 * filters the timeline.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { click } from '../fixtures/real-input.js';
import { mountLinkedWidgets } from '../fixtures/widget-helpers.js';

const datasetUrl = '/test/fixtures/am-spreadsheet/dataset.json';
const boundariesUrl = '/test/fixtures/am-provinces.topo.json';

interface Imported {
  regions: { id: string; name: string }[];
  incidents: {
    id: string;
    date?: string;
    regionId?: string;
    peopleAffected?: number | { min: number; max?: number };
  }[];
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

  it('the timeline draws every dated incident and counts the others, and the tracker every recommendation', async () => {
    const { imported, timeline, tracker } = await mountPage();
    const dated = imported.incidents.filter((incident) => incident.date);
    const undated = imported.incidents.length - dated.length;
    expect(undated, 'rows whose date is not stated').to.be.greaterThan(0);
    expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(
      dated.map((incident) => incident.id).sort(),
    );
    expect(timeline.querySelector('.undated')!.textContent).to.equal(
      `${undated} incidents without a stated date`,
    );
    expect(ids(tracker, '[part="recommendation"]').sort()).to.deep.equal(
      imported.reviews[0]!.recommendations.map((r) => r.id).sort(),
    );
  });

  it("the timeline's table lists every incident, ranges of people in words", async () => {
    const { imported, timeline } = await mountPage();
    await click(timeline.querySelector('[part="table-toggle"]')!);
    await waitUntil(() => timeline.querySelector('[part="table"]'), 'the table opens');
    expect(ids(timeline, '[part="table"] tbody tr').sort()).to.deep.equal(
      imported.incidents.map((incident) => incident.id).sort(),
    );
    const ranges = imported.incidents.filter((i) => typeof i.peopleAffected === 'object');
    expect(ranges.length, 'rows with a range of people').to.be.greaterThan(0);
    for (const { id, peopleAffected } of ranges) {
      const { min, max } = peopleAffected as { min: number; max?: number };
      const row = timeline.querySelector(`[part="table"] tr[data-id="${id}"]`)!;
      expect(row.textContent).to.contain(max === undefined ? `at least ${min}` : `${min}–${max}`);
    }
  });

  it("a click on a region filters the timeline to that region's incidents", async () => {
    const { imported, map, timeline } = await mountPage();
    const lori = imported.regions.find((region) => region.name === 'Lori')!;
    await click(map.querySelector(`[part="region"][data-id="${lori.id}"]`)!);
    // Only dated incidents are marks on the axis; the others are counted beside it.
    const expected = imported.incidents
      .filter((i) => i.regionId === lori.id && i.date)
      .map((i) => i.id);
    await waitUntil(
      () => timeline.querySelectorAll('[part="incident"]').length === expected.length,
      "the timeline shows only the region's incidents",
    );
    expect(ids(timeline, '[part="incident"]').sort()).to.deep.equal(expected.sort());
  });
});
