/**
 * The round trip's Node half: the synthetic Armenian spreadsheet in test/fixtures/am-spreadsheet/
 * is what the seeded generator writes, and importing it gives exactly the committed
 * dataset.json beside it, which test/cli/round-trip.test.ts then shows in the three widgets in
 * both browsers. A change to `import` that changes its output fails here until the fixture is
 * refreshed (the command is in the message), so the browsers never test a stale file.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { regionsOf } from '../../scripts/synthetic-spreadsheet.js';
import { syntheticSpreadsheet } from '../fixtures/synthetic-spreadsheet.js';
import { cli, fixture, tempFolder } from './run-cli.js';

const folder = fixture('am-spreadsheet');
const boundaries = fixture('am-provinces.topo.json');
const refresh =
  'refresh it with npx tsx scripts/synthetic-spreadsheet.ts --rows 40 --boundaries test/fixtures/am-provinces.topo.json --of "Armenia\'s provinces" --out test/fixtures/am-spreadsheet';

describe('round trip: a spreadsheet for Armenia', () => {
  it('the committed CSV files are what the seeded generator writes', async () => {
    const files = syntheticSpreadsheet({
      rows: 40,
      regions: regionsOf(boundaries),
      of: "Armenia's provinces",
    });
    for (const [name, text] of Object.entries(files))
      assert.equal(
        await readFile(join(folder, name), 'utf8'),
        text,
        `${name} is stale: ${refresh}`,
      );
  });

  it('importing them gives exactly the committed dataset.json, with every row and region', async () => {
    const out = join(await tempFolder(), 'dataset.json');
    const run = await cli(folder, 'import', '.', '--boundaries', boundaries, '--out', out);
    assert.equal(run.code, 0, run.stderr);
    const imported = await readFile(out, 'utf8');
    assert.equal(
      imported,
      await readFile(join(folder, 'dataset.json'), 'utf8'),
      'test/fixtures/am-spreadsheet/dataset.json is stale: refresh it with npm run build:cli && node bin/civic-space-widgets.js import test/fixtures/am-spreadsheet --boundaries test/fixtures/am-provinces.topo.json',
    );
    const dataset = JSON.parse(imported);
    assert.equal(dataset.incidents.length, 40);
    assert.equal(dataset.regions.length, 11);
    const located = new Set(
      dataset.incidents.map((incident: { regionId?: string }) => incident.regionId),
    );
    for (const region of dataset.regions)
      assert.ok(located.has(region.id), `an incident in ${region.id}`);
    assert.equal(dataset.reviews[0].recommendations.length, 6);
  });
});
