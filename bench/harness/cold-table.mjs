// The table of a widget's cold runs, with the warm page's figure for the same case beside them.
import { count, mb, medianRange, ms, ratio, summarize } from './tables.mjs';

/**
 * Rows per size and contender: both clocks as median (min–max) with their ratio to the best
 * peer, the warm figure, and the page's JS heap. `warm` is the warm page's `values` (or none).
 */
export function coldTable(widgetCase, bySize, warm, context) {
  const rows = [];
  const failures = [];
  let late = false;
  for (const { size, runs, results } of bySize) {
    const stats = Object.fromEntries(
      widgetCase.contenders.map((c) => {
        const ok = results[c.key].filter((run) => !run.error);
        results[c.key]
          .filter((run) => run.error)
          .forEach((run) => failures.push(`${c.label} at ${count(size)}: ${run.error}`));
        if (ok.some((run) => run.late)) late = true;
        return [
          c.key,
          {
            ok: ok.length,
            nav: summarize(ok.map((run) => run.navToFrame)),
            data: summarize(ok.map((run) => run.dataToFrame)),
            cpu: summarize(ok.map((run) => run.cpuMs)),
            heap: summarize(ok.map((run) => run.heap)),
            late: ok.some((run) => run.late),
          },
        ];
      }),
    );
    const peers = widgetCase.contenders.filter((c) => c.peer).map((c) => stats[c.key]);
    const best = (clock) => Math.min(...peers.map((s) => s[clock]?.median ?? Infinity));
    widgetCase.contenders.forEach((c, i) => {
      const s = stats[c.key];
      const warmValue = c.warm ? warm?.[`${size}|${c.warm}`] : undefined;
      rows.push([
        i === 0 ? count(size) : '',
        `${c.label}${s.late ? ' †' : ''}`,
        s.ok === runs ? String(runs) : `${s.ok}/${runs}`,
        medianRange(s.nav),
        peers.length ? ratio(s.nav?.median, best('nav')) : '—',
        `${medianRange(s.data)}${c.way === 'src' ? ' *' : ''}`,
        peers.length ? ratio(s.data?.median, best('data')) : '—',
        medianRange(s.cpu),
        peers.length ? ratio(s.cpu?.median, best('cpu')) : '—',
        warmValue === undefined ? '—' : ms(warmValue),
        mb(s.heap?.median),
      ]);
    });
  }
  const notes = [
    `Synthetic data: ${widgetCase.sizeNote}.`,
    widgetCase.contenders.some((c) => c.peer)
      ? `Peers' page bundles: ${widgetCase.contenders
          .filter((c) => c.peer)
          .map((c) => `${c.label} ${context.peerSizes?.[c.peer] ?? '?'}`)
          .join(', ')}; ours ${context.bundleGzip}.`
      : 'No peer draws a recommendation tracker: the figures stand alone.',
  ];
  if (widgetCase.warmNote) notes.push(`warm: ${widgetCase.warmNote}.`);
  if (late)
    notes.push(
      '† the widget still showed its placeholder after civic-load in some run: polled per frame.',
    );
  return {
    title: `${widgetCase.title}, cold (first view, as a reader gets it) and warm`,
    note: notes.join('\n'),
    columns: [
      widgetCase.unit,
      'contender',
      'runs',
      'cold: nav → frame',
      '× best',
      'cold: data → frame',
      '× best',
      'cold: main-thread CPU',
      '× best',
      'warm',
      'heap',
    ],
    labels: 2,
    rows,
    failures,
  };
}

/** How every cold table was measured: printed once, above them. */
export function coldNotes(context) {
  return [
    `Cold runs: each in a fresh browsing context (empty cache, a renderer of its own: nothing compiled or optimised before), a new page at 1200×600, headless Chromium ${context.browserVersion}; each round runs every contender once, in turn. Median (min–max) of the runs. Datasets: synthetic, one JSON file per size, served uncompressed from 127.0.0.1.`,
    `Ours: the production bundle (${context.bundleLabel}) in a <script type="module">, as an embedder ships it. src = the element in the page's markup with src="….json": fetch + parse + validate + first frame. .data = the page fetches and JSON.parses the file, then sets .data: validation + first frame. <civic-dataset> loaded = the widget is added inside a <civic-dataset src> once that has loaded and validated the file.`,
    'Peers: one Vite production bundle per page, drawing the same chart as the warm page; the page fetches and JSON.parses the same file, then draws (turning records into rows included).',
    "nav → frame: from navigation start to the painted first frame (two requestAnimationFrames after the chart shows the data): what a reader waits. data → frame: from the parsed JSON in hand to that frame (* src: from the response's last byte, so JSON.parse included; <civic-dataset> loaded: from adding the widget).",
    "main-thread CPU: the page's main thread's CPU time from navigation to that frame (bundle compile, evaluation, parse, validation, render, style, layout, paint, GC): the work itself, which a busy machine hardly changes, where the clocks also count the time the page waited for a core.",
    '× best: ratio of medians to the faster peer (Plot or ECharts) at that size, on the same measure.',
    "warm: the warm page's figure for the same case (below): after a warm-up run in the same page, from creating the chart with the data parsed; comparable with data → frame.",
    `heap: the page's usedJSHeapSize after two gc() once the frame is painted, all of it (code, data, chart); an empty page holds ${mb(context.blankHeap)}.`,
  ].join('\n');
}
