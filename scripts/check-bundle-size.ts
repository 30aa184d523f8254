/**
 * Builds dist/civic-space-widgets.js (everything: Lit, d3 modules, boundaries, both languages;
 * no zod: validation is generated from the schema) and fails when it weighs more than the
 * budget, gzipped, or comes without the notices of the libraries it bundles. Run by `npm test`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const budgetKb = 80;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
const bundle = readFileSync(join(root, 'dist/civic-space-widgets.js'));
// Level 6, zlib's default and what most servers and tools use; kB of 1,000 bytes.
const kb = gzipSync(bundle, { level: 6 }).length / 1000;
const line = `dist/civic-space-widgets.js: ${(bundle.length / 1000).toFixed(1)} kB, ${kb.toFixed(1)} kB gzip (budget ${budgetKb} kB)`;
if (kb > budgetKb) {
  console.error(`${line}: over budget.`);
  process.exit(1);
}
// Lit's and d3's licences ask for their notices to travel with the bundle.
const notices = readFileSync(join(root, 'dist/civic-space-widgets.LICENSES.txt'), 'utf8');
const named = ['lit@', 'd3-geo@'].filter((name) => !notices.includes(name));
if (!bundle.subarray(0, 600).toString().includes('LICENSES.txt') || named.length) {
  console.error(`dist/civic-space-widgets.js: third-party notices missing (${named.join(', ')}).`);
  process.exit(1);
}
console.log(line);
