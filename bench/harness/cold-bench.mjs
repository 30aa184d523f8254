// Runs a widget's cold cases: per size, rounds of one cold run of every contender in turn, so
// that a slower stretch of a shared machine falls on all of them alike rather than on one.
import { runsFor, sizesFor } from './cold-cases.mjs';
import { coldRun } from './cold-run.mjs';
import { datasetName } from './datasets.mjs';
import { count } from './tables.mjs';

/** The URL of one cold run of `contender` on `widget`'s dataset of `size`. */
export function coldUrl(origin, widget, contender, size, peerUrls) {
  const data = `/data/${datasetName(widget, size)}`;
  if (contender.peer)
    return `${origin}${peerUrls[contender.peer]}?data=${encodeURIComponent(data)}`;
  const query = new URLSearchParams({ widget, way: contender.way, data });
  return `${origin}/ours.html?${query}`;
}

/**
 * Every run of every contender of `widgetCase`; returns [{ size, runs, results: { key: [run] } }]
 * where a run is what bench/cold/*-page returns ({ navToFrame, dataToFrame, heap, … } or
 * { error }). Progress goes to stderr, a line per round.
 */
export async function runColdWidget(browser, origin, widgetCase, { quick, peerUrls }) {
  const { widget, unit, contenders } = widgetCase;
  const bySize = [];
  for (const size of sizesFor(widgetCase, quick)) {
    const runs = runsFor(size, quick);
    const results = Object.fromEntries(contenders.map((c) => [c.key, []]));
    for (let round = 1; round <= runs; round += 1) {
      const started = Date.now();
      const figures = [];
      for (const contender of contenders) {
        const url = coldUrl(origin, widget, contender, size, peerUrls);
        const result = await coldRun(browser, url, {
          timeoutMs: size >= 100_000 ? 600_000 : 180_000,
        });
        results[contender.key].push(result);
        figures.push(
          `${contender.label} ${result.error ? 'ERROR' : Math.round(result.navToFrame)}`,
        );
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stderr.write(
        `[cold] ${widget}, ${count(size)} ${unit}, round ${round}/${runs} (${seconds} s): ${figures.join(' · ')} ms\n`,
      );
    }
    bySize.push({ size, runs, results });
  }
  return bySize;
}

/** The JS heap of a page with neither bundle nor widget: the floor of every page's heap. */
export async function blankHeap(browser, origin) {
  const heaps = [];
  for (let i = 0; i < 3; i += 1) {
    const result = await coldRun(browser, `${origin}/ours.html?way=blank`);
    heaps.push(result.heap);
  }
  return heaps.sort((a, b) => a - b)[1];
}
