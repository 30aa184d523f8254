/**
 * Partial dates in words, at their own precision: `2024-09` reads "September 2024" or
 * "2024년 9월", never "1 September". Formatted in UTC, as the spans in partial-date.ts are.
 */
import {
  parsePartialDate,
  spanOfParsed,
  type PartialDate,
  type Precision,
} from '../data/partial-date.js';
import type { Incident } from '../data/schema.js';
import { messagesFor, uiLanguage } from './messages.js';

const fieldsByPrecision: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A UTC date format, made once per language and fields: creating an Intl.DateTimeFormat costs
 * far more than using one, and axes and tables format hundreds of dates per frame.
 */
export function utcDateFormat(
  lang: string,
  fields: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(fields)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...fields, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

function formatter(lang: string, precision: Precision): Intl.DateTimeFormat {
  return utcDateFormat(lang, fieldsByPrecision[precision]);
}

/** "September 2024" / "2024년 9월"; "2024" / "2024년"; "17 January 2025" / "2025년 1월 17일". */
export function formatPartialDate(date: PartialDate, lang: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  return formatter(uiLanguage(lang), parsed.precision).format(spanOfParsed(parsed).start);
}

/**
 * A period as the source gives it: "June – October 2024" / "2024년 6월~10월". Dates of
 * different precisions are written each at its own.
 */
export function formatPeriod(
  date: PartialDate,
  endDate: PartialDate | undefined,
  lang: string,
): string {
  if (endDate === undefined || endDate === date) return formatPartialDate(date, lang);
  const start = parsePartialDate(date);
  const end = parsePartialDate(endDate);
  if (!start || !end) return `${date} – ${endDate}`;
  if (start.precision === end.precision) {
    const format = formatter(uiLanguage(lang), start.precision);
    return format.formatRange(spanOfParsed(start).start, spanOfParsed(end).start);
  }
  return `${formatPartialDate(date, lang)} – ${formatPartialDate(endDate, lang)}`;
}

/**
 * When an incident happened, as its source says: "September 2024", "June – October 2024", "in
 * or after October 2024" / "2024년 10월 이후", or "Date not stated" when the source gives none.
 */
export function formatIncidentDate(
  { date, endDate, dateQualifier }: Pick<Incident, 'date' | 'endDate' | 'dateQualifier'>,
  lang: string,
): string {
  const messages = messagesFor(lang);
  if (date === undefined) return messages.dateNotStated;
  const text = formatPeriod(date, endDate, lang);
  return dateQualifier ? messages.dateQualified[dateQualifier](text) : text;
}
