// Time to turn dataset text into a validated dataset, beside JSON.parse alone (the floor any
// loader pays), for synthetic datasets of 1,000 to 100,000 incidents.
import { parseJson } from '../src/data/json-value.js';
import { validateJsonValue } from '../src/data/validate-dataset.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';
import { medianMs, ms, report } from './bench-kit.js';

async function main() {
  const rows: (string | number)[][] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const text = JSON.stringify(syntheticDataset({ incidents: size, recommendations: 300 }));
    const parseOnly = await medianMs(() => JSON.parse(text));
    const safeParse = await medianMs(() => parseJson(text));
    const full = await medianMs(() => {
      const json = parseJson(text);
      if (!json.ok || !validateJsonValue(json.value).ok)
        throw new Error('invalid synthetic dataset');
    });
    rows.push([
      size.toLocaleString('en'),
      `${(text.length / 1e6).toFixed(1)} MB`,
      ms(parseOnly),
      ms(safeParse),
      ms(full),
    ]);
  }

  report({
    title: 'Dataset: text to validated dataset (median of 5, headless Chromium)',
    note: 'Synthetic data (test/fixtures/synthetic-dataset.ts). "null-prototype parse" is JSON.parse into objects a polluted page cannot tamper with; "parse + validate" adds the zod/mini schema and the cross-reference rules.',
    columns: ['incidents', 'size', 'JSON.parse', 'null-prototype parse', 'parse + validate'],
    rows,
  });
}

// After load, so that the page counts as loaded while the benchmark runs.
setTimeout(main, 0);
