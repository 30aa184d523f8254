/**
 * The window of time the timeline shows, and the mapping between its instants and pixels: a
 * two-line linear function rather than d3-scale's scaleUtc, which would bring d3-time-format,
 * d3-interpolate and d3-format (about 13 kB gzip, measured) for ticks written with Intl anyway.
 */

/** A window of time, in ms (UTC). */
export interface View {
  start: number;
  end: number;
}

export const day = 86_400_000;

/** Narrowest and widest windows a reader can zoom to. */
export const zoomLimits = { min: 7 * day, max: 200 * 365 * day };

/** The view zoomed by `factor` (< 1 zooms in) around the instant `at`, within the limits. */
export function zoomView(view: View, factor: number, at = (view.start + view.end) / 2): View {
  const span = view.end - view.start;
  const next = Math.min(zoomLimits.max, Math.max(zoomLimits.min, span * factor));
  const ratio = span ? (at - view.start) / span : 0.5;
  return { start: at - ratio * next, end: at - ratio * next + next };
}

/** The view moved by `ms` (positive moves later). */
export function panView(view: View, ms: number): View {
  return { start: view.start + ms, end: view.end + ms };
}

/** x in pixels of instant `t` in a view drawn `width` pixels wide. */
export function xOf(t: number, view: View, width: number): number {
  return ((t - view.start) / (view.end - view.start)) * width;
}

/** The instant at pixel `x`. */
export function timeAt(x: number, view: View, width: number): number {
  return view.start + (x / width) * (view.end - view.start);
}

/** The days from `start` to the instant `end`, exclusive: the last is the day before it. */
export function wholeDays(start: number, end: number): [string, string] {
  const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
  return [dayOf(start), dayOf(Math.max(start, end - 1))];
}
