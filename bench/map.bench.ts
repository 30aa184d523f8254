// The province map's first painted frame and a filter change (re-colouring), ours beside an
// ECharts map series and an Observable Plot geo mark drawing the same choropleth of the same
// boundaries (the built-in North Korea provinces), for synthetic incidents.
import '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import { syntheticKoreaDataset } from '../test/fixtures/map-datasets.js';
import { ms, quick, report } from './bench-kit.js';
import { echartsMap } from './map-echarts.js';
import { width, type Contender, type Dataset, type Filter } from './map-kit.js';
import { plotGeo } from './map-plot.js';
import { frames, median } from './timeline-kit.js';

const filters: Filter[] = [
  { categoryIds: ['expression'], regionIds: [] },
  { categoryIds: ['assembly'], regionIds: [] },
];
interface MapElement extends HTMLElement {
  data: unknown;
  updateComplete: Promise<boolean>;
}
interface DatasetElement extends HTMLElement {
  data: unknown;
  filter: Filter;
}

const oursLinked: Contender = {
  name: 'ours, dataset loaded',
  async prepare(container, dataset) {
    const provider = document.createElement('civic-dataset') as DatasetElement;
    const loaded = new Promise((done) =>
      provider.addEventListener('civic-load', done, { once: true }),
    );
    provider.data = dataset;
    container.append(provider);
    await loaded;
  },
  async mount(container) {
    const provider = container.querySelector<DatasetElement>('civic-dataset')!;
    const map = document.createElement('civic-province-map') as MapElement;
    provider.append(map);
    await map.updateComplete;
    return {
      async filter(filter) {
        provider.filter = filter;
        // The context reaches the map in a microtask; then one update re-colours it.
        await Promise.resolve();
        await map.updateComplete;
      },
      dispose: () => provider.remove(),
    };
  },
};

const oursStandalone: Contender = {
  name: 'ours + validation',
  async mount(container, dataset) {
    const map = document.createElement('civic-province-map') as MapElement;
    map.data = dataset;
    container.append(map);
    await map.updateComplete;
    return {
      async filter(filter) {
        (map as unknown as { source: { setFilter(f: Filter): void } }).source.setFilter(filter);
        await map.updateComplete;
      },
      dispose: () => map.remove(),
    };
  },
};

const contenders = [oursLinked, oursStandalone, echartsMap, plotGeo];
/** The keys of `values` in the report, by contender (see BenchReport). */
const valueKeys = new Map<Contender, string>([
  [oursLinked, 'linked'],
  [oursStandalone, 'data'],
  [echartsMap, 'echarts'],
  [plotGeo, 'plot'],
]);
const sizes = quick ? [1_000] : [1_000, 10_000];
const runs = quick ? 2 : 7;

async function stage(): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.className = 'bench-stage';
  document.body.append(container);
  await frames(1);
  return container;
}

/** Median ms from creating the chart to the frame that shows it (2 rAF after it is drawn). */
async function firstFrame(contender: Contender, dataset: Dataset): Promise<number> {
  const times: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    const container = await stage();
    await contender.prepare?.(container, dataset);
    await frames(1);
    const start = performance.now();
    const mounted = await contender.mount(container, dataset);
    await frames(2);
    if (run >= 0) times.push(performance.now() - start);
    mounted.dispose();
    container.remove();
  }
  return median(times);
}

/** Median ms of a filter change: to the updated DOM / canvas, and to the painted frame. */
async function filterChange(contender: Contender, dataset: Dataset) {
  const container = await stage();
  await contender.prepare?.(container, dataset);
  const mounted = await contender.mount(container, dataset);
  const work: number[] = [];
  const painted: number[] = [];
  for (let run = -1; run < runs; run += 1) {
    await frames(2);
    const start = performance.now();
    await mounted.filter(filters[(run + 2) % 2]!);
    const drawn = performance.now();
    await frames(1);
    if (run >= 0) {
      work.push(drawn - start);
      painted.push(performance.now() - start);
    }
  }
  mounted.dispose();
  container.remove();
  return { work: median(work), painted: median(painted) };
}

async function main() {
  const rows: (string | number)[][] = [];
  const values: Record<string, number> = {};
  for (const size of sizes) {
    const dataset = syntheticKoreaDataset(size);
    const first: number[] = [];
    const changes: { work: number; painted: number }[] = [];
    for (const contender of contenders) {
      first.push(await firstFrame(contender, dataset));
      values[`${size}|${valueKeys.get(contender)}`] = first.at(-1)!;
      changes.push(await filterChange(contender, dataset));
    }
    rows.push([`${size.toLocaleString('en')}: first frame`, ...first.map(ms)]);
    rows.push([`${size.toLocaleString('en')}: filter, drawn`, ...changes.map((c) => ms(c.work))]);
    rows.push([
      `${size.toLocaleString('en')}: filter, painted`,
      ...changes.map((c) => ms(c.painted)),
    ]);
  }
  report({
    title: 'Province map: first painted frame and a filter change, beside ECharts and Plot',
    note: [
      `The 11 built-in North Korea provinces at ${width} px, synthetic incidents (syntheticKoreaDataset), median of ${runs} runs after a warm-up.`,
      '"ours, dataset loaded": <civic-province-map> inside a <civic-dataset> that has loaded the dataset (untimed); "ours + validation": given .data, so the time includes validating it.',
      'ECharts: map series (registerMap with the same provinces as GeoJSON, untimed), canvas, animation off, labels on, until "finished". Plot: geo mark, Mercator fitted, quantize scale, SVG. Both timings include counting incidents per region in the filter.',
      'First frame: creating the chart to 2 rAF after it is drawn. Filter, drawn: setting the filter to the updated DOM / canvas (ours: updateComplete, which re-colours the 11 paths by class). Filter, painted: + 1 rAF.',
    ].join('\n'),
    columns: ['incidents', ...contenders.map((c) => c.name)],
    rows,
    values,
  });
}

setTimeout(main, 0);
