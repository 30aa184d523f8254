import { expect } from '@open-wc/testing';
import { emptyFilter } from '../../src/filter/filter.js';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import { countIncidents } from '../../src/map/map-counts.js';
import { deriveMap, mapMemo, regionName, type MapInputs } from '../../src/map/map-model.js';
import { mapSummary } from '../../src/map/map-summary.js';
import { syntheticKoreaDataset } from '../fixtures/map-datasets.js';
import { valid } from '../fixtures/golden.js';

const { provinces, context } = builtInBoundaries();
const korea = valid(syntheticKoreaDataset());
const inputs = (changes: Partial<MapInputs> = {}): MapInputs => ({
  dataset: korea,
  boundaries: provinces,
  context,
  contextFailed: false,
  filter: emptyFilter,
  measure: 'incidents',
  lang: 'en',
  width: 600,
  height: undefined,
  ...changes,
});

describe('map-model', () => {
  it('deriveMap() gives each region drawn its path, colour class, count and spoken label', () => {
    const model = deriveMap(inputs({ filter: { ...emptyFilter, regionIds: ['KP-09'] } }));
    const regions = model.drawing!.regions;
    expect(regions.map((r) => r.id)).to.deep.equal(model.drawn);
    expect(regions).to.have.length(11);
    for (const region of regions) {
      expect(region.d).to.match(/^M/);
      expect(region.colorClass).to.match(/^s[0-5]$/);
      expect(region.tally).to.equal(model.counts.byRegion.get(region.id));
    }
    const hamgyong = regions.find((r) => r.id === 'KP-09')!;
    expect(hamgyong.filtered).to.equal(true);
    expect(hamgyong.label).to.match(/^North Hamgyong: \d+ incidents, filtered$/);
    // The map's own region filter outlines a region; it hides no other region's incidents.
    expect(model.shown).to.have.length(korea.incidents.length);
    expect(model.drawing!.places.map((p) => p.id)).to.deep.equal(['hoeryong', 'sinuiju']);
    expect(model.stops).to.have.length(13);
    expect(model.summary).to.match(/^Incidents documented in \d+ of 11 regions; most in /);
  });

  it('deriveMap() names regions in the reader’s language, and says what the legend notes', () => {
    const model = deriveMap(inputs({ lang: 'ko', measure: 'people', contextFailed: true }));
    expect(regionName(model, 'KP-09')).to.equal('함경북도');
    expect(regionName(model, 'nowhere')).to.equal('nowhere');
    expect(model.measure).to.equal('people');
    expect(model.legend).to.include({ measure: 'people', contextFailed: true, places: true });
    expect(model.legend.unlocated).to.equal(model.counts.unlocated.incidents);
    expect(model.legend.steps.map((s) => s.step).at(-1)).to.equal(5);
    expect(deriveMap(inputs({ measure: 'bogus' })).measure).to.equal('incidents');
  });

  it('deriveMap() counts before the width is known, and draws nothing yet', () => {
    const model = deriveMap(inputs({ width: 0 }));
    expect(model.drawing).to.equal(undefined);
    expect(model.stops).to.deep.equal([]);
    expect(model.counts.all.incidents).to.equal(korea.incidents.length);
  });

  it('deriveMap() with a memo recomputes only what changed', () => {
    const memo = mapMemo();
    const first = deriveMap(inputs(), memo);
    expect(deriveMap(inputs(), memo)).to.equal(first);
    const filtered = deriveMap(
      inputs({ filter: { ...emptyFilter, categoryIds: ['assembly'] } }),
      memo,
    );
    expect(filtered.counts).not.to.equal(first.counts);
    // A new filter re-colours the same shapes and keeps the names written on the map.
    expect(filtered.drawing!.regions[0]!.d).to.equal(first.drawing!.regions[0]!.d);
    expect(filtered.drawing!.labels).to.equal(first.drawing!.labels);
    const wider = deriveMap(inputs({ width: 800 }), memo);
    expect(wider.drawing!.width).to.equal(800);
  });

  it('mapSummary() names the region with the most and counts what has no location', () => {
    const counts = countIncidents(
      [
        { ...korea.incidents[0]!, regionId: 'A' },
        { ...korea.incidents[0]!, regionId: 'B' },
        { ...korea.incidents[0]!, regionId: 'B' },
        { ...korea.incidents[0]!, regionId: undefined },
      ],
      ['A', 'B', 'C'],
    );
    const name = (id: string) => `Region ${id}`;
    expect(mapSummary(['A', 'B', 'C'], counts, 'incidents', name, 'en')).to.equal(
      'Incidents documented in 2 of 3 regions; most in Region B (2). 1 incident without a stated location.',
    );
  });
});
