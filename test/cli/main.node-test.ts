/**
 * The tool as a whole: `--help` on the tool and on every command, `--version`, exit code 2 for
 * misuse; the built bin run as `npx civic-space-widgets` runs it; `serve` serves a folder.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { commands } from '../../src/cli/main.js';
import { startServer } from '../../src/cli/serve/serve-command.js';
import { cli, exists, fixture, repoRoot, tempFolder, writeFiles } from './run-cli.js';

const names = ['init', 'boundaries', 'import', 'validate', 'serve', 'render'];

describe('civic-space-widgets', () => {
  it('--help lists every command, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli(repoRoot, flag);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: civic-space-widgets <command>/);
      for (const name of names) assert.match(run.stdout, new RegExp(`^  ${name} +\\S`, 'm'));
    }
    assert.deepEqual(
      commands.map((command) => command.name),
      names,
    );
  });

  it('every command has --help: its usage and an example, exit 0', async () => {
    for (const name of names) {
      for (const flag of ['--help', '-h']) {
        const run = await cli(repoRoot, name, flag);
        assert.equal(run.code, 0, `${name} ${flag}`);
        assert.match(run.stdout, new RegExp(`^Usage: civic-space-widgets ${name}`), name);
        assert.match(run.stdout, /Example/, name);
      }
    }
  });

  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
    assert.deepEqual(await cli(repoRoot, '--version'), {
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('an unknown command, or none, is misuse: exit 2 with the command list', async () => {
    const unknown = await cli(repoRoot, 'imprt');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /"imprt" is not a command\.[^]*  import  /);
    const none = await cli(repoRoot);
    assert.equal(none.code, 2);
    assert.match(none.stdout, /^Usage/);
  });

  it('misuse of a command (a missing argument, an unknown flag) is exit 2 and says where the help is', async () => {
    for (const args of [
      ['import'],
      ['init'],
      ['serve'],
      ['import', 'x', '--bondaries', 'y'],
      ['import', 'a', 'b'],
    ]) {
      const run = await cli(repoRoot, ...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, new RegExp(`Run "civic-space-widgets ${args[0]} --help"`));
    }
  });
});

describe('bin/civic-space-widgets.js (the built tool, as npx runs it)', () => {
  const run = promisify(execFile);
  const bin = join(repoRoot, 'bin', 'civic-space-widgets.js');

  it('runs dist/cli/main.js: --help, and an import end to end', async () => {
    assert.ok(
      await exists(join(repoRoot, 'dist', 'cli', 'main.js')),
      'npm run build:cli first (npm run test:node does)',
    );
    const help = await run(process.execPath, [bin, '--help']);
    assert.match(help.stdout, /^Usage: civic-space-widgets <command>/);
    const out = join(await tempFolder(), 'dataset.json');
    await run(process.execPath, [
      bin,
      'import',
      fixture('am-spreadsheet'),
      '--boundaries',
      fixture('am-provinces.topo.json'),
      '--out',
      out,
    ]);
    assert.equal(
      await readFile(out, 'utf8'),
      await readFile(fixture('am-spreadsheet/dataset.json'), 'utf8'),
    );
  });

  it('sets the exit code: 1 for invalid input', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'bad.json': '{}' });
    await assert.rejects(
      run(process.execPath, [bin, 'validate', join(folder, 'bad.json')]),
      (error: { code?: number }) => error.code === 1,
    );
  });
});

describe('serve', () => {
  it("serves the folder's files on 127.0.0.1, and nothing outside it", async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      'index.html': '<!doctype html><title>t</title>',
      'dataset.json': '{}',
    });
    const server = await startServer(folder, 0);
    try {
      const address = server.address();
      assert.ok(address && typeof address === 'object');
      assert.equal(address.address, '127.0.0.1');
      const origin = `http://127.0.0.1:${address.port}`;
      const page = await fetch(`${origin}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(await page.text(), '<!doctype html><title>t</title>');
      const data = await fetch(`${origin}/dataset.json`);
      assert.match(data.headers.get('content-type') ?? '', /^application\/json/);
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/nope.json'])
        assert.equal((await fetch(`${origin}${path}`)).status, 404, path);
      assert.equal((await fetch(`${origin}/`, { method: 'POST' })).status, 405);
    } finally {
      server.close();
    }
  });

  it('refuses a folder without index.html', async () => {
    const run = await cli(await tempFolder(), 'serve', '.');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /has no index\.html: make one with "civic-space-widgets init \."/);
  });
});
