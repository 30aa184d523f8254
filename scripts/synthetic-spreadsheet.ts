/**
 * Writes a seeded synthetic spreadsheet (test/fixtures/synthetic-spreadsheet.ts) for the regions
 * of a boundaries file into a folder, for `civic-space-widgets import`:
 *
 *   tsx scripts/synthetic-spreadsheet.ts --rows 40 --boundaries test/fixtures/am-provinces.topo.json \
 *     --of "Armenia's provinces" --out test/fixtures/am-spreadsheet
 *
 * The round-trip fixture test/fixtures/am-spreadsheet/ is made so; the import benchmark makes
 * its 100,000-row spreadsheet with the same function.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBoundaryRegions } from '../src/cli/import/boundary-regions.js';
import { Report } from '../src/cli/import/problems.js';
import { syntheticSpreadsheet } from '../test/fixtures/synthetic-spreadsheet.js';

/** The regions of a boundaries file, each with its name in one language. */
export function regionsOf(boundaries: string): { id: string; name: string }[] {
  const read = readBoundaryRegions(boundaries, readFileSync(boundaries, 'utf8'), new Report());
  if (!read) throw new Error(`${boundaries} is not a boundaries file`);
  return read.regions.map(({ id, name }) => ({
    id,
    name: typeof name === 'string' ? name : (Object.values(name)[0] ?? id),
  }));
}

/** Writes the spreadsheet's files into `out`. */
export function writeSpreadsheet(out: string, files: Record<string, string>): void {
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      boundaries: { type: 'string' },
      of: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.rows || !values.boundaries || !values.out) {
    console.error(
      'Usage: tsx scripts/synthetic-spreadsheet.ts --rows N --boundaries FILE --out DIR [--of TEXT] [--seed N]',
    );
    process.exit(2);
  }
  const files = syntheticSpreadsheet({
    rows: Number(values.rows),
    regions: regionsOf(values.boundaries),
    of: values.of ?? 'a country',
    seed: values.seed ? Number(values.seed) : undefined,
  });
  writeSpreadsheet(values.out, files);
  console.log(`Wrote ${values.out}: ${Object.keys(files).join(', ')} (${values.rows} incidents).`);
}
