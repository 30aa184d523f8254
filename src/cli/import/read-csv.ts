/**
 * A CSV file as any spreadsheet exports it, read with csv-parse: UTF-8 with or without a byte
 * order mark, quoted cells holding commas, quotes and line breaks, any script. Rows keep the
 * numbers the spreadsheet shows (the header is row 1), even when a cell spans several lines
 * or a row is left empty, so that every message points at the row the researcher sees.
 */
import { parse } from 'csv-parse/sync';
import type { Report } from './problems.js';

/** One row under the header: its number in the spreadsheet and its cells, trimmed. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A parsed file: its header cells as written, and its non-empty rows. */
export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

/** Decodes the bytes as UTF-8, or reports what the file was saved as instead. */
function decodeUtf8(file: string, bytes: Uint8Array, report: Report): string | undefined {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    report.problem(
      { file },
      'is saved as UTF-16 ("Unicode text"), not as CSV: save it again as "CSV UTF-8"',
    );
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where the first byte that is not UTF-8 lies, so the researcher can look at that line.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    report.problem(
      { file },
      `line ${line} is not UTF-8 text (the file was probably saved in an older encoding such as Windows-1252): save it again as "CSV UTF-8"`,
    );
    return undefined;
  }
}

/**
 * The separator the header uses: a comma, or the semicolon or tab that spreadsheets in some
 * languages write instead. The header holds only known column names, so this is no guess
 * about the data: a semicolon inside a cell below never decides it.
 */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

interface CsvParseError extends Error {
  code?: string;
  records?: number;
  index?: number;
}

/** csv-parse's error, in the researcher's words and at the row where it happened. */
function reportParseError(file: string, error: CsvParseError, report: Report): void {
  // `records` counts the rows read before the faulty one, the header included.
  const row = (error.records ?? 0) + 1;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      report.problem(
        { file, row },
        'a cell starts with a quotation mark (") that is never closed: close it, or remove it',
      );
      return;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      report.problem(
        { file, row },
        'a quotation mark (") stands inside a cell that is not quoted as a whole: save the file from the spreadsheet again, or write the cell as "like ""this"""',
      );
      return;
    default:
      report.problem({ file, row }, `cannot be read as CSV (${error.message})`);
  }
}

/**
 * Parses a CSV file's bytes. Returns undefined, with the reason reported, when the file cannot
 * be read as a table at all; a file with only a header is a table with no records.
 */
export function readCsv(file: string, bytes: Uint8Array, report: Report): CsvTable | undefined {
  const text = decodeUtf8(file, bytes, report);
  if (text === undefined) return undefined;
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: separatorOf(text.replace(/^\uFEFF/, '')),
      // Rows may be shorter than the header (trailing empty cells left out); longer ones are
      // reported below, with what probably caused them.
      relax_column_count: true,
      // Empty lines are kept: they are rows in the spreadsheet, and skipping them would shift
      // every row number after them.
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    reportParseError(file, error as CsvParseError, report);
    return undefined;
  }
  const [headerRow, ...body] = rows;
  if (!headerRow || headerRow.every((cell) => !cell.trim())) {
    report.problem(
      { file },
      'is empty: its first row must name the columns (see the template from `civic-space-widgets init`)',
    );
    return undefined;
  }
  const header = headerRow.map((cell) => cell.trim());
  const records: CsvRecord[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const trimmed = cells.map((cell) => cell.trim());
    if (trimmed.every((cell) => !cell)) return;
    const extra = trimmed.slice(header.length).filter(Boolean);
    if (extra.length) {
      report.problem(
        { file, row },
        `has ${trimmed.length} cells but the header names ${header.length} columns: a cell with a comma in it must be quoted, or a column has no name in row 1`,
      );
    }
    records.push({ row, cells: trimmed });
  });
  return { file, header, records };
}
