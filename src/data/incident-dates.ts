/**
 * When an incident may have happened, from what its source says: a date or a period at the
 * precision given, a date that only bounds it ("in or after October 2024", "in or before",
 * "about"), or no date at all. Spans are half-open [start, end) in ms (UTC), as in
 * partial-date.ts; an open bound reaches to ±Infinity.
 */
import {
  parsePartialDate,
  spanOfParsed,
  spanOfPeriod,
  type PartialDate,
  type TimeSpan,
} from './partial-date.js';
import type { Incident } from './schema.js';

type Dated = Pick<Incident, 'date' | 'endDate' | 'dateQualifier'>;

/**
 * "About" a date reaches one unit of its precision either side: about October 2024 is some time
 * from September to November; about 2024, from 2023 to 2025; about a day, the day before to the
 * day after.
 */
export function aboutSpan(date: PartialDate): TimeSpan | undefined {
  const parsed = parsePartialDate(date);
  if (!parsed) return undefined;
  const { year, month, precision } = parsed;
  const span = spanOfParsed(parsed);
  if (precision === 'day') return { start: span.start - 86_400_000, end: span.end + 86_400_000 };
  // A month 0 or 13 is carried into the year before or after (Date.UTC does the carrying).
  const near = (step: number) =>
    month === undefined
      ? spanOfParsed({ year: year + step, precision })
      : spanOfParsed({ year, month: month + step, precision });
  return { start: near(-1).start, end: near(1).end };
}

/** Every instant the incident may lie in; undefined when its source gives no date. */
export function possibleSpan({ date, endDate, dateQualifier }: Dated): TimeSpan | undefined {
  if (date === undefined) return undefined;
  const stated = spanOfPeriod(date, endDate);
  if (!stated) return undefined;
  if (dateQualifier === 'after') return { start: stated.start, end: Infinity };
  if (dateQualifier === 'before') return { start: -Infinity, end: stated.end };
  if (dateQualifier === 'about') return aboutSpan(date);
  return stated;
}
