/** What the timeline benchmark's three contenders share: data, frames, heap and medians. */
import { spanOf } from '../src/data/partial-date.js';
import type { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';

export type Dataset = ReturnType<typeof syntheticDataset>;

/** A window of time as the element's `from` / `to` attributes take it ('YYYY-MM'). */
export interface ZoomWindow {
  from: string;
  to: string;
}

/** A chart on the page, after its first painted frame. */
export interface Mounted {
  /** performance.now() when a first, partial frame was painted, for charts that draw by parts. */
  firstPartialFrameAt?: number;
  /** Re-windows the view; resolves at the frame that shows it. */
  zoom(window: ZoomWindow): Promise<void>;
  dispose(): void;
}

export interface Contender {
  name: string;
  /** Untimed set-up before `mount`, in the same container (ours: load the dataset once). */
  prepare?(container: HTMLElement, dataset: Dataset): Promise<void>;
  /** Draws `dataset` into `container`; resolves once its first frame is painted. */
  mount(container: HTMLElement, dataset: Dataset): Promise<Mounted>;
}

/** One incident as the third-party charts take it: lane (category index) and span (ms, UTC). */
export interface IncidentRow {
  lane: number;
  start: number;
  end: number;
}

/**
 * The incidents as lanes and spans, the work every chart library leaves to its embedder
 * (our element does the same inside, after validating the dataset).
 */
export function incidentRows(dataset: Dataset): IncidentRow[] {
  const lanes = new Map(dataset.categories.map((category, i) => [category.id, i]));
  const rows: IncidentRow[] = [];
  for (const incident of dataset.incidents) {
    const span = spanOf(incident.date as string);
    const lane = lanes.get((incident.categoryIds as string[])[0]!);
    if (span && lane !== undefined) rows.push({ lane, start: span.start, end: span.end });
  }
  return rows;
}

/** The milliseconds (UTC) a window covers, its last month included. */
export function windowSpan({ from, to }: ZoomWindow): { start: number; end: number } {
  return { start: spanOf(from)!.start, end: spanOf(to)!.end };
}

export const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));

/** `count` animation frames: after two, the frame that held a DOM change has been painted. */
export async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await nextFrame();
}

declare global {
  interface Window {
    /** With Chromium's --js-flags=--expose-gc. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only; precise with --enable-precise-memory-info. */
    memory?: { usedJSHeapSize: number };
  }
}

/** Used JS heap in bytes after full collections (NaN when the browser does not say). */
export function heapAfterGc(): number {
  if (!window.gc || !performance.memory) return NaN;
  window.gc();
  window.gc();
  return performance.memory.usedJSHeapSize;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const mb = (bytes: number) =>
  Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`;
