// `import` at 1,000, 10,000 and 100,000 spreadsheet rows: time and peak memory of the built
// command-line tool, each run in a fresh Node process (import-child.mjs). The spreadsheets are
// the seeded synthetic ones of test/fixtures/synthetic-spreadsheet.ts on Armenia's provinces,
// written before the clock starts. BENCH_IMPORT_ROWS=1000,100000 picks the sizes.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { count, mb, medianRange, printTable, summarize } from '../harness/tables.mjs';

const run = promisify(execFile);
const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const boundaries = join(repoDir, 'test', 'fixtures', 'am-provinces.topo.json');

/** Runs the benchmark and prints its table; `quick`: the smallest size, once. */
export async function benchImport({ quick = false, log = console.error } = {}) {
  const sizes = process.env.BENCH_IMPORT_ROWS
    ? process.env.BENCH_IMPORT_ROWS.split(',').map(Number)
    : quick
      ? [1000]
      : [1000, 10_000, 100_000];
  const runs = quick ? 1 : 3;
  log('Building the command-line tool…');
  await build({ root: repoDir, mode: 'cli', logLevel: 'warn' });
  const rows = [];
  for (const size of sizes) {
    const folder = await mkdtemp(join(tmpdir(), 'civic-import-bench-'));
    try {
      log(`import: writing a synthetic spreadsheet of ${count(size)} rows…`);
      await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/synthetic-spreadsheet.ts',
          '--rows',
          String(size),
          '--boundaries',
          boundaries,
          '--of',
          "Armenia's provinces",
          '--out',
          folder,
        ],
        { cwd: repoDir },
      );
      const csvBytes = await folderBytes(folder, '.csv');
      const out = join(folder, 'out', 'dataset.json');
      const results = [];
      for (let i = 0; i < runs; i += 1) {
        log(`import: ${count(size)} rows, run ${i + 1} of ${runs}…`);
        const { stdout } = await run(
          process.execPath,
          [join(repoDir, 'bench', 'import', 'import-child.mjs'), folder, boundaries, out],
          {
            cwd: repoDir,
            maxBuffer: 1 << 24,
          },
        );
        const result = JSON.parse(stdout);
        if (result.code !== 0) throw new Error(`import of ${size} rows failed:\n${result.stderr}`);
        results.push(result);
      }
      const outBytes = (await stat(out)).size;
      const peak = Math.max(...results.map((r) => r.peakRss));
      rows.push([
        count(size),
        mb(csvBytes),
        medianRange(summarize(results.map((r) => r.ms))),
        mb(peak),
        mb(peak - Math.min(...results.map((r) => r.startRss))),
        mb(outBytes),
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  printTable({
    title: 'civic-space-widgets import: CSV files → validated dataset.json (Node, built CLI)',
    note: `Median (range) of ${runs} run${runs === 1 ? '' : 's'}, each a fresh Node ${process.version} process; from reading the files to the written dataset, the widgets' validation included. Peak: the process's most resident memory; above start: less what Node held when the import began.`,
    columns: ['rows', 'CSV files', 'time', 'peak memory', 'above start', 'dataset.json'],
    rows,
  });
}

async function folderBytes(folder, extension) {
  let total = 0;
  for (const name of await readdir(folder))
    if (name.endsWith(extension)) total += (await stat(join(folder, name))).size;
  return total;
}

// Run alone: node bench/import/import-bench.mjs [--quick]
if (process.argv[1] === fileURLToPath(import.meta.url))
  await benchImport({ quick: process.argv.includes('--quick') });
