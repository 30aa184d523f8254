// `npm run bench`: what a reader gets, cold, beside the peers, and the warm figures.
//
//   npm run bench                      cold runs of the three widgets, then the warm pages
//   npm run bench -- timeline          only what names "timeline" (cold widget, warm page)
//   npm run bench -- --quick           the smallest size, 2 runs: checks the harness works
//   npm run bench -- --cold | --warm   one of the two only
//   npm run bench -- import            only the command-line tool's import, in Node (1,000 to
//                                      100,000 spreadsheet rows; bench/import/import-bench.mjs)
//   npm run bench -- --bundle <file>   cold runs of ours with another build of the bundle
//   npm run bench -- --ref HEAD        … with the bundle built from a commit's src/ (before/after)
//   npm run bench -- --profile timeline [--way src|data|linked|timeline-plot|…] [--runs 3]
//                                      traced cold runs per size up to 10,000: where time goes
//
// Cold: each run in a fresh browsing context loading the production bundle and a synthetic
// dataset file, as a reader's first visit does (bench/harness/, bench/cold/). Warm: the pages
// bench/*.html, built by Vite, each timing runs after a warm-up in one page. Figures are
// measured here and printed, never asserted: no test depends on them.
import { cpus, loadavg, tmpdir } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, describeBundle, sourceTreeAt } from './harness/build-bundle.mjs';
import { buildColdPeerPage, buildWarmPages } from './harness/build-pages.mjs';
import { startBenchServer } from './harness/bench-server.mjs';
import { blankHeap, runColdWidget } from './harness/cold-bench.mjs';
import { coldWidgets, profileSizesFor } from './harness/cold-cases.mjs';
import { launchBrowser } from './harness/cold-run.mjs';
import { coldNotes, coldTable } from './harness/cold-table.mjs';
import { datasetTexts } from './harness/datasets.mjs';
import { profileWidget } from './harness/profile.mjs';
import { printTable } from './harness/tables.mjs';
import { benchImport } from './import/import-bench.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = resolve(benchDir, '..');
const args = parseArgs(process.argv.slice(2));
const log = (line) => process.stderr.write(`${line}\n`);

const matches = (name) => !args.words.length || args.words.some((word) => name.includes(word));
const coldCases = args.profile
  ? coldWidgets.filter((c) => c.widget === args.profile)
  : args.warm
    ? []
    : coldWidgets.filter((c) => matches(c.widget));
// The warm pages import src/ as it is now: with another bundle (--bundle, --ref) they would not
// measure the same code as the cold runs, so they are left out.
const warmPages =
  args.profile || args.cold || args.bundle || args.ref
    ? []
    : readdirSync(benchDir)
        // Not scratch pages (*.tmp.html, gitignored), which never report and would stall the run.
        .filter((name) => name.endsWith('.html') && !name.includes('.tmp.'))
        .filter(matches);
if (args.profile && !coldCases.length) {
  throw new Error(`--profile takes one of: ${coldWidgets.map((c) => c.widget).join(', ')}`);
}

// The browser benchmarks (cold and warm), unless only Node's are asked for.
if (coldCases.length || warmPages.length) await browserBenchmarks();

// The command-line tool's import, in Node: time and peak memory at up to 100,000 rows.
// Not with the options that concern the browser bundle's cold runs (--cold, --bundle, --ref).
const nodeOnlyLeftOut = args.profile || args.cold || args.bundle || args.ref;
if (!nodeOnlyLeftOut && matches('import')) await benchImport({ quick: args.quick, log });

/** Builds the bundle and pages, serves them, runs the cold cases and warm pages or the profile. */
async function browserBenchmarks() {
  log('Building the bundle and the benchmark pages…');
  const bundle = args.bundle
    ? await describeBundle(resolve(args.bundle))
    : args.ref
      ? await buildBundle(
          // Outside the repo: tsconfig.json includes bench/, and a second src/ would not check.
          await sourceTreeAt(repoDir, args.ref, join(tmpdir(), 'civic-space-widgets-bench-ref')),
          join(benchDir, 'dist-ref', 'bundle'),
        )
      : await buildBundle(repoDir, join(benchDir, 'dist-bundle'));
  const peerUrls = {};
  const peerSizes = {};
  for (const peer of new Set(coldCases.flatMap((c) => c.contenders.map((x) => x.peer)))) {
    if (!peer || (args.profile && args.way !== peer)) continue;
    const built = await buildColdPeerPage(
      join(benchDir, 'cold'),
      peer,
      join(benchDir, 'dist-cold'),
      '/peer/',
    );
    peerUrls[peer] = built.url;
    peerSizes[peer] = kB(built.gzipBytes);
  }
  if (warmPages.length) await buildWarmPages(benchDir, warmPages, join(benchDir, 'dist'));
  const datasets = await datasetTexts(
    coldCases.map((c) => ({
      widget: c.widget,
      sizes: args.profile ? profileSizesFor(c, args.quick) : c.sizes,
    })),
  );

  const server = await startBenchServer({
    files: {
      '/cold/': join(benchDir, 'cold'),
      '/peer/': join(benchDir, 'dist-cold'),
      '/': join(benchDir, 'dist'),
    },
    bundlePath: bundle.path,
    datasets,
  });
  const browser = await launchBrowser();
  const context = {
    browserVersion: (await browser.version()).replace(/^(Headless)?Chrome\//, ''),
    bundleLabel: `${relative(repoDir, bundle.path)}, ${kB(bundle.gzipBytes)}, ${
      args.bundle ? 'as given' : args.ref ? `built from ${args.ref}'s src/` : 'built from src/ now'
    }`,
    bundleGzip: kB(bundle.gzipBytes),
    peerSizes,
  };
  log(
    `Chromium ${context.browserVersion}; ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the start; bundle ${context.bundleLabel}.`,
  );

  try {
    if (args.profile) {
      await profileWidget(browser, server.origin, coldCases[0], {
        way: args.way,
        runs: args.runs,
        quick: args.quick,
        peerUrls,
        bundle,
        outDir: join(benchDir, 'dist-profile'),
        log,
      });
    } else {
      const cold = [];
      if (coldCases.length) context.blankHeap = await blankHeap(browser, server.origin);
      for (const widgetCase of coldCases) {
        log(`Cold runs: ${widgetCase.title}…`);
        cold.push([
          widgetCase,
          await runColdWidget(browser, server.origin, widgetCase, { quick: args.quick, peerUrls }),
        ]);
      }
      const warm = new Map();
      for (const name of warmPages) {
        log(`Warm page ${name}…`);
        warm.set(
          name,
          await runWarmPage(browser, `${server.origin}/${name}${args.quick ? '?quick' : ''}`),
        );
      }
      if (cold.length) console.log(`\n${coldNotes(context)}`);
      for (const [widgetCase, bySize] of cold) {
        const table = coldTable(widgetCase, bySize, warm.get(widgetCase.warmPage)?.values, context);
        printTable(table);
        table.failures.forEach((failure) => console.log(`  failed: ${failure}`));
      }
      for (const report of warm.values()) {
        printTable({
          ...report,
          title: `${report.title}: warm (after a warm-up run in the same page)`,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    log(`Load average ${loadavg()[0].toFixed(2)} at the end (${cpus().length} cores).`);
  }
}

/** A warm page, as before: one page, which times its runs itself and sets window.benchReport. */
async function runWarmPage(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 700 });
    page.on('pageerror', (error) => log(`${url}: ${error.message}`));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => 'benchReport' in window, { timeout: 900_000, polling: 500 });
    return await page.evaluate(() => window.benchReport);
  } finally {
    await page.close();
  }
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB gzip`;
}

function parseArgs(argv) {
  const parsed = { words: [], quick: false, cold: false, warm: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') parsed.quick = true;
    else if (arg === '--cold') parsed.cold = true;
    else if (arg === '--warm') parsed.warm = true;
    else if (arg === '--profile') parsed.profile = argv[++i];
    else if (arg === '--way') parsed.way = argv[++i];
    else if (arg === '--bundle') parsed.bundle = argv[++i];
    else if (arg === '--ref') parsed.ref = argv[++i];
    else if (arg === '--runs') parsed.runs = Number(argv[++i]);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else parsed.words.push(arg);
  }
  return parsed;
}
