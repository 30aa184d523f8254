import { defineConfig, type UserConfig } from 'vite';

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
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'civic-space-widgets.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
});
