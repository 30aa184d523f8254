// The province map's first painted frame and a filter change (re-colouring), ours beside an
// ECharts map series and an Observable Plot geo mark drawing the same choropleth of the same
// boundaries (the built-in North Korea provinces), for synthetic incidents.
import * as Plot from '@observablehq/plot';
import { MapChart } from 'echarts/charts';
import { init, registerMap, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import { kpProvincesJson } from '../src/map/default-boundaries.generated.js';
import { syntheticKoreaDataset } from '../test/fixtures/map-datasets.js';
import { ms, report } from './bench-kit.js';
import { frames, median } from './timeline-kit.js';

use([MapChart, CanvasRenderer]);

type Dataset = ReturnType<typeof syntheticKoreaDataset>;
interface Filter {
  categoryIds: string[];
  regionIds: string[];
}
interface Mounted {
  /** Applies a filter; resolves when its result is in the DOM / canvas (before paint). */
  filter(filter: Filter): Promise<void>;
  dispose(): void;
}
interface Contender {
  name: string;
  prepare?(container: HTMLElement, dataset: Dataset): Promise<void>;
  mount(container: HTMLElement, dataset: Dataset): Promise<Mounted>;
}

const width = 800;
const height = 760;
const filters: Filter[] = [
  { categoryIds: ['expression'], regionIds: [] },
  { categoryIds: ['assembly'], regionIds: [] },
];
const topology = JSON.parse(kpProvincesJson) as Topology;
const provinces = feature(
  topology,
  topology.objects.provinces as GeometryCollection,
) as unknown as FeatureCollection;

/** What the chart libraries leave to the embedder: incidents per region in the filter. */
function countsFor(dataset: Dataset, filter?: Filter): Map<string, number> {
  const counts = new Map(dataset.regions.map((r) => [r.id, 0]));
  for (const incident of dataset.incidents) {
    const regionId = incident.regionId as string | undefined;
    if (!regionId) continue;
    const categories = incident.categoryIds as string[];
    if (filter?.categoryIds.length && !categories.some((c) => filter.categoryIds.includes(c)))
      continue;
    counts.set(regionId, (counts.get(regionId) ?? 0) + 1);
  }
  return counts;
}

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

const palette = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

const echartsMap: Contender = {
  name: 'ECharts',
  async prepare() {
    registerMap('kp', provinces as never);
  },
  async mount(container, dataset) {
    const element = document.createElement('div');
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    container.append(element);
    const chart: EChartsType = init(element, undefined, { renderer: 'canvas' });
    const option = (filter?: Filter) => {
      const counts = countsFor(dataset, filter);
      const max = Math.max(1, ...counts.values());
      return {
        animation: false,
        series: [
          {
            type: 'map' as const,
            map: 'kp',
            nameProperty: 'id',
            roam: false,
            label: { show: true, formatter: '{b}' },
            data: [...counts].map(([name, value]) => ({
              name,
              value,
              itemStyle: { areaColor: palette[Math.min(5, Math.ceil((value / max) * 5))] },
            })),
          },
        ],
      };
    };
    await settled(chart, () => chart.setOption(option()));
    return {
      async filter(filter) {
        await settled(chart, () => chart.setOption(option(filter)));
      },
      dispose: () => {
        chart.dispose();
        element.remove();
      },
    };
  },
};

/** Runs `draw` and resolves at ECharts' 'finished' event (everything drawn on the canvas). */
function settled(chart: EChartsType, draw: () => void): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      chart.off('finished', done);
      resolve();
    };
    chart.on('finished', done);
    draw();
  });
}

const plotGeo: Contender = {
  name: 'Plot',
  async mount(container, dataset) {
    const render = (filter?: Filter) => {
      const counts = countsFor(dataset, filter);
      return Plot.plot({
        width,
        height,
        projection: { type: 'mercator', domain: provinces },
        color: { type: 'quantize', n: 5, scheme: 'oranges' },
        marks: [
          Plot.geo(provinces, {
            fill: (d: { id: string }) => counts.get(d.id) ?? 0,
            stroke: 'white',
          }),
        ],
      });
    };
    let chart: Element = render();
    container.append(chart);
    return {
      async filter(filter) {
        const next = render(filter);
        chart.replaceWith(next);
        chart = next;
      },
      dispose: () => chart.remove(),
    };
  },
};

const contenders = [oursLinked, oursStandalone, echartsMap, plotGeo];
const sizes = [1_000, 10_000];
const runs = 7;

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
  for (const size of sizes) {
    const dataset = syntheticKoreaDataset(size);
    const first: number[] = [];
    const changes: { work: number; painted: number }[] = [];
    for (const contender of contenders) {
      first.push(await firstFrame(contender, dataset));
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
  });
}

setTimeout(main, 0);
