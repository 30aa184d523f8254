/**
 * Builds dist/civic-space-widgets.js (everything a reader sees: Lit, d3 modules, boundaries,
 * both languages; no zod: validation is generated from the schema) and fails when it weighs
 * more than the budget, gzipped, or comes without the notices of the libraries it bundles.
 * The export's code is the one file beside it, civic-space-widgets-export.js: the bundle must
 * load it only when a reader exports (a dynamic import), never before. Run by `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const budgetKb = 80;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
const read = (name: string) => readFileSync(join(root, 'dist', name));
// Level 6, zlib's default and what most servers and tools use; kB of 1,000 bytes.
const weigh = (file: Buffer) =>
  `${(file.length / 1000).toFixed(1)} kB, ${(gzipSync(file, { level: 6 }).length / 1000).toFixed(1)} kB gzip`;
const gzipKb = (file: Buffer) => gzipSync(file, { level: 6 }).length / 1000;

const bundle = read('civic-space-widgets.js');
const line = `dist/civic-space-widgets.js: ${weigh(bundle)} (budget ${budgetKb} kB)`;
if (gzipKb(bundle) > budgetKb) fail(`${line}: over budget.`);

// Exactly two scripts, and the second only behind an import() that an export runs.
const scripts = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
const exportFile = 'civic-space-widgets-export.js';
const unexpected = scripts.filter((name) => !['civic-space-widgets.js', exportFile].includes(name));
if (unexpected.length)
  fail(`dist/: unexpected scripts beside the bundle: ${unexpected.join(', ')}`);
const text = bundle.toString();
if (/\b(import|from)\s*["'`]\.\//.test(text))
  fail('dist/civic-space-widgets.js imports another file before any export: it must stand alone.');
if (!text.includes(`import(\`./${exportFile}\`)`))
  fail(`dist/civic-space-widgets.js does not load ${exportFile} on demand.`);

// Lit's and d3's licences ask for their notices to travel with the bundle.
const notices = read('civic-space-widgets.LICENSES.txt').toString();
const named = ['lit@', 'd3-geo@'].filter((name) => !notices.includes(name));
if (!bundle.subarray(0, 600).toString().includes('LICENSES.txt') || named.length)
  fail(`dist/civic-space-widgets.js: third-party notices missing (${named.join(', ')}).`);
console.log(line);
console.log(`dist/${exportFile}: ${weigh(read(exportFile))}, loaded on the first export`);
