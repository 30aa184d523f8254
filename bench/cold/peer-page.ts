/**
 * A cold run of a peer chart library: the page's one bundle (this module, Vite-built) fetches
 * and parses the synthetic dataset, hands it to the chart and notes when its first frame is
 * painted, leaving the figures in window.coldResult as bench/cold/ours-page.js does.
 */

/** A peer chart as a cold page draws it. */
export interface ColdPeer<Dataset> {
  /** Set-up before the data arrives (a map registered by name); counted from navigation only. */
  prepare?(container: HTMLElement): void | Promise<void>;
  /** Draws the dataset; resolves once its first frame has been painted. */
  draw(container: HTMLElement, dataset: Dataset): Promise<unknown>;
}

declare global {
  interface Window {
    coldResult?: unknown;
    benchHeap?: () => number;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

function heapAfterGc(): number {
  if (!window.gc || !performance.memory) return NaN;
  window.gc();
  window.gc();
  return performance.memory.usedJSHeapSize;
}

function resourceTiming(url: string) {
  const path = new URL(url, location.href).pathname;
  const entry = performance
    .getEntriesByType('resource')
    .find((resource) => new URL(resource.name).pathname === path) as
    PerformanceResourceTiming | undefined;
  return entry && { start: entry.startTime, responseEnd: entry.responseEnd };
}

async function measure<Dataset>(peer: ColdPeer<Dataset>) {
  const scriptStart = performance.now();
  const dataUrl = new URLSearchParams(location.search).get('data')!;
  const stage = document.getElementById('stage')!;
  await peer.prepare?.(stage);
  const response = await fetch(dataUrl);
  const dataset = JSON.parse(await response.text()) as Dataset;
  const inHand = performance.now();
  performance.mark('bench:data-in-hand');
  await peer.draw(stage, dataset);
  const painted = performance.now();
  performance.mark('bench:painted');
  const bundle = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src;
  return {
    navToFrame: painted,
    dataToFrame: painted - inHand,
    late: false,
    milestones: {
      bundle: bundle ? resourceTiming(bundle) : undefined,
      scriptStart,
      dataset: resourceTiming(dataUrl),
      inHand,
      shown: painted,
      painted,
    },
  };
}

/** Runs the cold measurement of `peer` and publishes its result. */
export function runColdPeer<Dataset>(peer: ColdPeer<Dataset>): void {
  // Asked for by the harness after it has read the page's CPU time (see ours-page.js).
  window.benchHeap = heapAfterGc;
  // An error the page did not catch ends the run at once (as in ours-page.js).
  const uncaught = new Promise<never>((_, fail) => {
    window.addEventListener('error', (event) => fail(event.error ?? new Error(event.message)));
    window.addEventListener('unhandledrejection', (event) => fail(event.reason));
  });
  Promise.race([measure(peer), uncaught])
    .catch((error: unknown) => ({ error: String((error as Error)?.stack ?? error) }))
    .then((result) => {
      window.coldResult = result;
      window.dispatchEvent(new Event('bench-done'));
    });
}
