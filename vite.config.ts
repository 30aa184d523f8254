import { defineConfig, type Plugin, type UserConfig } from 'vite';

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

/** The npm entry points (components.md): one per element, plus the whole library. */
const entries = {
  index: 'src/index.ts',
  dataset: 'src/dataset/index.ts',
  timeline: 'src/timeline/index.ts',
  map: 'src/map/index.ts',
  tracker: 'src/tracker/index.ts',
};

/** Runtime dependencies a bundling site resolves itself from the npm entry points. */
const external = /^(lit|@lit\/context|d3-[a-z]+|zod|topojson-client)(\/|$)/;

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    // `npm start`: the demo page, with the bundled datasets served at the site root.
    return { root: 'demo', publicDir: '../data', server: { host: true, port: 5173 } };
  }
  if (mode === 'demo') {
    // `vite build --mode demo`: the demo article and the embed builder as a static site.
    return {
      root: 'demo',
      publicDir: '../data',
      build: {
        outDir: '../dist/demo',
        emptyOutDir: true,
        rolldownOptions: { input: { index: 'demo/index.html', embed: 'demo/embed.html' } },
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
  // its page: Lit, d3, zod and the default boundaries inside, no further imports or requests.
  return {
    plugins: [trimTemplateIndentation],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'civic-space-widgets.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
});
