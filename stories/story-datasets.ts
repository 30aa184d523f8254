/**
 * The datasets the stories show besides the bundled one, built from the test fixtures so that
 * what designers see is what the tests check. Every one is synthetic, and every story that
 * shows one says so on the page (`syntheticNote`).
 */
import { html } from 'lit';
import { exampleDataset } from '../test/fixtures/datasets.js';
import { syntheticKoreaDataset } from '../test/fixtures/map-datasets.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';

/** Records with the uncertainty real reports carry: bounds, no date, ranges, verification. */
export {
  koreanUncertainDataset,
  uncertainExampleDataset,
  uncertainKoreaDataset,
} from '../test/fixtures/uncertain-datasets.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EditableJson = Record<string, any>;

/** How many incidents the Large stories draw. */
export const largeIncidentCount = 5_000;

/** Built on first use, then kept: Storybook imports every story file when it starts. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** The Large stories' incidents and recommendations: seeded, so every build shows the same. */
export const largeDataset = once(() =>
  syntheticDataset({ incidents: largeIncidentCount, recommendations: 1_000, seed: 42 }),
);

/** As many synthetic incidents on the built-in North Korea provinces, which the map draws. */
export const largeKoreaDataset = once(() => syntheticKoreaDataset(largeIncidentCount, 42));

/**
 * 200 synthetic incidents on the built-in provinces, and a review of 40 synthetic
 * recommendations: something for each of the three widgets to draw.
 */
export function smallKoreaDataset() {
  const { themes, reviews } = syntheticDataset({ incidents: 0, recommendations: 40, seed: 7 });
  return { ...syntheticKoreaDataset(200), themes, reviews };
}

/** A valid dataset with nothing to show: no incidents, no reviews (on the built-in provinces). */
export function emptyDataset() {
  return {
    ...syntheticKoreaDataset(0),
    id: 'synthetic-empty',
    title: { en: 'Synthetic dataset with no incidents', ko: '사건이 없는 합성 데이터셋' },
  };
}

/**
 * `dataset` (default: the example dataset) with the mistakes `edit` makes, as data editors
 * make them: what the error state shows, each problem with its JSON path.
 */
export function withMistakes(
  edit: (data: EditableJson) => void,
  dataset: object = exampleDataset(),
): unknown {
  const data = structuredClone(dataset) as EditableJson;
  edit(data);
  return data;
}

/** The visible label of a story that shows synthetic data. */
export function syntheticNote(what = 'events') {
  return html`<p class="synthetic-note">
    <strong>Synthetic data</strong>, generated for this story: not real ${what}.
  </p>`;
}
