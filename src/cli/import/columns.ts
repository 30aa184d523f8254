/**
 * The columns of each CSV file: which ones this tool reads, which are required, which take a
 * language suffix (`title_ko`), and a row reader that names each cell by its column. Columns
 * are found by name in any order and any case; an unknown column is ignored with a warning
 * (it may be a typo of a known one, which the warning suggests).
 */
import type { Text } from '../../data/text.js';
import { languageTagPattern } from '../../data/text.js';
import { nearestNames } from './match-names.js';
import type { CellPlace, Report } from './problems.js';
import type { CsvRecord, CsvTable } from './read-csv.js';

/** One column a file may have. */
export interface ColumnSpec {
  name: string;
  /** The file is refused without this column (its cells may still be checked row by row). */
  required?: boolean;
  /** Text in several languages: `title` in the dataset's language, `title_ko` in Korean… */
  localized?: boolean;
}

/** `title_zh-Hant` → `title` and `zh-Hant`, in canonical case. */
function splitLanguage(header: string): { base: string; lang: string } | undefined {
  const match = /^(.+?)_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/.exec(header.replace(/\s+/g, '_'));
  if (!match || !languageTagPattern.test(match[2]!)) return undefined;
  let lang = match[2]!;
  try {
    lang = Intl.getCanonicalLocales(lang)[0] ?? lang;
  } catch {
    // Not a tag Intl knows; kept as written (the schema checks its shape).
  }
  return { base: match[1]!.toLowerCase(), lang };
}

/** A header cell as a column name: `People affected` → `people_affected`. */
export function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A file's columns, found in its header, and the reader of its rows. */
export class Sheet {
  /** Column name → index in the row. */
  private readonly index = new Map<string, number>();
  /** Localized column name → [language, index] of each language column, main language first. */
  private readonly languages = new Map<string, [string, number][]>();
  /** Localized columns with at least one `_<lang>` column: their cells become objects. */
  private readonly multilingual = new Set<string>();

  constructor(
    readonly table: CsvTable,
    specs: readonly ColumnSpec[],
    readonly mainLanguage: string,
    report: Report,
  ) {
    const file = table.file;
    const known = new Map(specs.map((spec) => [spec.name, spec]));
    const seen = new Map<string, string>();
    const claim = (key: string, header: string) => {
      const first = seen.get(key);
      if (first !== undefined) {
        report.problem(
          { file, column: header },
          `the column "${header}" appears twice (also as "${first}"): keep one`,
        );
        return false;
      }
      seen.set(key, header);
      return true;
    };
    table.header.forEach((header, i) => {
      if (!header) {
        if (table.records.some((record) => record.cells[i]))
          report.warning(
            { file },
            `column ${i + 1} has no name in row 1, so its cells are ignored`,
          );
        return;
      }
      const key = columnKey(header);
      const spec = known.get(key);
      if (spec) {
        const lang = spec.localized ? mainLanguage : '';
        if (!claim(spec.localized ? `${key}_${lang}` : key, header)) return;
        this.index.set(key, i);
        if (spec.localized) this.addLanguage(key, mainLanguage, i, true);
        return;
      }
      const split = splitLanguage(header.trim());
      const base = split && known.get(split.base);
      if (split && base?.localized) {
        if (!claim(`${split.base}_${split.lang}`, header)) return;
        this.addLanguage(split.base, split.lang, i, split.lang === mainLanguage);
        if (split.lang !== mainLanguage) this.multilingual.add(split.base);
        return;
      }
      const near = nearestNames(key, [...known.keys()], 1);
      report.warning(
        { file, column: header },
        `is not a column this tool reads, so it is ignored${near.length ? `; did you mean "${near[0]}"?` : ''}`,
      );
    });
    for (const spec of specs) {
      if (spec.required && !this.has(spec.name))
        report.problem(
          { file },
          `has no column "${spec.name}": the first row must name it (it names ${table.header.filter(Boolean).join(', ') || 'nothing'})`,
        );
    }
  }

  private addLanguage(base: string, lang: string, index: number, main: boolean): void {
    const list = this.languages.get(base) ?? [];
    if (main) list.unshift([lang, index]);
    else list.push([lang, index]);
    this.languages.set(base, list);
  }

  /** The file's name, for messages. */
  get file(): string {
    return this.table.file;
  }

  /** True when the header names the column (in any language, for a localized one). */
  has(name: string): boolean {
    return this.index.has(name) || this.languages.has(name);
  }

  /** The languages a localized column is written in, main language first. */
  languagesOf(name: string): string[] {
    return (this.languages.get(name) ?? []).map(([lang]) => lang);
  }

  /** The rows under the header, each a reader of its cells. */
  rows(): SheetRow[] {
    return this.table.records.map((record) => new SheetRow(this, record));
  }

  /** @internal the index of a column in a row, for `SheetRow`. */
  columnIndex(name: string): number | undefined {
    return this.index.get(name) ?? this.languages.get(name)?.[0]?.[1];
  }

  /** @internal a localized column's language columns. */
  languageColumns(name: string): readonly [string, number][] {
    return this.languages.get(name) ?? [];
  }

  /** @internal whether a localized column's cells become objects of language → text. */
  isMultilingual(name: string): boolean {
    return this.multilingual.has(name);
  }
}

/** One row of a sheet: its cells by column name, and where each is, for messages. */
export class SheetRow {
  constructor(
    readonly sheet: Sheet,
    readonly record: CsvRecord,
  ) {}

  /** The row number the spreadsheet shows. */
  get row(): number {
    return this.record.row;
  }

  /** A cell's trimmed text; empty when the column is absent or the cell empty. */
  cell(name: string): string {
    const index = this.sheet.columnIndex(name);
    return index === undefined ? '' : (this.record.cells[index] ?? '');
  }

  /**
   * A localized cell as the dataset's Text: a string when the file has the column in one
   * language, else an object of language → text with the languages this row fills in.
   */
  text(name: string): Text | undefined {
    const columns = this.sheet.languageColumns(name);
    if (!this.sheet.isMultilingual(name)) {
      const value = this.cell(name);
      return value || undefined;
    }
    const entries = columns
      .map(([lang, index]) => [lang, this.record.cells[index] ?? ''] as const)
      .filter(([, value]) => value);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }

  /** Every text of a localized cell, in each language, for matching names. */
  texts(name: string): string[] {
    return this.sheet
      .languageColumns(name)
      .map(([, index]) => this.record.cells[index] ?? '')
      .filter(Boolean);
  }

  /** Where a cell is: file, row, and the column as the header writes it (in `lang`, if given). */
  at(name: string, lang?: string): CellPlace {
    const inLanguage = this.sheet.languageColumns(name).find(([l]) => l === lang);
    const index = inLanguage?.[1] ?? this.sheet.columnIndex(name);
    const column = index === undefined ? name : this.sheet.table.header[index] || name;
    return { file: this.sheet.file, row: this.row, column };
  }

  /** Where the row is, for problems of the row as a whole. */
  get place(): CellPlace {
    return { file: this.sheet.file, row: this.row };
  }
}
