/**
 * The template's example rows (from `civic-space-widgets init`) start a cell with `EXAMPLE:`.
 * Imported by mistake they would publish placeholder text as data, so `import` refuses them.
 */
import type { SheetRow } from './columns.js';
import type { Report } from './problems.js';

/** How the templates in data/templates/ mark their example rows. */
export const exampleMark = 'EXAMPLE:';

/** True when a cell of the row starts with the template's mark. */
export function isExample(row: SheetRow): boolean {
  return row.record.cells.some((cell) => cell.startsWith(exampleMark));
}

/** True, with the row reported, when the row is one of the template's examples. */
export function isExampleRow(row: SheetRow, report: Report): boolean {
  if (!isExample(row)) return false;
  report.problem(
    row.place,
    `is an example row from the template (a cell starts with "${exampleMark}"): delete it, or write your own data over it`,
  );
  return true;
}
