/**
 * An incident's three date cells, read together because each depends on the others: `date`
 * (a partial date, or `not stated` when the source gives none), `date_qualifier` (`after`,
 * `before`, `about`: the date only bounds the incident) and `end_date` (a period's end). The
 * dataset's rules (dataset.md, "Uncertain records") are checked here, in the spreadsheet's
 * words: a qualifier or an end needs a date, and a qualifier qualifies one date, not a period.
 */
import type { DateQualifier } from '../../data/schema.js';
import { readDate } from './cell-values.js';
import type { SheetRow } from './columns.js';
import type { Report } from './problems.js';

/** What the three cells say: `date` undefined with `undated` when the source gives none. */
export interface IncidentDates {
  date?: string;
  undated: boolean;
  dateQualifier?: DateQualifier;
  endDate?: string;
}

/** The words for "the source gives no date", compared without case or spaces. */
export const dateNotStatedWords = ['not stated', '미상', '날짜 미상'] as const;

/** The qualifiers' words: the schema's own, and Korean as a Korean report writes them. */
export const qualifierWords: ReadonlyMap<string, DateQualifier> = new Map([
  ['after', 'after'],
  ['before', 'before'],
  ['about', 'about'],
  ['이후', 'after'],
  ['이전', 'before'],
  ['경', 'about'],
  ['무렵', 'about'],
]);

const key = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/** True when a cell says the source gives no date: `not stated`, `Not Stated`, `미상`, `날짜 미상`. */
export function isDateNotStated(text: string): boolean {
  return dateNotStatedWords.some((word) => key(word) === key(text));
}

const dateForms = 'write a date (2024, 2024-09 or 2024-09-14)';
const notStatedHint = '`not stated` when the source gives none';
const words = [...qualifierWords.keys()];
const qualifierList = `${words.slice(0, 3).join(', ')} (or ${words.slice(3).join(', ')})`;

/** `after 2024-10`, `about 2024`, `2024-10 이후`: a qualifier written into the date cell. */
function qualifierInDate(text: string): { date: string; word: string } | undefined {
  const before = /^(after|before|about)\s+(\S+)$/i.exec(text);
  if (before) return { word: before[1]!.toLowerCase(), date: before[2]! };
  const after = /^(\S+?)\s*(이후|이전|경|무렵)$/.exec(text);
  return after ? { word: after[2]!, date: after[1]! } : undefined;
}

/** The `date` cell: a partial date, or undefined (undated, or reported). */
function readIncidentDate(row: SheetRow, report: Report): { date?: string; undated: boolean } {
  const text = row.cell('date');
  const at = row.at('date');
  if (!text) {
    report.problem(at, `is empty: ${dateForms}, or ${notStatedHint}`);
    return { undated: false };
  }
  if (isDateNotStated(text)) return { undated: true };
  const date = readDate(text);
  if (date.ok) return { date: date.value, undated: false };
  const qualified = qualifierInDate(text);
  if (qualified && readDate(qualified.date).ok)
    report.problem(
      at,
      `"${text}" has its qualifier in the date: write ${qualified.date} here, and "${qualified.word}" in the date_qualifier column`,
    );
  // Words, not a date mistyped: say how to write that the source gives none.
  else if (!/\d/.test(text)) report.problem(at, `${date.message}, or ${notStatedHint}`);
  else report.problem(at, date.message);
  return { undated: false };
}

/** The `date_qualifier` cell's qualifier, or undefined (empty, or reported). */
function readQualifier(row: SheetRow, report: Report): DateQualifier | undefined {
  const text = row.cell('date_qualifier');
  if (!text) return undefined;
  const qualifier = qualifierWords.get(text.toLowerCase());
  if (!qualifier)
    report.problem(row.at('date_qualifier'), `"${text}" is not one of: ${qualifierList}`);
  return qualifier;
}

/** The `end_date` cell: a partial date, or undefined (empty, or reported). */
function readEndDate(row: SheetRow, report: Report): string | undefined {
  const text = row.cell('end_date');
  if (!text) return undefined;
  if (isDateNotStated(text)) {
    report.problem(
      row.at('end_date'),
      `"${text}" belongs in the date column: leave end_date empty when the source gives no end`,
    );
    return undefined;
  }
  const date = readDate(text);
  if (!date.ok) report.problem(row.at('end_date'), date.message);
  return date.ok ? date.value : undefined;
}

/** The row's date cells, each problem reported at its cell; what is readable is kept. */
export function readIncidentDates(row: SheetRow, report: Report): IncidentDates {
  const { date, undated } = readIncidentDate(row, report);
  const dateQualifier = readQualifier(row, report);
  const endDate = readEndDate(row, report);
  const endText = row.cell('end_date');
  if (undated && dateQualifier)
    report.problem(
      row.at('date_qualifier'),
      `"${row.cell('date_qualifier')}" needs a date to go with it, but date says "${row.cell('date')}": write the date it bounds in the date column, or leave this cell empty`,
    );
  if (undated && endText && endDate)
    report.problem(
      row.at('end_date'),
      `needs a date to go with it, but date says "${row.cell('date')}": write when the period started in the date column, or leave end_date empty`,
    );
  if (!undated && dateQualifier && endText)
    report.problem(
      row.at('date_qualifier'),
      `"${row.cell('date_qualifier')}" qualifies a single date, not a period: leave end_date empty, or this cell`,
    );
  return { date, undated, dateQualifier, endDate };
}
