/**
 * The regions of a boundaries file (a TopoJSON from `civic-space-widgets boundaries`, or any
 * other), read with the map's own reader: every geometry with an id is a region, named by its
 * `properties.name`. They become the dataset's `regions`, so that the map draws every region,
 * and incidents.csv and places.csv name them.
 */
import { readBoundaries } from '../../data/boundaries.js';
import { parseJson } from '../../data/json-value.js';
import type { Region } from '../../data/schema.js';
import type { Text } from '../../data/text.js';
import { NameIndex } from './match-names.js';
import type { Report } from './problems.js';
import type { Referable } from './references.js';

/** The regions, how the spreadsheets name them, and the country the file says it covers. */
export interface BoundaryRegions {
  regions: Region[];
  referable: Referable<Region>;
  /** The ISO 3166-1 alpha-2 code, from the file's `country` member or its regions' ids. */
  country: string | undefined;
}

const textsOf = (name: Text): string[] => (typeof name === 'string' ? [name] : Object.values(name));

/**
 * The country of a boundaries file: its own `country` member when it has one; else the prefix
 * all its region ids share, as ISO 3166-2 (`AM-ER`) and HASC (`AM.ER`) codes begin with it.
 */
function countryOf(topology: unknown, ids: readonly string[]): string | undefined {
  const own =
    topology && typeof topology === 'object' && 'country' in topology
      ? (topology as { country: unknown }).country
      : undefined;
  if (typeof own === 'string' && /^[A-Za-z]{2}$/.test(own)) return own.toUpperCase();
  const prefixes = new Set(ids.map((id) => /^([A-Z]{2})[-.]/.exec(id)?.[1]));
  const [prefix] = prefixes;
  return prefixes.size === 1 ? prefix : undefined;
}

/** Reads a boundaries file's text; undefined, with every problem reported, when it cannot be used. */
export function readBoundaryRegions(
  file: string,
  text: string,
  report: Report,
): BoundaryRegions | undefined {
  const json = parseJson(text);
  const result = json.ok ? readBoundaries(json.value) : undefined;
  const issues = !json.ok ? json.issues : result && !result.ok ? result.error.issues : [];
  for (const issue of issues) report.problem({ file, path: issue.path }, issue.message);
  if (!json.ok || !result?.ok) return undefined;
  const regions: Region[] = [];
  const index = new NameIndex<Region>();
  for (const shape of result.boundaries.regions) {
    if (shape.name === undefined)
      report.warning({ file }, `the region "${shape.id}" has no name, so it is named by its id`);
    const region: Region = { id: shape.id, name: shape.name ?? shape.id };
    regions.push(region);
    index.add(region, region.id, textsOf(region.name));
  }
  return {
    regions,
    referable: {
      index,
      plural: 'regions',
      names: regions.map((region) => textsOf(region.name)[0] ?? region.id),
      idOf: (region) => region.id,
    },
    country: countryOf(
      json.value,
      regions.map((region) => region.id),
    ),
  };
}
