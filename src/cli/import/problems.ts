/**
 * What `import` tells the researcher: every problem and warning, each at a file, a row as the
 * spreadsheet numbers it (the header is row 1) and a column, in words a non-programmer reads.
 */

/** Where in the spreadsheets something is: a file, and when known a row and a column. */
export interface CellPlace {
  file: string;
  /** The row as the spreadsheet shows it: the header is row 1, the first record row 2. */
  row?: number;
  /** The column's name as the header writes it. */
  column?: string;
  /** For a problem found in the dataset made, not traced to a cell: its JSON path. */
  path?: string;
}

/** One problem (nothing is written) or warning (written, but worth knowing). */
export interface Problem extends CellPlace {
  message: string;
}

/** `incidents.csv row 14, column date: "2024-13" is not a date; …` */
export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.row !== undefined) where += ` row ${problem.row}`;
  if (problem.column !== undefined)
    where += `${problem.row !== undefined ? ',' : ''} column ${problem.column}`;
  if (problem.path) where += ` at ${problem.path}`;
  return `${where}: ${problem.message}`;
}

/** Collects problems and warnings from every step, so that all are reported at once. */
export class Report {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** Cells already blamed: a check that runs later does not report the same cell twice. */
  private readonly blamed = new Set<string>();

  problem(place: CellPlace, message: string): void {
    const key = cellKey(place);
    const isCell = (place.row !== undefined && place.column !== undefined) || !!place.path;
    if (isCell && this.blamed.has(key)) return;
    this.blamed.add(key);
    this.problems.push({ ...place, message });
  }

  warning(place: CellPlace, message: string): void {
    this.warnings.push({ ...place, message });
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}

function cellKey({ file, row, column, path }: CellPlace): string {
  return `${file}\u0000${row ?? ''}\u0000${column ?? ''}\u0000${path ?? ''}`;
}

/**
 * Problems in the order a reader fixes them: by file (in the order given), then by row, then by
 * column as the file's header orders them; otherwise in the order found.
 */
export function sortProblems(
  problems: readonly Problem[],
  fileOrder: readonly string[],
  headers: ReadonlyMap<string, readonly string[]> = new Map(),
): Problem[] {
  const rank = (file: string) => {
    const index = fileOrder.indexOf(file);
    return index === -1 ? fileOrder.length : index;
  };
  const columnRank = ({ file, column }: Problem) =>
    column === undefined ? -1 : (headers.get(file)?.indexOf(column) ?? -1);
  return [...problems].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) || (a.row ?? 0) - (b.row ?? 0) || columnRank(a) - columnRank(b),
  );
}
