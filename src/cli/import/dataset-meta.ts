/**
 * The document's own fields (`id`, `title`, `description`, `updated`, `country`, `rating`) from
 * dataset.csv's one row, from flags, or, for what neither gives, from defaults that make sense
 * (the country from the boundaries, `updated` today), each default with a warning saying so.
 *
 * dataset.csv: `id, title, title_<lang>, description, description_<lang>, country,
 * country_name, country_name_<lang>, updated, language, rating, rating_scale, rating_source`.
 * `language` is the language of the columns without a suffix in every file (default `en`).
 */
import type { Dataset, Source } from '../../data/schema.js';
import { ratingValues, type RatingValue } from '../../data/schema.js';
import type { Text } from '../../data/text.js';
import { languageTagPattern } from '../../data/text.js';
import { readChoice, readDate, readList } from './cell-values.js';
import { columnKey, type ColumnSpec, type Sheet, type SheetRow } from './columns.js';
import { countryCode, countryName } from './country.js';
import { isExampleRow } from './example-rows.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReferences, type Referable } from './references.js';
import type { CsvTable } from './read-csv.js';
import { slugOf } from './slug.js';

export const datasetColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'title', localized: true },
  { name: 'description', localized: true },
  { name: 'country' },
  { name: 'country_name', localized: true },
  { name: 'updated' },
  { name: 'language' },
  { name: 'rating' },
  { name: 'rating_scale' },
  { name: 'rating_source' },
];

/** What the flags of `import` set; each wins over dataset.csv. */
export interface MetaFlags {
  id?: string;
  title?: string;
  description?: string;
  country?: string;
  updated?: string;
  language?: string;
}

/** What the defaults are made from. */
export interface MetaContext {
  folderName: string;
  /** The country the boundaries cover, if known. */
  boundaryCountry: string | undefined;
  /** Today as YYYY-MM-DD, for `updated`. */
  today: string;
  sources: Referable<Source>;
}

export type DatasetMeta = Pick<
  Dataset,
  'id' | 'title' | 'description' | 'updated' | 'country' | 'rating'
>;

/**
 * The language of the unsuffixed columns: `--language`, else dataset.csv's `language` cell,
 * else English. Read before any file, since every file's text columns depend on it.
 */
export function mainLanguageOf(
  table: CsvTable | undefined,
  flag: string | undefined,
  report: Report,
): string {
  const column = table?.header.findIndex((header) => columnKey(header) === 'language') ?? -1;
  const record = table?.records[0];
  const cell = column >= 0 ? record?.cells[column] : undefined;
  const lang = flag || cell || 'en';
  if (languageTagPattern.test(lang)) return lang;
  report.problem(
    flag ? { file: '--language' } : { file: 'dataset.csv', row: record?.row, column: 'language' },
    `"${lang}" is not a language tag such as "en" or "ko"`,
  );
  return 'en';
}

/** The one row of dataset.csv, or undefined (with a problem when there are several). */
function onlyRow(sheet: Sheet | undefined, report: Report): SheetRow | undefined {
  const rows = (sheet?.rows() ?? []).filter((row) => !isExampleRow(row, report));
  if (rows.length > 1)
    report.problem(
      { file: 'dataset.csv', row: rows[1]!.row },
      `dataset.csv describes the whole dataset in one row under its header; it has ${rows.length}`,
    );
  return rows[0];
}

/** The document's fields, every problem reported and every default warned about. */
export function readDatasetMeta(
  sheet: Sheet | undefined,
  flags: MetaFlags,
  context: MetaContext,
  report: Report,
  origins: Origins,
): DatasetMeta {
  const row = onlyRow(sheet, report);
  if (row)
    origins.add('', row, {
      id: 'id',
      title: 'title',
      description: 'description',
      updated: 'updated',
      'country.code': 'country',
      'country.name': 'country_name',
      'rating.value': 'rating',
      'rating.scale': 'rating_scale',
      'rating.sourceIds': 'rating_source',
    });
  const cell = (name: string) => row?.cell(name) ?? '';
  const where = (flag: keyof MetaFlags, column: string) =>
    flags[flag] ? { file: `--${flag}` } : (row?.at(column) ?? { file: 'dataset.csv' });
  // Each default said once: one warning per field when dataset.csv lacks it, one for all when
  // there is no dataset.csv at all.
  const defaults: string[] = [];
  const languages = sheet?.languagesOf('title').length
    ? sheet.languagesOf('title')
    : [sheet?.mainLanguage ?? 'en'];

  // The country: a flag or cell, checked against the boundaries; else the boundaries' own.
  const countryText = flags.country || cell('country');
  let code = countryText ? countryCode(countryText) : context.boundaryCountry;
  if (countryText && !code)
    report.problem(
      where('country', 'country'),
      `"${countryText}" is not a country code such as AM or ARM, nor a country's name in English`,
    );
  else if (countryText && context.boundaryCountry && code !== context.boundaryCountry) {
    report.problem(
      where('country', 'country'),
      `says ${code}, but the boundaries are of ${context.boundaryCountry}: use the boundaries of ${code}, or correct the country`,
    );
  } else if (!countryText && code)
    defaults.push(
      `the country is ${code}, the country of the boundaries (column country, or --country)`,
    );
  else if (!code)
    report.problem(
      { file: 'dataset.csv' },
      `${sheet ? 'gives no country' : 'is missing'}, and no boundaries say which country this is: add a country column (a code such as AM), or pass --country AM`,
    );
  code ??= 'XX';
  const name: Text = row?.text('country_name') ?? countryName(code, languages);

  const title: Text | undefined = flags.title || row?.text('title');
  const defaultTitle = `Incidents in ${typeof name === 'string' ? name : (Object.values(name)[0] ?? code)}`;
  if (!title) defaults.push(`the title is "${defaultTitle}" (column title, or --title)`);

  const updatedText = flags.updated || cell('updated');
  const updated = updatedText ? readDate(updatedText) : undefined;
  if (updated && !updated.ok) report.problem(where('updated', 'updated'), updated.message);
  if (!updated)
    defaults.push(
      `updated, the date the data was last checked, is today, ${context.today} (column updated, or --updated)`,
    );
  if (sheet)
    for (const text of defaults) report.warning({ file: sheet.file }, `does not say, so ${text}`);
  else if (defaults.length)
    report.warning({ file: 'dataset.csv' }, `is missing, so ${defaults.join('; ')}`);

  const id = flags.id || cell('id') || slugOf(context.folderName) || 'dataset';
  return {
    id,
    title: title ?? defaultTitle,
    description: flags.description || row?.text('description'),
    updated: updated ? (updated.ok ? updated.value : updatedText) : context.today,
    country: { code, name },
    rating: row ? readRating(row, context.sources, report) : undefined,
  };
}

/** `rating`, `rating_scale`, `rating_source`: how a monitor rates the country, if given. */
function readRating(row: SheetRow, sources: Referable<Source>, report: Report): Dataset['rating'] {
  const value = row.cell('rating');
  if (!value) {
    for (const column of ['rating_scale', 'rating_source'])
      if (row.cell(column))
        report.problem(
          row.at('rating'),
          `is empty, but ${column} is given: write the rating (${ratingValues.join(', ')})`,
        );
    return undefined;
  }
  const rating = readChoice(value, ratingValues);
  if (!rating.ok) report.problem(row.at('rating'), rating.message);
  const scale = row.cell('rating_scale');
  if (!scale)
    report.problem(
      row.at('rating_scale'),
      'is empty: whose scale is the rating on, such as "CIVICUS Monitor"?',
    );
  return {
    // An invalid rating is reported above; nothing is written then.
    value: (rating.ok ? rating.value : value) as RatingValue,
    scale,
    sourceIds: resolveReferences(
      sources,
      readList(row.cell('rating_source')),
      row.at('rating_source'),
      report,
    ),
  };
}
