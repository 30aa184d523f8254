// Time to the first painted frame and JS heap of an incident timeline, ours beside Apache
// ECharts and Observable Plot drawing the same chart, for 1,000 to 100,000 synthetic incidents
// over two years; and the frame after a zoom / pan at 10,000.
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';
import { ms, quick, report } from './bench-kit.js';
import { customLimit, echartsContender } from './timeline-echarts.js';
import {
  frames,
  heapAfterGc,
  mb,
  median,
  type Contender,
  type Dataset,
  type ZoomWindow,
} from './timeline-kit.js';
import { oursContender, oursLinkedContender } from './timeline-ours.js';
import { plotContender } from './timeline-plot.js';

const contenders: Contender[] = [
  oursLinkedContender,
  oursContender,
  echartsContender,
  plotContender,
];
const sizes = quick ? [1_000] : [1_000, 10_000, 100_000];
const runsAt = (size: number) => (quick ? 2 : size >= 100_000 ? 3 : 5);
const zoomSize = quick ? 1_000 : 10_000;
const zoomRuns = quick ? 2 : 5;
/** The keys of `values` in the report, by contender (see BenchReport). */
const valueKeys = new Map<Contender, string>([
  [oursLinkedContender, 'linked'],
  [oursContender, 'data'],
  [echartsContender, 'echarts'],
  [plotContender, 'plot'],
]);
/** Zooms alternate between two windows, so that each one changes the view. */
const windows: ZoomWindow[] = [
  { from: '2023-04', to: '2023-06' },
  { from: '2024-02', to: '2024-05' },
];

/** A fresh 1000px-wide container, laid out before any chart code runs. */
async function stage(): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.className = 'bench-stage';
  document.body.append(container);
  await frames(1);
  return container;
}

/**
 * One run in a fresh container: ms to the first painted frame (and to a first, partial one),
 * and the JS heap the mounted chart holds. A function of its own, so that nothing of the run
 * stays reachable from the caller's suspended frame once it is over.
 */
async function firstFrameRun(contender: Contender, dataset: Dataset) {
  const container = await stage();
  await contender.prepare?.(container, dataset);
  await frames(1);
  const baseline = heapAfterGc();
  const start = performance.now();
  const mounted = await contender.mount(container, dataset);
  const time = performance.now() - start;
  const partial =
    mounted.firstPartialFrameAt === undefined ? undefined : mounted.firstPartialFrameAt - start;
  const heap = heapAfterGc() - baseline;
  mounted.dispose();
  container.remove();
  await frames(1);
  return { time, partial, heap };
}

/** Medians over `runs` runs, after one warm-up run. */
async function firstFrame(contender: Contender, dataset: Dataset, runs: number) {
  const times: number[] = [];
  const heaps: number[] = [];
  const partials: number[] = [];
  await firstFrameRun(contender, dataset);
  for (let run = 0; run < runs; run += 1) {
    const { time, partial, heap } = await firstFrameRun(contender, dataset);
    times.push(time);
    heaps.push(heap);
    if (partial !== undefined) partials.push(partial);
  }
  // A partial first frame is shown when the chart drew by parts in most runs.
  const partial = partials.length > runs / 2 ? median(partials) : undefined;
  return { time: median(times), heap: median(heaps), partial };
}

/** Median time from asking for a new window to the frame that shows it, after one warm-up. */
async function zoomFrame(contender: Contender, dataset: Dataset) {
  const container = await stage();
  await contender.prepare?.(container, dataset);
  const mounted = await contender.mount(container, dataset);
  const times: number[] = [];
  for (let run = -1; run < zoomRuns; run += 1) {
    await frames(1);
    const start = performance.now();
    await mounted.zoom(windows[(run + 1) % windows.length]!);
    if (run >= 0) times.push(performance.now() - start);
  }
  mounted.dispose();
  container.remove();
  heapAfterGc();
  return median(times);
}

async function main() {
  const rows: (string | number)[][] = [];
  const values: Record<string, number> = {};
  for (const size of sizes) {
    const dataset = syntheticDataset({ incidents: size, years: [2023, 2024] });
    const results = [];
    for (const contender of contenders) {
      const result = await firstFrame(contender, dataset, runsAt(size));
      results.push(result);
      values[`${size}|${valueKeys.get(contender)}`] = result.time;
    }
    rows.push([
      `${size.toLocaleString('en')} (${runsAt(size)} runs)`,
      ...results.map((result) =>
        result.partial === undefined
          ? ms(result.time)
          : `${ms(result.time)} (1st ${ms(result.partial)})`,
      ),
      ...results.map((result) => mb(result.heap)),
    ]);
  }

  const dataset = syntheticDataset({ incidents: zoomSize, years: [2023, 2024] });
  const zooms = [];
  for (const contender of contenders) zooms.push(await zoomFrame(contender, dataset));
  rows.push([
    `zoom/pan at ${zoomSize.toLocaleString('en')} (${zoomRuns} runs)`,
    ...zooms.map((time, i) =>
      contenders[i] === plotContender ? `${ms(time)} (re-render)` : ms(time),
    ),
    '',
    '',
    '',
    '',
  ]);

  report({
    title: 'Incident timeline: first painted frame and JS heap, beside ECharts and Observable Plot',
    note: [
      'Ours: <civic-incident-timeline group-by="category"> from src/timeline/. "ours" = inside a <civic-dataset> that has already loaded and validated the dataset (as with linked views; the dataset table above gives that cost); "ours + validation" = given the dataset object as .data, so the time includes validating it.',
      `Frame = median ms from creating the chart to the frame that shows it (ours: updateComplete + 2 rAF; Plot: SVG in the document + 2 rAF; ECharts: its "finished" event, i.e. after progressive rendering, + the painted frame; "1st" = its first, partial frame when it drew by parts). Fresh container per run, one warm-up run first.`,
      `ECharts ${customLimit.toLocaleString('en')} and below: one custom series, a rect per incident across its span; above: 6 scatter series (one per category) at span midpoints with large: true. Canvas renderer, animation off, dataZoom inside + slider (weakFilter).`,
      'Plot: barX, x1/x2 = span, y = category, fill = category colour, 1000×400 SVG. ECharts and Plot timings include turning incidents into spans (spanOf); ours includes validating the dataset.',
      "Heap = usedJSHeapSize after gc() with the chart mounted, minus before: V8 heap only; DOM nodes (Plot's SVG rects) and canvas pixels live outside it.",
      `Zoom/pan: ours sets from/to and awaits updateComplete + 1 rAF; ECharts dispatchAction dataZoom (startValue/endValue) until "finished"; Plot has no zoom, so its figure is a re-render with the window as x domain.`,
    ].join('\n'),
    columns: [
      'incidents',
      'ours frame',
      'ours + validation',
      'ECharts frame',
      'Plot frame',
      'ours heap',
      'ours + val. heap',
      'ECharts heap',
      'Plot heap',
    ],
    rows,
    values,
  });
}

// After load, so that the page counts as loaded while the benchmark runs.
setTimeout(main, 0);
