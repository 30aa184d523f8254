// The library as an embedder ships it: dist/civic-space-widgets.js, built here by the repo's
// own vite.config.ts (same plugins, same minifier) into bench/dist-bundle/, never into dist/.
// With a source map of the shipped bytes, so that a profile can name the source file of each
// function it sampled.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const bundleName = 'civic-space-widgets.js';

/**
 * Builds the bundle from src/ and returns { path, bytes, gzipBytes, map }. `map` maps positions
 * in the shipped file (what a trace reports) to source positions: see shippedPositionMap.
 */
export async function buildBundle(repoDir, outDir) {
  let beforePostProcessing;
  // Runs before the config's own generateBundle hooks, which prepend the licence banner and
  // strip template indentation after the source map was made: the map describes this code.
  const capture = {
    name: 'bench-capture-unprocessed-bundle',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk');
      beforePostProcessing = { code: chunk.code, map: chunk.map };
    },
  };
  await build({
    root: repoDir,
    configFile: join(repoDir, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [capture],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: 'hidden',
      rolldownOptions: {
        // The CSS minifier keeps no map of its own: lines inside a stylesheet module may be off,
        // which files they belong to is not, and files are all a profile is summarised by.
        onLog(level, log, handler) {
          if (log.code !== 'SOURCEMAP_BROKEN') handler(level, log);
        },
      },
    },
  });
  const path = join(outDir, bundleName);
  const code = await readFile(path);
  return {
    path,
    bytes: code.length,
    gzipBytes: gzipSync(code).length,
    map: shippedPositionMap(
      beforePostProcessing.code,
      code.toString('utf8'),
      beforePostProcessing.map,
    ),
  };
}

/** Size of a bundle given on the command line (no source map: its profile names no files). */
export async function describeBundle(path) {
  const code = await readFile(path);
  return { path, bytes: code.length, gzipBytes: gzipSync(code).length, map: undefined };
}

/**
 * The config's post-processing only prepends whole lines (the banner) and removes the leading
 * whitespace of lines (template indentation), so a shipped position (line, column) is found in
 * the unprocessed code by shifting the line by the banner's lines and the column by what was
 * removed from that line. Returns { lineOffset, indent: number[] , map } for trace-summary.
 */
function shippedPositionMap(unprocessed, shipped, map) {
  const lines = unprocessed.split('\n');
  const lineOffset = shipped.split('\n').length - lines.length;
  const indent = lines.map((line, i) => (i === 0 ? 0 : /^[ \t]*/.exec(line)[0].length));
  return { lineOffset, indent, map };
}

/**
 * The source tree of git revision `rev` (src/ and the build's configuration, as committed),
 * written to `dir` with the repo's node_modules linked in: `buildBundle(dir, …)` then builds the
 * bundle as it was, for figures before and after a change in one run of the same machine.
 */
export async function sourceTreeAt(repoDir, rev, dir) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = ['src', 'vite.config.ts', 'tsconfig.json', 'package.json'];
  const tar = execFileSync('git', ['archive', '--format=tar', rev, ...files], {
    cwd: repoDir,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  await symlink(join(repoDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
