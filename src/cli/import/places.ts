/**
 * places.csv → the dataset's `places`: `id, name, name_<lang>, region, latitude, longitude,
 * note, note_<lang>`. A place lies in a region (by name or id, as in incidents.csv); its
 * coordinates are optional, but never half given; its note says what a reader should know of
 * it (a border that moved, a former name).
 */
import type { Place, Region } from '../../data/schema.js';
import { readDegrees } from './cell-values.js';
import type { ColumnSpec, Sheet } from './columns.js';
import { isExampleRow } from './example-rows.js';
import { NameIndex } from './match-names.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReference, type Referable } from './references.js';
import { slugOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';

export const placeColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'name', required: true, localized: true },
  { name: 'region', required: true },
  { name: 'latitude' },
  { name: 'longitude' },
  { name: 'note', localized: true },
];

/** The places, and how incidents.csv refers to them. */
export function readPlaces(
  sheet: Sheet,
  regions: Referable<Region> | undefined,
  report: Report,
  origins: Origins,
): { places: Place[]; referable: Referable<Place> } {
  const places: Place[] = [];
  const index = new NameIndex<Place>();
  const ids = new UniqueIds(report);
  for (const row of sheet.rows()) {
    if (isExampleRow(row, report)) continue;
    const name = row.text('name');
    const names = row.texts('name');
    if (!name) report.problem(row.at('name'), 'is empty: every place needs a name');
    const regionCell = row.cell('region');
    let regionId: string | undefined;
    if (!regionCell) report.problem(row.at('region'), 'is empty: in which region is this place?');
    else if (regions)
      regionId = resolveReference(regions, regionCell, row.at('region'), report)?.id;
    const coordinates = readCoordinates(row.cell('latitude'), row.cell('longitude'));
    if (!coordinates.ok) report.problem(row.at(coordinates.column), coordinates.message);
    const { id, madeFrom } = idOf(row, () => slugOf(names[0] ?? '') || 'place');
    if (!ids.claim(id, row, madeFrom ? 'name' : undefined)) continue;
    const place: Place = { id, name: name ?? '', regionId: regionId ?? regionCell };
    if (coordinates.ok && coordinates.value) place.coordinates = coordinates.value;
    const note = row.text('note');
    if (note) place.note = note;
    origins.add(`places[${places.length}]`, row, {
      id: 'id',
      name: 'name',
      regionId: 'region',
      'coordinates[0]': 'longitude',
      'coordinates[1]': 'latitude',
      note: 'note',
    });
    places.push(place);
    index.add(place, id, names);
  }
  return {
    places,
    referable: {
      index,
      plural: 'places',
      names: places.map((place) => place.id),
      idOf: (place) => place.id,
    },
  };
}

type CoordinatesResult =
  | { ok: true; value: [number, number] | undefined }
  | { ok: false; column: string; message: string };

/** `[longitude, latitude]`, as the dataset writes them, from the two cells; both or neither. */
function readCoordinates(latitude: string, longitude: string): CoordinatesResult {
  if (!latitude && !longitude) return { ok: true, value: undefined };
  if (!latitude || !longitude) {
    const column = latitude ? 'longitude' : 'latitude';
    return { ok: false, column, message: `is empty: give both latitude and longitude, or neither` };
  }
  const lat = readDegrees(latitude, 90);
  if (!lat.ok) return { ok: false, column: 'latitude', message: lat.message };
  const lon = readDegrees(longitude, 180);
  if (!lon.ok) return { ok: false, column: 'longitude', message: lon.message };
  return { ok: true, value: [lon.value, lat.value] };
}
