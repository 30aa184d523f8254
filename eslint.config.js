import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

// Dataset text must never become markup or code (components.md: "What the widgets never do").
const unsafeTemplates = [
  { name: 'lit/directives/unsafe-html.js', message: 'Dataset text is shown as text.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'Dataset text is shown as text.' },
  { name: 'lit/static-html.js', message: 'Templates are static; use bindings.' },
];

// The layers of src/, lowest first: a module imports only from its own layer or lower ones, and
// a widget never from another widget. data → filter → provider → shared → the elements.
const widgets = ['timeline', 'map', 'tracker'];
const layers = [['data'], ['filter'], ['provider'], ['shared'], ['dataset', ...widgets]];
const layerRules = layers.flatMap((folders, level) => {
  const above = layers.slice(level + 1).flat();
  return folders.map((folder) => {
    const forbidden = [...above, ...(widgets.includes(folder) ? widgets : []), 'cli'].filter(
      (other) => other !== folder,
    );
    return {
      files: [`src/${folder}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: unsafeTemplates,
            patterns: forbidden.length
              ? [
                  {
                    group: forbidden.map((other) => `../${other}/*`),
                    message: `src/${folder}/ may import only from its own layer or lower ones (data → filter → provider → shared → elements), a widget never from another widget, and nothing from the command-line tool (src/cli/).`,
                  },
                ]
              : [],
          },
        ],
      },
    };
  });
});

// The command-line tool (src/cli/) runs in Node: it reads datasets as the widgets do (src/data,
// src/filter) and imports no browser code; no browser code imports it (the layers above).
const browserFolders = ['provider', 'shared', 'dataset', ...widgets];
const cliRule = {
  files: ['src/cli/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: unsafeTemplates,
        patterns: [
          {
            group: [...browserFolders.map((folder) => `**/${folder}/*`), 'lit', 'lit/*', '@lit/*'],
            message:
              'src/cli/ runs in Node: it may import src/data and src/filter, never browser code.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'bench/dist/',
      'bench/dist-*/',
      '**/*.tmp.*',
      'storybook-static/',
      'coverage/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { paths: unsafeTemplates }],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Rendering is deterministic; seed synthetic data.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...layerRules,
  cliRule,
  {
    // `render` draws a widget's picture in Node from the widget's own pure modules (its model,
    // export, picture and style sheet), so that the two cannot drift apart; never an element,
    // nor what needs a page (the providers, <civic-dataset>, the widget skeleton).
    files: ['src/cli/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: unsafeTemplates,
          patterns: [
            {
              group: [
                '**/provider/*',
                '**/dataset/*',
                '**/shared/civic-widget.js',
                '**/shared/widget-export.js',
                '**/incident-timeline.js',
                '**/province-map.js',
                '**/recommendation-tracker.js',
                'lit',
                'lit/*',
              ],
              message:
                "src/cli/render/ runs in Node: it may import the widgets' pure modules, never an element or code that needs a page.",
            },
          ],
        },
      ],
    },
  },
  {
    // src/index.ts and the other entry points are the browser's: never the command-line tool.
    files: ['src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: unsafeTemplates,
          patterns: [{ group: ['./cli/*'], message: 'Browser code never imports src/cli/.' }],
        },
      ],
    },
  },
  {
    // Scripts, benchmarks and tests run outside the widgets; seeded randomness lives in scripts.
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.*'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) read as expressions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Tests act as a reader does, through input the browser produces (test/fixtures/real-input.ts):
    // a hand-made click once passed its test while every real mouse click did nothing. The only
    // exceptions, gestures no browser command can make, are in test/fixtures/synthetic-input.ts.
    files: ['test/**'],
    ignores: ['test/fixtures/synthetic-input.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'NewExpression[callee.name=/^(Mouse|Pointer|Keyboard|Wheel|Touch|Input|Focus|Drag|Composition|Clipboard)Event$/]',
          message:
            'Use real input (test/fixtures/real-input.ts); a gesture no browser can make goes in test/fixtures/synthetic-input.ts.',
        },
        {
          selector:
            'NewExpression[callee.name=/^(Custom)?Event$/][arguments.0.value=/^(click|dblclick|auxclick|contextmenu|input|beforeinput|change|submit|focus|blur|focusin|focusout|wheel|key(down|up|press)|(mouse|pointer|touch)[a-z]+)$/]',
          message:
            'A hand-made UI event proves the handler, not what a reader gets: use real input (test/fixtures/real-input.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='click'][arguments.length=0]",
          message:
            'element.click() is an untrusted synthetic click: use click(element) from test/fixtures/real-input.ts.',
        },
      ],
    },
  },
);
