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

/** How a number of people is given: exactly, `{ min }` (at least) or `{ min, max }` (between). */
const peopleKind = (people: unknown) =>
  typeof people !== 'object' || people === null
    ? 'exact'
    : 'max' in people
      ? 'between'
      : 'at-least';
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

  it('the spreadsheet says what sources give only loosely, and the dataset keeps it', async () => {
    const dataset = JSON.parse(await readFile(join(folder, 'dataset.json'), 'utf8'));
    type Read = {
      date?: string;
      dateQualifier?: string;
      peopleAffected?: unknown;
      verification?: string;
    };
    const incidents: Read[] = dataset.incidents;
    const some = (what: string, test: (incident: Read) => boolean) =>
      assert.ok(incidents.some(test), `an incident ${what}`);
    some('whose date is not stated', (i) => i.date === undefined);
    for (const qualifier of ['after', 'before', 'about'])
      some(`dated ${qualifier}`, (i) => i.dateQualifier === qualifier);
    some('with at least a number of people', (i) => peopleKind(i.peopleAffected) === 'at-least');
    some('with a range of people', (i) => peopleKind(i.peopleAffected) === 'between');
    for (const status of ['verified', 'reported', 'alleged'])
      some(status, (i) => i.verification === status);
    assert.deepEqual(dataset.places[0].note, {
      en: 'Synthetic note: not a real place.',
      ko: '합성 메모: 실제 장소가 아닙니다.',
    });
  });
});
