// Production builds of the benchmark pages with Vite (minified, as a site ships them): the warm
// pages (bench/*.html, one build) and each peer's cold page (bench/cold/*.html, one build each,
// so that a page loads its own bundle and nothing of the other peer's).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Pages carry whole chart libraries: Vite's warning about chunks over 500 kB is expected. */
const chunkSizeWarningLimit = 10_000;

/** Builds `pages` (file names in `benchDir`) into `outDir`. */
export async function buildWarmPages(benchDir, pages, outDir) {
  await build({
    root: benchDir,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit,
      rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, join(benchDir, p)])) },
    },
  });
}

/**
 * Builds the cold page `name` (bench/cold/<name>.html) into `outDir`/<name>/, to be served at
 * `${urlPrefix}${name}/`; returns { url, gzipBytes } (its URL path, its scripts' gzip size).
 */
export async function buildColdPeerPage(coldDir, name, outDir, urlPrefix) {
  await build({
    root: coldDir,
    configFile: false,
    logLevel: 'warn',
    base: `${urlPrefix}${name}/`,
    build: {
      outDir: join(outDir, name),
      emptyOutDir: true,
      chunkSizeWarningLimit,
      rolldownOptions: { input: { [name]: join(coldDir, `${name}.html`) } },
    },
  });
  const assets = join(outDir, name, 'assets');
  let gzipBytes = 0;
  for (const file of await readdir(assets)) {
    if (file.endsWith('.js')) gzipBytes += gzipSync(await readFile(join(assets, file))).length;
  }
  return { url: `${urlPrefix}${name}/${name}.html`, gzipBytes };
}
