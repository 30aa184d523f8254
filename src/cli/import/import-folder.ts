/**
 * A folder of CSV files (and boundaries) → a dataset, or every problem found. The steps, in
 * order: read every file (encoding, quoting); read every header (required columns, languages);
 * read every row, each file after the ones it refers to; then validate the dataset made with
 * the widgets' own validation, each issue traced back to its cell. Files or headers that cannot
 * be read stop the import after their step: the rows' checks need them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dataset } from '../../data/schema.js';
import { supportedSchemaVersion } from '../../data/schema.js';
import { parseJson } from '../../data/json-value.js';
import { validateJsonValue } from '../../data/validate-dataset.js';
import { readBoundaryRegions, type BoundaryRegions } from './boundary-regions.js';
import { Sheet, type ColumnSpec } from './columns.js';
import { datasetJson } from './dataset-json.js';
import { datasetColumns, mainLanguageOf, readDatasetMeta, type MetaFlags } from './dataset-meta.js';
import { isExample } from './example-rows.js';
import { incidentColumns, readIncidents } from './incidents.js';
import { readList } from './cell-values.js';
import { Origins } from './origins.js';
import { placeColumns, readPlaces } from './places.js';
import { Report, sortProblems, type Problem } from './problems.js';
import { readCsv, type CsvTable } from './read-csv.js';
import { readRecommendations, recommendationColumns, themeValues } from './recommendations.js';
import { readReviews, reviewColumns } from './reviews.js';
import { readSources, sourceColumns } from './sources.js';
import {
  categoriesKind,
  deriveVocabulary,
  readVocabulary,
  themesKind,
  vocabularyColumns,
} from './vocabulary.js';

/** The files `import` reads, in the order problems are listed, with their columns. */
export const importFiles: Record<string, { columns: ColumnSpec[]; required?: boolean }> = {
  'dataset.csv': { columns: datasetColumns },
  'sources.csv': { columns: sourceColumns, required: true },
  'categories.csv': { columns: vocabularyColumns(categoriesKind) },
  'places.csv': { columns: placeColumns },
  'incidents.csv': { columns: incidentColumns, required: true },
  'reviews.csv': { columns: reviewColumns },
  'themes.csv': { columns: vocabularyColumns(themesKind) },
  'recommendations.csv': { columns: recommendationColumns },
};

export interface ImportOptions {
  folder: string;
  /** The boundaries file; default `boundaries.topo.json` in the folder, when there is one. */
  boundaries?: string;
  flags?: MetaFlags;
  /** Today as YYYY-MM-DD, for a dataset whose `updated` is not given. */
  today: string;
  /** The output's name, for problems found in the dataset that no cell explains. */
  outName?: string;
}

export interface ImportResult {
  /** The dataset, when there is no problem. */
  dataset?: Dataset;
  /** Its JSON text, as validated: what `import` writes. */
  text?: string;
  problems: Problem[];
  warnings: Problem[];
}

/** Reads the folder's CSV files by name, in any case (`Incidents.csv` from some spreadsheets). */
async function readTables(folder: string, report: Report): Promise<Map<string, CsvTable>> {
  const tables = new Map<string, CsvTable>();
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    report.problem({ file: folder }, 'is not a folder that can be read');
    return tables;
  }
  const byLowerCase = new Map(names.map((name) => [name.toLowerCase(), name]));
  for (const [file, { required }] of Object.entries(importFiles)) {
    const name = byLowerCase.get(file);
    if (name === undefined) {
      if (required)
        report.problem(
          { file },
          `is missing: the folder needs ${file} (see the template from \`civic-space-widgets init\`)`,
        );
      continue;
    }
    const table = readCsv(name, await readFile(join(folder, name)), report);
    if (table) tables.set(file, table);
  }
  for (const name of names)
    if (name.toLowerCase().endsWith('.csv') && !(name.toLowerCase() in importFiles))
      report.warning(
        { file: name },
        `is not a file import reads (it reads ${Object.keys(importFiles).join(', ')}), so it is ignored`,
      );
  return tables;
}

/** The boundaries' regions, from the file given or the folder's boundaries.topo.json. */
async function readRegions(
  options: ImportOptions,
  report: Report,
): Promise<BoundaryRegions | undefined> {
  const path = options.boundaries ?? join(options.folder, 'boundaries.topo.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (options.boundaries)
      report.problem({ file: options.boundaries }, 'cannot be read: is the path right?');
    return undefined;
  }
  // A byte order mark is no part of the JSON, as a browser's fetch reads it.
  return readBoundaryRegions(basename(path), text.replace(/^\uFEFF/, ''), report);
}

/** Reads the folder into a dataset; never throws for bad input, reports it. */
export async function importFolder(options: ImportOptions): Promise<ImportResult> {
  const report = new Report();
  const origins = new Origins();
  let tables = new Map<string, CsvTable>();
  const result = (dataset?: Dataset, text?: string): ImportResult => ({
    dataset: report.ok ? dataset : undefined,
    text: report.ok ? text : undefined,
    problems: sortProblems(
      report.problems,
      [...Object.keys(importFiles), options.outName ?? 'dataset.json'],
      new Map([...tables.values()].map((table) => [table.file, table.header])),
    ),
    warnings: report.warnings,
  });

  tables = await readTables(options.folder, report);
  const boundaries = await readRegions(options, report);
  if (!report.ok) return result();

  const lang = mainLanguageOf(tables.get('dataset.csv'), options.flags?.language, report);
  const sheets = new Map<string, Sheet>();
  for (const [file, table] of tables)
    sheets.set(file, new Sheet(table, importFiles[file]!.columns, lang, report));
  if (!report.ok) return result();
  const sheet = (file: string) => sheets.get(file);

  const { sources, referable: sourceRefs } = readSources(sheet('sources.csv')!, report, origins);
  const incidentSheet = sheet('incidents.csv')!;
  const categorySheet = sheet('categories.csv');
  const categories = categorySheet
    ? readVocabulary(categorySheet, categoriesKind, report, origins)
    : deriveVocabulary(
        incidentSheet
          .rows()
          .filter((row) => !isExample(row))
          .flatMap((row) => readList(row.cell('category'))),
        categoriesKind,
        report,
      );
  const placeSheet = sheet('places.csv');
  const places = placeSheet
    ? readPlaces(placeSheet, boundaries?.referable, report, origins)
    : undefined;
  if (!boundaries) reportRegionsWithoutBoundaries([incidentSheet, placeSheet], report);
  const incidents = readIncidents(
    incidentSheet,
    {
      categories: categories.referable,
      sources: sourceRefs,
      regions: boundaries?.referable,
      places: places?.referable,
    },
    report,
    origins,
  );

  const reviewSheet = sheet('reviews.csv');
  const recommendationSheet = sheet('recommendations.csv');
  const reviews = reviewSheet ? readReviews(reviewSheet, sourceRefs, report, origins) : [];
  const themeSheet = sheet('themes.csv');
  const themes = themeSheet
    ? readVocabulary(themeSheet, themesKind, report, origins)
    : deriveVocabulary(
        recommendationSheet ? themeValues(recommendationSheet) : [],
        themesKind,
        report,
      );
  if (recommendationSheet && !reviewSheet)
    report.problem(
      { file: 'recommendations.csv' },
      'needs reviews.csv: each recommendation belongs to a review (a UPR cycle, a resolution) listed there',
    );
  else if (recommendationSheet)
    readRecommendations(
      recommendationSheet,
      reviews,
      { themes: themes.referable, sources: sourceRefs },
      report,
      origins,
    );

  const meta = readDatasetMeta(
    sheet('dataset.csv'),
    options.flags ?? {},
    {
      folderName: basename(options.folder),
      boundaryCountry: boundaries?.country,
      today: options.today,
      sources: sourceRefs,
    },
    report,
    origins,
  );

  const dataset: Dataset = {
    schemaVersion: supportedSchemaVersion,
    ...meta,
    sources,
    categories: categories.terms,
    regions: boundaries?.regions ?? [],
    places: places?.places ?? [],
    incidents,
    themes: themes.terms,
    reviews,
  };
  // The text to be written, read back and checked exactly as <civic-dataset src> reads a file:
  // what is written is what the widgets show.
  const text = datasetJson(dataset);
  const json = parseJson(text);
  const checked = json.ok
    ? validateJsonValue(json.value)
    : { ok: false as const, error: { issues: json.issues } };
  if (!checked.ok)
    for (const issue of checked.error.issues)
      report.problem(origins.locate(issue.path, options.outName ?? 'dataset.json'), issue.message);
  return result(dataset, text);
}

/** Region cells with no boundaries to find them in: one problem per file, not one per row. */
function reportRegionsWithoutBoundaries(sheets: (Sheet | undefined)[], report: Report): void {
  for (const sheet of sheets) {
    const rows = sheet?.rows().filter((row) => row.cell('region') && !isExample(row)) ?? [];
    if (!sheet || !rows.length) continue;
    report.problem(
      { ...rows[0]!.at('region'), row: undefined },
      `${rows.length === 1 ? 'a row names a region' : `${rows.length} rows name a region`} (the first is row ${rows[0]!.row}), but there are no boundaries to find regions in: make them with \`civic-space-widgets boundaries <country> --out ${'<folder>'}/boundaries.topo.json\`, or pass --boundaries FILE`,
    );
  }
}
