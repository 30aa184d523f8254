/**
 * Golden pictures of the map: the model `deriveMap()` gives for fixed datasets and boundaries,
 * in words and rounded numbers, compared with the committed snapshots in __snapshots__. A
 * change to a drawn mark (a shape, a colour class, a label, a place, a count, the keyboard's
 * order) fails here loudly; a wanted change is one reviewed update: `npx web-test-runner
 * test/map/map-golden.test.ts --update-snapshots`, then read the diff.
 */
import { readBoundaries, type Boundaries } from '../../src/data/boundaries.js';
import { emptyFilter } from '../../src/filter/filter.js';
import type { Tally } from '../../src/map/map-counts.js';
import { deriveMap, type MapInputs, type MapModel } from '../../src/map/map-model.js';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import { exampleBoundaries, exampleDataset, koreanExampleDataset } from '../fixtures/datasets.js';
import { armeniaDataset, syntheticKoreaDataset } from '../fixtures/map-datasets.js';
import { valid, expectPicture } from '../fixtures/golden.js';

function boundaries(topology: unknown, objectName?: string): Boundaries {
  const result = readBoundaries(topology, objectName);
  if (!result.ok) throw new Error(JSON.stringify(result.error.issues));
  return result.boundaries;
}

const example = valid(exampleDataset());
const korean = valid(koreanExampleDataset());
/** North and South, and islands the dataset has no data on. */
const squares = boundaries(exampleBoundaries({ islands: true }));
const armenia = valid(armeniaDataset());
const armeniaShapes = boundaries(
  await (await fetch('/test/fixtures/am-provinces.topo.json')).json(),
  'provinces',
);

const inputs = (changes: Partial<MapInputs> = {}): MapInputs => ({
  dataset: example,
  boundaries: squares,
  context: undefined,
  contextFailed: false,
  filter: emptyFilter,
  measure: 'incidents',
  lang: 'en',
  width: 600,
  height: undefined,
  ...changes,
});

// Numbers are written rounded, so both browsers write the same picture.
const round = (n: number) => String(Math.round(n * 10) / 10);
const tally = (t: Tally | undefined) =>
  t ? `${t.incidents} incidents, ${t.people} people, ${t.withoutNumber} without a number` : '-';

/** A path with its numbers rounded; a long one (a real country's) as its extent and a digest. */
function path(d: string): string {
  const rounded = d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => round(Number(n)));
  if (rounded.length <= 160) return rounded || '-';
  const numbers = (rounded.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  let hash = 0x811c9dc5;
  for (let i = 0; i < rounded.length; i += 1)
    hash = Math.imul(hash ^ rounded.charCodeAt(i), 0x01000193) >>> 0;
  const extent = `${Math.min(...xs)},${Math.min(...ys)} – ${Math.max(...xs)},${Math.max(...ys)}`;
  return `${numbers.length / 2} points in ${extent}, #${hash.toString(16)}`;
}

/** The model as lines of text: what is drawn, where, and what it says. */
function picture(model: MapModel): string {
  const { drawing, legend, counts } = model;
  const lines = [
    `summary: ${model.summary}`,
    `measure: ${model.measure}`,
    `filter: ${JSON.stringify(model.filter)}`,
    `shown: ${model.shown.map((i) => i.id).join(' ') || '-'}`,
    `drawn: ${model.drawn.join(' ') || '-'}`,
    `keyboard order: ${model.stops.map((s) => s.id).join(' ') || '-'}`,
    `names: ${[...model.regionNames].map(([id, name]) => `${id} "${name}"`).join(', ')}`,
    `legend: ${legend.steps.map((s) => `s${s.step} "${s.label}"`).join(', ') || 'no steps'}`,
    `  no data ${legend.noData}, places ${legend.places}, unlocated ${legend.unlocated}, without a number ${legend.withoutNumber}, not on the map ${legend.notOnMap}, neighbours failed ${legend.contextFailed}`,
    `counts: all ${tally(counts.all)}; unlocated ${tally(counts.unlocated)}`,
    ...[...counts.byRegion].map(([id, t]) => `  region ${id}: ${tally(t)}`),
    ...[...counts.byPlace].map(([id, t]) => `  place ${id}: ${tally(t)}`),
  ];
  if (!drawing) return [...lines, 'drawing: none'].join('\n');
  lines.push(
    `drawing: ${drawing.width} × ${drawing.height}`,
    `land: ${path(drawing.land)}`,
    `neighbours: ${path(drawing.context)}`,
  );
  for (const r of drawing.regions)
    lines.push(
      `region ${r.id} ${r.colorClass}${r.filtered ? ' filtered' : ''}: ${r.label}`,
      `  ${path(r.d)}`,
    );
  for (const p of drawing.places)
    lines.push(`place ${p.id} at ${round(p.x)},${round(p.y)}: ${p.label}`);
  for (const l of drawing.labels)
    lines.push(`label ${l.kind} ${l.id} "${l.text}" at ${round(l.x)},${round(l.y)} ${l.anchor}`);
  return lines.join('\n');
}

const expectModel = (name: string, model: MapModel) => expectPicture(name, picture(model));

describe('map golden pictures', () => {
  it('the example in English', async () => {
    await expectModel('example, en, 600', deriveMap(inputs()));
  });

  it('the example in Korean', async () => {
    await expectModel('example, ko, 600', deriveMap(inputs({ dataset: korean, lang: 'ko' })));
  });

  it('the example filtered to a region and a period', async () => {
    const filter = { ...emptyFilter, regionIds: ['XA-02'], from: '2024-07', to: '2024-12' };
    await expectModel('example, en, filter XA-02 2024-07..2024-12', deriveMap(inputs({ filter })));
  });

  it('the example in a narrow container', async () => {
    await expectModel('example, en, 360', deriveMap(inputs({ width: 360 })));
  });

  it('Armenia in English, and people affected in Korean, narrow and filtered', async () => {
    const dataset = armenia;
    await expectModel(
      'armenia, en, 600',
      deriveMap(inputs({ dataset, boundaries: armeniaShapes })),
    );
    const filter = { ...emptyFilter, categoryIds: ['expression'], regionIds: ['AM-SH'] };
    const people = { measure: 'people', lang: 'ko', width: 360, height: 300, filter };
    await expectModel(
      'armenia, ko, people, 360 × 300, filter expression AM-SH',
      deriveMap(inputs({ dataset, boundaries: armeniaShapes, ...people })),
    );
  });

  it('the built-in provinces and neighbours, with a dataset of North Korea', async () => {
    const { provinces, context } = builtInBoundaries();
    const dataset = valid(syntheticKoreaDataset(40, 3));
    await expectModel(
      'synthetic korea 40, en, 700, built-in',
      deriveMap(inputs({ dataset, boundaries: provinces, context, width: 700 })),
    );
  });
});
