/**
 * `civic-space-widgets init`: template spreadsheets with two example rows each (marked, and
 * refused by `import` until replaced), a README, an index.html for the three widgets on the
 * dataset the folder will produce, and the widgets' bundle copied beside it.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeInitCommand } from '../../src/cli/init/init-command.js';
import { cli, exists, fixture, problemLines, repoRoot, tempFolder, writeFiles } from './run-cli.js';

const templates = join(repoRoot, 'data', 'templates');
const templateCsvs = [
  'categories.csv',
  'dataset.csv',
  'incidents.csv',
  'places.csv',
  'recommendations.csv',
  'reviews.csv',
  'sources.csv',
];

/** `init` with a stand-in bundle, so the test does not depend on `npm run build`. */
async function initInto(folder: string, ...flags: string[]) {
  const dist = await tempFolder();
  await writeFiles(dist, {
    'civic-space-widgets.js': '/* stand-in bundle */\n',
    'civic-space-widgets.LICENSES.txt': 'stand-in licences\n',
  });
  const init = makeInitCommand(() => ({
    templates,
    bundle: [join(dist, 'civic-space-widgets.js'), join(dist, 'civic-space-widgets.LICENSES.txt')],
  }));
  let stdout = '';
  let stderr = '';
  const code = await init.run([folder, ...flags], {
    cwd: repoRoot,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('init', () => {
  it('writes the templates, the README, index.html and the bundle', async () => {
    const folder = join(await tempFolder(), 'my-country');
    const run = await initInto(folder);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      (await readdir(folder)).sort(),
      [
        'README.md',
        ...templateCsvs,
        'civic-space-widgets.LICENSES.txt',
        'civic-space-widgets.js',
        'index.html',
      ].sort(),
    );
    assert.equal(
      await readFile(join(folder, 'civic-space-widgets.js'), 'utf8'),
      '/* stand-in bundle */\n',
    );
    assert.match(run.stdout, /civic-space-widgets import .*my-country/);
  });

  it('index.html embeds the three widgets on dataset.json and boundaries.topo.json, with the local bundle', async () => {
    const html = await readFile(join(templates, 'index.html'), 'utf8');
    assert.match(html, /<script type="module" src="\.\/civic-space-widgets\.js"><\/script>/);
    assert.match(html, /<civic-dataset src="\.\/dataset\.json">/);
    assert.match(html, /<civic-province-map geo="\.\/boundaries\.topo\.json">/);
    assert.match(html, /<civic-incident-timeline>/);
    assert.match(html, /<civic-recommendation-tracker>/);
    assert.doesNotMatch(html, /https?:\/\//, 'no CDN, no request elsewhere');
  });

  it('each template has a header and two example rows (dataset.csv one), every row marked EXAMPLE:', async () => {
    const { parse } = await import('csv-parse/sync');
    for (const name of templateCsvs) {
      const [, ...rows] = parse(await readFile(join(templates, name), 'utf8')) as string[][];
      assert.equal(rows.length, name === 'dataset.csv' ? 1 : 2, name);
      for (const row of rows)
        assert.ok(
          row.some((cell) => cell.startsWith('EXAMPLE:')),
          `${name}: ${row.join(',')}`,
        );
    }
  });

  it('import refuses the untouched templates, naming every example row, and reads every template column', async () => {
    const folder = join(await tempFolder(), 'my-country');
    await initInto(folder);
    const run = await cli(folder, 'import', '.', '--boundaries', fixture('am-provinces.topo.json'));
    assert.equal(run.code, 1);
    const examples = problemLines(run).filter((line) =>
      line.includes('is an example row from the template'),
    );
    assert.deepEqual(
      examples.map((line) => line.split(':')[0]),
      [
        'dataset.csv row 2',
        'sources.csv row 2',
        'sources.csv row 3',
        'categories.csv row 2',
        'categories.csv row 3',
        'places.csv row 2',
        'places.csv row 3',
        'incidents.csv row 2',
        'incidents.csv row 3',
        'reviews.csv row 2',
        'reviews.csv row 3',
        'recommendations.csv row 2',
        'recommendations.csv row 3',
      ],
    );
    assert.doesNotMatch(run.stderr, /is not a column this tool reads/);
    assert.equal(await exists(join(folder, 'dataset.json')), false);
  });

  it("the templates' example rows, with their marks taken out, are a valid spreadsheet", async () => {
    const folder = join(await tempFolder(), 'my-country');
    await initInto(folder);
    for (const name of templateCsvs) {
      const text = await readFile(join(folder, name), 'utf8');
      // A region the boundaries have, where the template asks for one.
      await writeFile(
        join(folder, name),
        text
          .replaceAll('EXAMPLE: the name or id of its region', 'Lori')
          .replaceAll('EXAMPLE: ', ''),
      );
    }
    const run = await cli(folder, 'import', '.', '--boundaries', fixture('am-provinces.topo.json'));
    assert.equal(run.code, 0, run.stderr);
  });

  it('writes over nothing: a folder with those files is refused unless --force', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'incidents.csv': 'my own data\n' });
    const refused = await initInto(folder);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already has incidents\.csv: nothing was written/);
    assert.equal(await readFile(join(folder, 'incidents.csv'), 'utf8'), 'my own data\n');
    assert.equal(await exists(join(folder, 'README.md')), false);
    const forced = await initInto(folder, '--force');
    assert.equal(forced.code, 0);
    assert.notEqual(await readFile(join(folder, 'incidents.csv'), 'utf8'), 'my own data\n');
  });

  it('warns when the bundle is not built, and still writes the rest', async () => {
    const folder = join(await tempFolder(), 'my-country');
    const init = makeInitCommand(() => ({ templates, bundle: [join(folder, '..', 'missing.js')] }));
    let stderr = '';
    const code = await init.run([folder], {
      cwd: repoRoot,
      stdout: () => {},
      stderr: (t) => (stderr += t),
    });
    assert.equal(code, 0);
    assert.match(stderr, /warning: missing\.js is not built yet.*npm run build/);
    assert.ok(await exists(join(folder, 'index.html')));
  });
});
