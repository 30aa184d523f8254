import { defineConfig } from 'vite';

// Storybook's own Vite config, used instead of the repo root's per-command function config
// (see viteConfigPath in main.ts). Storybook supplies root, base, plugins and outDir itself.
export default defineConfig({
  // Lit legacy decorators + no define-semantics class fields (tsconfig's experimentalDecorators /
  // useDefineForClassFields: false). Vite 8's oxc transform already derives these from
  // tsconfig.json, but only for files in its `include`; stating them keeps any story file safe.
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
});
