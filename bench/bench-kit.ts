/** What every benchmark page shares: timing by median, and the report `run.mjs` prints. */

export interface BenchReport {
  title: string;
  note?: string;
  columns: string[];
  rows: (string | number)[][];
  /**
   * Figures in ms by `${size}|${contender}` (data, linked, plot, echarts), which `run.mjs`
   * prints beside the cold runs of the same case.
   */
  values?: Record<string, number>;
}

declare global {
  interface Window {
    benchReport?: BenchReport;
  }
}

/** Median milliseconds of `runs` calls of `task`, after one warm-up call. */
export async function medianMs(task: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** `npm run bench -- --quick` opens the page with ?quick: fewer sizes and runs, to check it works. */
export const quick = new URLSearchParams(location.search).has('quick');

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

export function report(result: BenchReport): void {
  window.benchReport = result;
}
