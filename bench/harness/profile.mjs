// `npm run bench -- --profile <widget> [--way src|data|linked|<peer>] [--runs n]`: cold runs,
// traced, at each size up to 10,000 (quick: the smallest), summarised as where their time went;
// the traces are kept in bench/dist-profile/ for Chromium's DevTools (Performance panel, "Load
// profile").
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coldUrl } from './cold-bench.mjs';
import { profileSizesFor } from './cold-cases.mjs';
import { coldRun } from './cold-run.mjs';
import { count, printTable } from './tables.mjs';
import { phases, summarizeTrace } from './trace-summary.mjs';

/** Trace categories: the DevTools timeline, V8's compile events and its CPU samples. */
export const traceCategories = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
];

/**
 * Traces `runs` cold runs of one contender per size (after an untraced one, so that the
 * browser's own first-use costs stay out) and prints the median of each phase, then the
 * hottest functions of the last size's median run.
 */
export async function profileWidget(browser, origin, widgetCase, options) {
  const { way = 'src', quick, runs = quick ? 1 : 3, peerUrls, bundle, outDir, log } = options;
  const contender = widgetCase.contenders.find((c) => c.way === way || c.peer === way);
  if (!contender) {
    const ways = widgetCase.contenders.map((c) => c.way ?? c.peer).join(', ');
    throw new Error(`--way takes one of: ${ways}`);
  }
  await mkdir(outDir, { recursive: true });
  const columns = [];
  for (const size of profileSizesFor(widgetCase, quick)) {
    const url = coldUrl(origin, widgetCase.widget, contender, size, peerUrls);
    const untraced = await coldRun(browser, url);
    const traced = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await coldRun(browser, url, { trace: { categories: traceCategories } });
      if (result.error || !result.trace) throw new Error(`traced run failed: ${result.error}`);
      const file = join(outDir, `${widgetCase.widget}-${way}-${size}-${run}.json`);
      await writeFile(file, result.trace);
      log(`Trace ${run}/${runs} of ${widgetCase.widget} by ${way} at ${count(size)}: ${file}`);
      const summary = summarizeTrace(result.trace, {
        urlPath: '/bundle/civic-space-widgets.js',
        positions: bundle.map,
      });
      delete result.trace;
      traced.push({ ...result, summary });
    }
    columns.push({ size, untraced, traced });
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const of = (column, pick) => median(column.traced.map(pick));
  const cpuTotal = (summary) => Object.values(summary.cpu).reduce((a, b) => a + b, 0);
  const share = (value, total) => `${Math.round((100 * value) / total)}%`;
  const rows = phases
    .filter(([key]) => columns.some((column) => of(column, (t) => t.summary.cpu[key]) >= 0.05))
    .map(([key, label]) => [
      label,
      ...columns.flatMap((column) => [
        of(column, (t) => t.summary.cpu[key]).toFixed(1),
        share(
          of(column, (t) => t.summary.cpu[key]),
          of(column, (t) => cpuTotal(t.summary)),
        ),
      ]),
    ]);
  const line = (label, pick) => [label, ...columns.flatMap((column) => [pick(column), ''])];
  const fixed = (value) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
  rows.push(
    line('main thread CPU time, nav start → painted first frame', (c) =>
      fixed(of(c, (t) => cpuTotal(t.summary))),
    ),
    line('wall clock: main thread idle (network, timers, frames)', (c) =>
      fixed(of(c, (t) => t.summary.idleMs)),
    ),
    line('wall clock: descheduled (work to do, another process had the core)', (c) =>
      fixed(of(c, (t) => t.summary.descheduledMs)),
    ),
    line('wall clock: nav start → painted first frame, traced', (c) =>
      fixed(of(c, (t) => t.summary.windowMs)),
    ),
    line('the same, one untraced run just before', (c) => fixed(c.untraced.navToFrame)),
    line('network, wall clock: the dataset from request to last byte', (c) =>
      fixed(
        of(c, (t) =>
          t.milestones?.dataset
            ? t.milestones.dataset.responseEnd - t.milestones.dataset.start
            : NaN,
        ),
      ),
    ),
    line('off the main thread: bundle parsed while streaming in', (c) =>
      fixed(of(c, (t) => t.summary.offMainParseMs)),
    ),
  );
  printTable({
    title: `Profile of a cold run: ${widgetCase.title}, ${contender.label} (synthetic data), where the time goes`,
    note: [
      `Median of ${runs} traced cold run${runs > 1 ? 's' : ''} per size, phase by phase: the page's main-thread CPU time from navigation start to the painted first frame, in ms. Trace events say what the browser was doing (compile, GC, style, layout, paint); the script time among them is split by the CPU samples taken in it, each traced to its source file through the bundle's source map (${bundle.map ? 'present' : 'absent: our phases cannot be told apart'}).`,
      'CPU time, so that a busy machine does not inflate it; the wall-clock lines below say how long the reader waited and why. Tracing and sampling slow the run: compare with the untraced one.',
      `Milestones of the first traced run (ms from navigation start): ${columns.map(({ size, traced }) => `${count(size)}: ${milestones(traced[0].milestones)}`).join(' | ')}`,
    ].join('\n'),
    columns: ['phase', ...columns.flatMap(({ size }) => [`${count(size)} ms`, 'share'])],
    rows,
  });
  const last = columns.at(-1);
  const middle = [...last.traced].sort((a, b) => a.summary.windowMs - b.summary.windowMs)[
    Math.floor(last.traced.length / 2)
  ];
  const phaseLabels = Object.fromEntries(phases.map(([key, label]) => [key, label]));
  printTable({
    title: `Hottest functions at ${count(last.size)}, median traced run (sampled self time; the bundle's by source file and line)`,
    note: 'Sampled wall milliseconds, not scaled like the table above; the phase is the one its samples were counted in.',
    columns: ['function', 'ms', 'phase'],
    rows: middle.summary.hottest.map((f) => [
      f.where,
      f.ms.toFixed(1),
      phaseLabels[f.phase].replace(/^JS: /, '').replace(/ \(.*$/, ''),
    ]),
  });
}

/** "bundle 21–40 · script 75 · data 70–73 · in hand 73 · shown 142 · painted 154". */
function milestones(m) {
  if (!m) return 'n/a';
  const r = (v) => (Number.isFinite(v) ? Math.round(v) : '?');
  return [
    m.bundle && `bundle ${r(m.bundle.start)}–${r(m.bundle.responseEnd)}`,
    `script ${r(m.scriptStart)}`,
    m.dataset && `data ${r(m.dataset.start)}–${r(m.dataset.responseEnd)}`,
    `in hand ${r(m.inHand)}`,
    `shown ${r(m.shown)}`,
    `painted ${r(m.painted)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
