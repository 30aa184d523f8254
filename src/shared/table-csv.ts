/**
 * A data-table view as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark, so that
 * Excel reads Hangul; dates as the dataset writes them, never widened to a day (`2024-09`; a
 * period `2024-06/2024-10`; a bound or an approximation in ISO 8601-2 notation: `2024-10/..`,
 * `../2024-10`, `2024-10~`); numbers as plain digits; and any cell a spreadsheet would run as a
 * formula made inert (OWASP's advice: a leading apostrophe).
 */
import type { DateCell, TableCell, TableData } from './table-cells.js';

/** What a spreadsheet reads as the start of a formula (or of a hidden one, after a tab or CR). */
const formulaStart = /^[=+\-@\t\r]/;

function dateText({ date, endDate, dateQualifier }: DateCell): string {
  if (!date) return '';
  if (dateQualifier === 'after') return `${date}/..`;
  if (dateQualifier === 'before') return `../${date}`;
  if (dateQualifier === 'about') return `${date}~`;
  return endDate && endDate !== date ? `${date}/${endDate}` : date;
}

function field(cell: TableCell): string {
  // Digits: no formula starts with one, and none needs quotes.
  if (typeof cell === 'number') return String(cell);
  const text = typeof cell === 'string' ? cell : 'when' in cell ? dateText(cell.when) : cell.text;
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n']/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table's header row and every row, as CSV text starting with a byte-order mark. */
export function tableCsv(table: Pick<TableData, 'columns' | 'rows'>): string {
  const lines = [
    table.columns.map((column) => field(column.label)),
    ...table.rows.map((row) => row.cells.map(field)),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
