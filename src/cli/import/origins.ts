/**
 * Where each record of the dataset came from, so that a problem the widgets' own validation
 * finds in the dataset (`incidents[12].title: is too long`) is reported at the cell it came
 * from (`incidents.csv row 14, column title: is too long`).
 */
import type { SheetRow } from './columns.js';
import type { CellPlace } from './problems.js';

/** A record's row, and for each of its JSON fields the column it was read from. */
interface Origin {
  row: SheetRow;
  fields: Readonly<Record<string, string>>;
}

/** `.title.ko` / `["title"]["zh-Hant"]` → `['title', 'ko']`. */
function segments(rest: string): string[] {
  return [...rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map(
    (match) => match[1] ?? (match[2] !== undefined ? `[${match[2]}]` : JSON.parse(`"${match[3]}"`)),
  );
}

/** Records by JSON path (`incidents[3]`, `reviews[0].recommendations[2]`, `` for the document). */
export class Origins {
  private readonly records = new Map<string, Origin>();

  /** Notes that the record at `path` was read from `row`, its fields from these columns. */
  add(path: string, row: SheetRow, fields: Readonly<Record<string, string>>): void {
    this.records.set(path, { row, fields });
  }

  /**
   * The cell a JSON path points into: the record's row and the field's column (the language's
   * own column for a localized text). A path of no known record is returned as a path in
   * `fallbackFile`.
   */
  locate(path: string, fallbackFile: string): CellPlace {
    // The longest known record path that the path starts with.
    let prefix = path;
    while (!this.records.has(prefix)) {
      const cut = Math.max(prefix.lastIndexOf('.'), prefix.lastIndexOf('['));
      if (cut <= 0) {
        prefix = this.records.has('') ? '' : path;
        break;
      }
      prefix = prefix.slice(0, cut);
    }
    const origin = this.records.get(prefix);
    if (!origin) return { file: fallbackFile, path };
    const parts = segments(path.slice(prefix.length).replace(/^(?=[^.[])/, '.'));
    const [field, next] = parts;
    // A field read from two JSON levels (`country.code`, `coordinates[1]`) is named by both.
    const twoLevels = next !== undefined ? `${field}${next.startsWith('[') ? '' : '.'}${next}` : '';
    const column = origin.fields[twoLevels] ?? (field ? origin.fields[field] : undefined);
    if (column === undefined)
      return prefix ? { ...origin.row.place, path } : { file: fallbackFile, path };
    const lang = origin.fields[twoLevels] === undefined ? next : undefined;
    return origin.row.at(column, lang);
  }
}
