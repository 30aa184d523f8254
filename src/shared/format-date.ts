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
import { messagesFor, uiLanguage, type UiLanguage } from './messages.js';

// Dates are written in the widgets' two languages only (`uiLanguage`), from these tables rather
// than Intl.DateTimeFormat: the browser's first Intl format costs a cold page about 10 ms of
// set-up (measured in Chromium 156), and browsers' ICU versions word Korean ranges differently
// ("14일~20일" in one, "14일 ~ 20일" in another). The words are those Intl gives.
const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date's year, month (1–12) and day, as far as its precision goes. */
interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function partsAt(time: number, precision: Precision): DateParts {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (precision === 'year') return { year };
  const month = date.getUTCMonth() + 1;
  return precision === 'month' ? { year, month } : { year, month, day: date.getUTCDate() };
}

const monthEn = (month: number, short = false) =>
  short ? monthsEn[month - 1]!.slice(0, 3) : monthsEn[month - 1]!;

/** "September 14, 2024", "September 2024", "2024"; "2024년 9월 14일", "2024년 9월", "2024년". */
function writeDate({ year, month, day }: DateParts, lang: UiLanguage): string {
  if (lang === 'ko') {
    const rest = month === undefined ? '' : ` ${month}월${day === undefined ? '' : ` ${day}일`}`;
    return `${year}년${rest}`;
  }
  if (month === undefined) return String(year);
  return day === undefined ? `${monthEn(month)} ${year}` : `${monthEn(month)} ${day}, ${year}`;
}

/**
 * Two dates of one precision as a range, the parts they share written once: "June – October
 * 2024", "September 14 – 20, 2024"; "2024년 6월~10월", "2024년 9월 14일~20일".
 */
function writeRange(a: DateParts, b: DateParts, lang: UiLanguage): string {
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  if (sameMonth && a.day === b.day) return writeDate(a, lang);
  if (lang === 'ko') {
    if (a.month === undefined) return `${a.year}년 ~ ${b.year}년`;
    if (!sameYear) return `${writeDate(a, lang)}~${writeDate(b, lang)}`;
    const tail = sameMonth
      ? `${b.day}일`
      : `${b.month}월${b.day === undefined ? '' : ` ${b.day}일`}`;
    return `${writeDate(a, lang)}~${tail}`;
  }
  if (a.month === undefined || b.month === undefined) return `${a.year} – ${b.year}`;
  if (!sameYear) return `${writeDate(a, lang)} – ${writeDate(b, lang)}`;
  if (a.day === undefined) return `${monthEn(a.month)} – ${monthEn(b.month)} ${a.year}`;
  const end = sameMonth ? `${b.day}` : `${monthEn(b.month)} ${b.day}`;
  return `${monthEn(a.month)} ${a.day} – ${end}, ${a.year}`;
}

/**
 * An axis tick's label at the interval's precision: "Oct 5", "Oct 2024", "2024"; "10월 5일",
 * "2024년 10월", "2024년".
 */
export function formatTick(time: number, precision: Precision, lang: string): string {
  const { year, month, day } = partsAt(time, precision);
  if (uiLanguage(lang) === 'ko') {
    if (day !== undefined) return `${month}월 ${day}일`;
    return writeDate({ year, month }, 'ko');
  }
  if (month === undefined) return String(year);
  return day === undefined ? `${monthEn(month, true)} ${year}` : `${monthEn(month, true)} ${day}`;
}

/** "September 2024" / "2024년 9월"; "2024" / "2024년"; "January 17, 2025" / "2025년 1월 17일". */
export function formatPartialDate(date: PartialDate, lang: string): string {
  const parsed = parsePartialDate(date);
  if (!parsed) return date;
  const { precision } = parsed;
  return writeDate(partsAt(spanOfParsed(parsed).start, precision), uiLanguage(lang));
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
    const at = (parsed: typeof start) => partsAt(spanOfParsed(parsed).start, start.precision);
    return writeRange(at(start), at(end), uiLanguage(lang));
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
