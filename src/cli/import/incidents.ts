/**
 * incidents.csv → the dataset's `incidents`, one per row, in the spreadsheet's order. Required:
 * `date`, `title`, `category`, `source`; optional: `id`, `end_date`, `title_<lang>`, `summary`,
 * `summary_<lang>`, `region`, `place`, `people_affected`, `outcomes`.
 *
 * Issue 13's optional fields (date bounds, undated incidents, ranges of people, verification)
 * get columns of their own here when they land: one spec line and one reader each.
 */
import type { Incident, Place, Region, Source } from '../../data/schema.js';
import { readCount, readDate, readList } from './cell-values.js';
import type { ColumnSpec, Sheet, SheetRow } from './columns.js';
import { isExampleRow } from './example-rows.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReference, resolveReferences, type Referable } from './references.js';
import { incidentIdOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';
import type { Term } from './vocabulary.js';

export const incidentColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'date', required: true },
  { name: 'end_date' },
  { name: 'title', required: true, localized: true },
  { name: 'summary', localized: true },
  { name: 'category', required: true },
  { name: 'region' },
  { name: 'place' },
  { name: 'people_affected' },
  { name: 'outcomes' },
  { name: 'source', required: true },
];

/** The JSON field each column becomes, for messages about the dataset made. */
const incidentFields = {
  id: 'id',
  date: 'date',
  endDate: 'end_date',
  title: 'title',
  summary: 'summary',
  categoryIds: 'category',
  regionId: 'region',
  placeId: 'place',
  peopleAffected: 'people_affected',
  outcomes: 'outcomes',
  sourceIds: 'source',
};

/** What incidents refer to. Regions are undefined when no boundaries were given. */
export interface IncidentReferences {
  categories: Referable<Term>;
  sources: Referable<Source>;
  regions: Referable<Region> | undefined;
  places: Referable<Place> | undefined;
}

/** A date cell, required or optional; undefined (reported) when it is not a date. */
function dateCell(row: SheetRow, column: string, report: Report, required: boolean) {
  const text = row.cell(column);
  if (!text) {
    if (required)
      report.problem(
        row.at(column),
        'is empty: write when it happened, as 2024, 2024-09 or 2024-09-14',
      );
    return undefined;
  }
  const date = readDate(text);
  if (!date.ok) report.problem(row.at(column), date.message);
  return date.ok ? date.value : undefined;
}

/** One row's incident; its problems are reported, and what is readable is kept. */
function readIncident(row: SheetRow, refs: IncidentReferences, report: Report): Incident {
  const date = dateCell(row, 'date', report, true);
  const endDate = dateCell(row, 'end_date', report, false);
  const title = row.text('title');
  if (!title) report.problem(row.at('title'), 'is empty: every incident needs a title');

  const categories = readList(row.cell('category'));
  if (!categories.length)
    report.problem(row.at('category'), 'is empty: every incident needs at least one category');
  const sources = readList(row.cell('source'));
  if (!sources.length)
    report.problem(row.at('source'), 'is empty: every incident needs at least one source');

  const placeCell = row.cell('place');
  let place: Place | undefined;
  if (placeCell && !refs.places)
    report.problem(row.at('place'), `names a place, "${placeCell}", but there is no places.csv`);
  else if (placeCell && refs.places)
    place = resolveReference(refs.places, placeCell, row.at('place'), report);
  const regionCell = row.cell('region');
  const region =
    regionCell && refs.regions
      ? resolveReference(refs.regions, regionCell, row.at('region'), report)
      : undefined;

  const people = row.cell('people_affected');
  const count = people ? readCount(people) : undefined;
  if (count && !count.ok) report.problem(row.at('people_affected'), count.message);
  const outcomes = readList(row.cell('outcomes'));

  return {
    id: '',
    date: date ?? row.cell('date'),
    endDate,
    title: title ?? '',
    summary: row.text('summary'),
    categoryIds: resolveReferences(refs.categories, categories, row.at('category'), report),
    // A place's region stands for the incident's when the region cell is empty.
    regionId: region?.id ?? (regionCell ? undefined : place?.regionId),
    placeId: place?.id,
    peopleAffected: count?.ok ? count.value : undefined,
    outcomes: outcomes.length ? outcomes : undefined,
    sourceIds: resolveReferences(refs.sources, sources, row.at('source'), report),
  };
}

/** Every row's incident, with ids written or made from date and title. */
export function readIncidents(
  sheet: Sheet,
  refs: IncidentReferences,
  report: Report,
  origins: Origins,
): Incident[] {
  const incidents: Incident[] = [];
  const ids = new UniqueIds(report);
  const rows = sheet.rows();
  if (!rows.length)
    report.warning(
      { file: sheet.file },
      'lists no incident under its header, so the timeline and the map will be empty',
    );
  for (const row of rows) {
    if (isExampleRow(row, report)) continue;
    const incident = readIncident(row, refs, report);
    const { id, madeFrom } = idOf(row, () =>
      incidentIdOf(row.cell('date'), row.texts('title')[0] ?? ''),
    );
    if (!ids.claim(id, row, madeFrom ? 'date and title' : undefined)) continue;
    origins.add(`incidents[${incidents.length}]`, row, incidentFields);
    incidents.push({ ...incident, id });
  }
  return incidents;
}
