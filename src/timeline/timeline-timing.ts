/**
 * Where each incident lies on the time axis, from what its source says: a day, a month or a
 * year, a period, or a date that only bounds it, stretched to the edge of the data's extent
 * (timeline-layout.ts places and stacks what this returns).
 */
import { aboutSpan } from '../data/incident-dates.js';
import {
  readValidatedDate,
  spanOfParsed,
  type Precision,
  type TimeSpan,
} from '../data/partial-date.js';
import type { DateQualifier, Incident } from '../data/schema.js';

/**
 * What kind of time an incident covers, which decides how it is drawn: a day, a month or a year,
 * a period, or a date that only bounds it (`after`, `before`: a span fading out toward the open
 * side) or that it lies about (`about`: fading out on both sides).
 */
export type TimeKind = Precision | 'period' | DateQualifier;

/** An incident's span on the axis and how it is drawn. */
interface Timing {
  start: number;
  end: number;
  kind: TimeKind;
  month?: number;
  bound?: TimeSpan;
}

// An incident's place in time never changes (validated datasets are not mutated), so it is
// worked out once per incident and reused across filters, groupings and languages.
const timings = new WeakMap<Incident, Timing>();

/** An incident's span on the axis and its kind, worked out once (it never changes). */
export function timingOf(incident: Incident & { date: string }): Timing {
  let timing = timings.get(incident);
  if (!timing) {
    const date = readValidatedDate(incident.date);
    const span = spanOfParsed(date);
    const qualifier = incident.dateQualifier;
    // An open bound is drawn from its date on (or up to it); timelineItems() extends it to the
    // edge of the data. "About" reaches a unit of its precision either side.
    if (qualifier) {
      const reach = qualifier === 'about' ? (aboutSpan(incident.date) ?? span) : span;
      timing = { ...reach, kind: qualifier, bound: span };
    } else if (incident.endDate) {
      const end = spanOfParsed(readValidatedDate(incident.endDate)).end;
      timing = { start: span.start, end: Math.max(span.end, end), kind: 'period' };
    } else {
      const month = date.month === undefined ? undefined : date.year * 12 + date.month - 1;
      timing = { start: span.start, end: span.end, kind: date.precision, month };
    }
    timings.set(incident, timing);
  }
  return timing;
}

/**
 * Stretches each open bound to the edge of the data's extent ("in or after October 2024" runs
 * to the latest end of the others, and at least a span of its own date past it), so that it is
 * drawn as the open span it is, never as a point or as the month it bounds.
 */
export function reachDataEdges(items: { start: number; end: number; kind: TimeKind }[]): void {
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start);
    last = Math.max(last, item.end);
  }
  for (const item of items) {
    const length = item.end - item.start;
    if (item.kind === 'after') item.end = Math.max(last, item.end + length);
    if (item.kind === 'before') item.start = Math.min(first, item.start - length);
  }
}
