/**
 * The rows of a widget's data-table view as plain data: the one source of both the `<table>`
 * the widget renders (data-table.ts) and the CSV it exports (table-csv.ts), so that the two
 * cannot differ. No DOM.
 */
import type { Incident } from '../data/schema.js';
import type { ResolvedText } from '../data/text.js';

/** When an incident happened, as its source says: shown in words, exported as written. */
export type DateCell = Pick<Incident, 'date' | 'endDate' | 'dateQualifier'>;

/**
 * A cell: words; a number (shown in the reader's format, exported as digits); dataset text
 * with the language it is in; or a date.
 */
export type TableCell = string | number | ResolvedText | { when: DateCell };

export interface TableColumn {
  label: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

export interface TableData {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly { id: string; cells: readonly TableCell[] }[];
}
