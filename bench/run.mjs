// `npm run bench`: builds the benchmark pages in bench/ with Vite (production builds, as an
// embedder would ship them), serves them on 127.0.0.1, runs each in headless Chromium and
// prints its figures side by side. Figures are measured here, never asserted by tests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(benchDir, 'dist');
const only = process.argv.slice(2);
const pages = readdirSync(benchDir)
  // Not scratch pages (*.tmp.html, gitignored), which never report and would stall the run.
  .filter((name) => name.endsWith('.html') && !name.includes('.tmp.'))
  .filter((name) => !only.length || only.some((word) => name.includes(word)));

await build({
  root: benchDir,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, join(benchDir, p)])) },
  },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try {
    const body = await readFile(join(outDir, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // A page busy measuring 100,000 incidents can keep its main thread for minutes on 2 cores.
  protocolTimeout: 900_000,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

try {
  for (const name of pages) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
    await page.goto(`${origin}/${name}`, { waitUntil: 'domcontentloaded' });
    // Each page sets window.benchReport = { title, note, columns, rows } when it is done.
    await page.waitForFunction(() => 'benchReport' in window, { timeout: 600_000, polling: 500 });
    const report = await page.evaluate(() => window.benchReport);
    printTable(report);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

function printTable({ title, note, columns, rows }) {
  const cells = [columns, ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\n${title}`);
  if (note) console.log(note);
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row.map(String))));
}
