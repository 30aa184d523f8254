/**
 * Ids unique within one file: an id written twice, or two rows whose empty `id` cells would
 * get the same id made from their text, is reported at the second row, naming the first.
 */
import type { SheetRow } from './columns.js';
import type { Report } from './problems.js';

export class UniqueIds {
  private readonly rows = new Map<string, number>();

  constructor(private readonly report: Report) {}

  /**
   * Claims `id` for `row`; false (reported) when an earlier row has it. `madeFrom` names what an
   * id was made from when the row's `id` cell is empty (`its date and title`).
   */
  claim(id: string, row: SheetRow, madeFrom?: string): boolean {
    const first = this.rows.get(id);
    if (first === undefined) {
      this.rows.set(id, row.row);
      return true;
    }
    if (madeFrom === undefined) {
      this.report.problem(row.at('id'), `"${id}" is already the id of row ${first}`);
    } else {
      this.report.problem(
        row.place,
        `has the same ${madeFrom} as row ${first}, so both would get the id "${id}": if they are two records, write an id for one in the id column; if not, delete this row`,
      );
    }
    return false;
  }
}

/** The row's `id` cell, or the id made from its text when the cell is empty. */
export function idOf(row: SheetRow, made: () => string): { id: string; madeFrom: boolean } {
  const written = row.cell('id');
  return written ? { id: written, madeFrom: false } : { id: made(), madeFrom: true };
}
