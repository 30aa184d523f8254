/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept at the precision the source gives.
 * A partial date is a span of time, not a point: `2024-09` is "some time in September 2024",
 * from the first instant of the month up to (not including) the first instant of October.
 * All instants are UTC so that a date never shifts with the reader's time zone.
 */

/** A date as written in the dataset: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export const precisions = ['year', 'month', 'day'] as const;
export type Precision = (typeof precisions)[number];

export interface ParsedPartialDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
}

/** A half-open span of time [start, end) in milliseconds since the epoch (UTC). */
export interface TimeSpan {
  start: number;
  end: number;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The shape a partial date must have, for the schema and its JSON Schema export. */
export const partialDatePatternSource = partialDatePattern.source;

/** Days in a month of a year, leap years included (Gregorian calendar). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a partial date, or returns undefined when it is not one: wrong shape, month 13,
 * `2023-02-29`, year 0000. Never guesses or rounds.
 */
export function parsePartialDate(text: string): ParsedPartialDate | undefined {
  const match = partialDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/**
 * Reads a partial date that the schema has already validated, without a regular expression:
 * for loops over every incident of a large dataset. Anything else goes through
 * `parsePartialDate`.
 */
export function readValidatedDate(text: PartialDate): ParsedPartialDate {
  const year = Number(text.slice(0, 4));
  if (text.length === 4) return { year, precision: 'year' };
  const month = Number(text.slice(5, 7));
  if (text.length === 7) return { year, month, precision: 'month' };
  return { year, month, day: Number(text.slice(8, 10)), precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The span of time a parsed partial date covers: a whole year, month or day. */
export function spanOfParsed(date: ParsedPartialDate): TimeSpan {
  const { year, month, day } = date;
  if (month === undefined) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  if (day === undefined) return { start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1) };
}

/** The span of time a partial date covers, or undefined when the text is not a partial date. */
export function spanOf(text: PartialDate): TimeSpan | undefined {
  const parsed = parsePartialDate(text);
  return parsed && spanOfParsed(parsed);
}

/**
 * The span from the start of `date` to the end of `endDate` (a period such as "June to early
 * October 2024"), or of `date` alone.
 */
export function spanOfPeriod(date: PartialDate, endDate?: PartialDate): TimeSpan | undefined {
  const start = spanOf(date);
  if (!start) return undefined;
  if (endDate === undefined) return start;
  const end = spanOf(endDate);
  return end && { start: start.start, end: Math.max(start.end, end.end) };
}

/**
 * Orders partial dates by when they start, then by when they end, so that mixed precisions
 * sort sensibly: `2024-01-05` < `2024-01` < `2024` (all start on 1 January, or after it).
 * Invalid dates sort last.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  if (!spanA || !spanB) return (spanA ? 0 : 1) - (spanB ? 0 : 1);
  return spanA.start - spanB.start || spanA.end - spanB.end;
}

/**
 * True when `endDate` can be the end of a period that starts at `date`: its span does not
 * lie wholly before the start of `date` (`2024-10` may end a period starting `2024-10-05`).
 */
export function isNotBefore(endDate: PartialDate, date: PartialDate): boolean {
  const start = spanOf(date);
  const end = spanOf(endDate);
  return !!start && !!end && end.end > start.start;
}
