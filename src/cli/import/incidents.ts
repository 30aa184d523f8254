/**
 * incidents.csv → the dataset's `incidents`, one per row, in the spreadsheet's order. Required:
 * `date`, `title`, `category`, `source`; optional: `id`, `date_qualifier`, `end_date`,
 * `title_<lang>`, `summary`, `summary_<lang>`, `region`, `place`, `people_affected`,
 * `verification`, `outcomes`. What a source gives only loosely (dataset.md, "Uncertain
 * records") is written in words: `not stated` for no date, `after 2024-10` across two columns,
 * `30+` or `12-20` people, `reported`.
 */
import type { Incident, Place, Region, Source, Verification } from '../../data/schema.js';
import { verificationStatuses } from '../../data/schema.js';
import { readChoice, readList, readPeople } from './cell-values.js';
import type { ColumnSpec, Sheet, SheetRow } from './columns.js';
import { isExampleRow } from './example-rows.js';
import { isDateNotStated, readIncidentDates } from './incident-date-cells.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReference, resolveReferences, type Referable } from './references.js';
import { incidentIdOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';
import type { Term } from './vocabulary.js';

export const incidentColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'date', required: true },
  { name: 'date_qualifier' },
  { name: 'end_date' },
  { name: 'title', required: true, localized: true },
  { name: 'summary', localized: true },
  { name: 'category', required: true },
  { name: 'region' },
  { name: 'place' },
  { name: 'people_affected' },
  { name: 'verification' },
  { name: 'outcomes' },
  { name: 'source', required: true },
];

/** The JSON field each column becomes, for messages about the dataset made. */
const incidentFields = {
  id: 'id',
  date: 'date',
  dateQualifier: 'date_qualifier',
  endDate: 'end_date',
  title: 'title',
  summary: 'summary',
  categoryIds: 'category',
  regionId: 'region',
  placeId: 'place',
  peopleAffected: 'people_affected',
  verification: 'verification',
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

/** The `verification` cell: how sure the source is, or undefined (empty, or reported). */
function readVerification(row: SheetRow, report: Report): Verification | undefined {
  const text = row.cell('verification');
  if (!text) return undefined;
  const status = readChoice(text, verificationStatuses);
  if (!status.ok)
    report.problem(
      row.at('verification'),
      `${status.message}; leave it empty when the dataset does not assess its sources`,
    );
  return status.ok ? status.value : undefined;
}

/** One row's incident; its problems are reported, and what is readable is kept. */
function readIncident(row: SheetRow, refs: IncidentReferences, report: Report): Incident {
  const { date, undated, dateQualifier, endDate } = readIncidentDates(row, report);
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
  const count = people ? readPeople(people) : undefined;
  if (count && !count.ok) report.problem(row.at('people_affected'), count.message);
  const outcomes = readList(row.cell('outcomes'));

  return {
    id: '',
    // An unreadable date (reported) is kept as written, so that the record keeps its shape.
    date: undated ? undefined : (date ?? row.cell('date')),
    dateQualifier,
    endDate,
    title: title ?? '',
    summary: row.text('summary'),
    categoryIds: resolveReferences(refs.categories, categories, row.at('category'), report),
    // A place's region stands for the incident's when the region cell is empty.
    regionId: region?.id ?? (regionCell ? undefined : place?.regionId),
    placeId: place?.id,
    peopleAffected: count?.ok ? count.value : undefined,
    verification: readVerification(row, report),
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
    // `not stated` in any of its spellings makes one id: `undated-<title>`.
    const dateCell = row.cell('date');
    const { id, madeFrom } = idOf(row, () =>
      incidentIdOf(isDateNotStated(dateCell) ? 'undated' : dateCell, row.texts('title')[0] ?? ''),
    );
    if (!ids.claim(id, row, madeFrom ? 'date and title' : undefined)) continue;
    origins.add(`incidents[${incidents.length}]`, row, incidentFields);
    incidents.push({ ...incident, id });
  }
  return incidents;
}
