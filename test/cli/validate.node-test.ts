/**
 * `civic-space-widgets validate`: the widgets' own validation of a dataset file, every issue
 * with its JSON path, as text or as JSON for a data team's CI; exit 0 valid, 1 invalid, 2 misuse.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, fixture, tempFolder, writeFiles } from './run-cli.js';

const valid = fixture('am-spreadsheet/dataset.json');

/** A dataset with two problems: an unknown region and a date of month 13. */
const invalid = JSON.stringify({
  schemaVersion: 1,
  id: 'synthetic',
  title: 'Synthetic test data',
  updated: '2025-01',
  country: { code: 'AM', name: 'Armenia' },
  sources: [{ id: 'syn', publisher: 'Synthetic publisher' }],
  categories: [{ id: 'arrest', label: 'Arrests' }],
  regions: [],
  places: [],
  incidents: [
    {
      id: 'a',
      date: '2024-13',
      title: 'Synthetic A',
      categoryIds: ['arrest'],
      regionId: 'AM-99',
      sourceIds: ['syn'],
    },
  ],
  themes: [],
  reviews: [],
});

describe('validate', () => {
  it('a valid dataset: exit 0', async () => {
    const run = await cli(fixture('.'), 'validate', 'am-spreadsheet/dataset.json');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'am-spreadsheet/dataset.json is valid.\n');
  });

  it('an invalid dataset: every issue with its JSON path, exit 1', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'bad.json': invalid });
    const run = await cli(folder, 'validate', 'bad.json');
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      [
        'bad.json at incidents[0].date: "2024-13" is not a real calendar date',
        'bad.json at incidents[0].regionId: "AM-99" is not one of the regions',
        '',
        'bad.json has 2 problems; the widgets would show an error instead of it.',
        '',
      ].join('\n'),
    );
  });

  it('--json: machine-readable issues with path, code, message and params', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'bad.json': invalid });
    const run = await cli(folder, 'validate', 'bad.json', '--json');
    assert.equal(run.code, 1);
    const result = JSON.parse(run.stdout);
    assert.equal(result.valid, false);
    assert.deepEqual(
      result.issues.map((issue: { path: string; code: string }) => [issue.path, issue.code]),
      [
        ['incidents[0].date', 'real-date'],
        ['incidents[0].regionId', 'unknown-reference'],
      ],
    );
    assert.deepEqual(result.issues[1].params, { value: 'AM-99', collection: 'regions' });
    const ok = await cli(fixture('.'), 'validate', 'am-spreadsheet/dataset.json', '--json');
    assert.deepEqual(JSON.parse(ok.stdout), {
      file: 'am-spreadsheet/dataset.json',
      valid: true,
      issues: [],
    });
  });

  it('a file that is not JSON: the line and column of the error, exit 1', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'broken.json': '{\n  "schemaVersion": 1,\n  id: "x"\n}\n' });
    const run = await cli(folder, 'validate', 'broken.json');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^the file is not valid JSON \(.*line 3, column 3.*\)\n/);
  });

  it('a byte order mark is no error, as in a browser', async () => {
    const folder = await tempFolder();
    const { readFile } = await import('node:fs/promises');
    await writeFiles(folder, { 'bom.json': `\uFEFF${await readFile(valid, 'utf8')}` });
    assert.equal((await cli(folder, 'validate', 'bom.json')).code, 0);
  });

  it('a file that does not exist: exit 1; no file or an unknown flag: misuse, exit 2', async () => {
    const folder = await tempFolder();
    const missing = await cli(folder, 'validate', 'nope.json');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^nope\.json could not be loaded \(there is no such file\)/);
    const none = await cli(folder, 'validate');
    assert.equal(none.code, 2);
    assert.match(
      none.stderr,
      /validate: missing argument.*\nRun "civic-space-widgets validate --help"/,
    );
    const flag = await cli(folder, 'validate', 'x.json', '--strict');
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /Unknown option '--strict'/);
  });
});
