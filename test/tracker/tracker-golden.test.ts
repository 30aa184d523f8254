/**
 * Golden pictures of the tracker: the model `deriveTracker` builds for fixed datasets, compared
 * with the committed snapshot in `__snapshots__/`. A refactor that changes what is drawn (a
 * bar's segment, a group, a row's order, a sentence of the arithmetic) fails here; a wanted
 * change is one reviewed update: `npx web-test-runner test/tracker/tracker-golden.test.ts
 * --update-snapshots`. The tracker's model has no width (its bars are drawn in viewBox units
 * and stretch to any width), so a narrow widget has the same picture as a wide one.
 */
import type { Dataset } from '../../src/data/schema.js';
import { emptyFilter, type Filter } from '../../src/filter/filter.js';
import type { Proportions, TrackerEntry } from '../../src/tracker/tracker-layout.js';
import {
  deriveTracker,
  type TrackerInputs,
  type TrackerModel,
} from '../../src/tracker/tracker-model.js';
import { exampleDataset, koreanExampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { valid, expectPicture } from '../fixtures/golden.js';

/** The example with an older second review, so that there is a review to switch to. */
function twoReviews(): Dataset {
  const data = exampleDataset();
  const latest = data.reviews[0]!;
  const older = {
    ...latest,
    id: 'upr-3',
    date: '2019-11',
    recommendationCount: 3,
    recommendations: [
      { ...latest.recommendations[0]!, id: 'old-1', recommendingStates: ['Chile', 'Austria'] },
    ],
  };
  return valid({ ...data, reviews: [latest, older] });
}

/** Percent with two decimals: the same text in every browser. */
const percent = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;
/** Ids on one line: long lists stay short, and a change still shows in a diff. */
const ids = (entries: readonly TrackerEntry[]) => entries.map((e) => e.recommendation.id).join(' ');

function bar(p: Proportions) {
  return {
    total: p.total,
    listed: p.listed,
    unlisted: p.unlisted,
    segments: p.segments.map(
      (s) => `${s.key}: ${s.count}, ${percent(s.fraction)} from ${percent(s.offset)}`,
    ),
    counts: Object.fromEntries(p.counts),
  };
}

/** The model as plain JSON, in a fixed key order: what the tracker draws, without the dataset. */
function picture(model: TrackerModel): string {
  const { filter, current } = model;
  const plain = {
    filter: Object.fromEntries(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b))),
    current: current && {
      review: current.review.id,
      entries: current.entries.map(
        (e) =>
          `${e.recommendation.id}: ${e.recommendation.response}, ${e.implementation}; ${e.themeKeys.join(' ')}`,
      ),
      byResponse: bar(current.byResponse),
      byImplementation: bar(current.byImplementation),
      summary: current.summary,
      themeOptions: current.themeOptions.join(' '),
      stateOptions: current.stateOptions.join(', '),
      shown: ids(current.shown),
      groups: current.groups.map((g) => `${g.id}: ${ids(g.entries)}`),
      ordered: ids(current.ordered),
      groupTotals: Object.fromEntries(current.groupTotals),
      sharedQuery: current.sharedQuery,
      context: current.context && {
        incidents: current.context.incidents.map((i) => i.id).join(' '),
        matching: current.context.matching,
      },
    },
  };
  return `${JSON.stringify(plain, null, 2)}\n`;
}

const example = valid(exampleDataset());
const two = twoReviews();
const korean = valid(koreanExampleDataset());
const synthetic = valid(
  syntheticDataset({ incidents: 150, recommendations: 60, years: [2022, 2024], seed: 14 }),
);
const sharedFilter = (changes: Partial<Filter>): Filter => ({ ...emptyFilter, ...changes });

const cases: Record<string, TrackerInputs> = {
  'example, English': {
    dataset: example,
    filter: emptyFilter,
    lang: 'en',
    linked: false,
    reviewId: undefined,
    trackerFilter: {},
  },
  'example, Korean': {
    dataset: korean,
    filter: emptyFilter,
    lang: 'ko',
    linked: false,
    reviewId: undefined,
    trackerFilter: {},
  },
  'example, linked, a region and a period, response noted': {
    dataset: example,
    filter: sharedFilter({ regionIds: ['XA-02'], from: '2024-05', to: '2024-08' }),
    lang: 'en',
    linked: true,
    reviewId: undefined,
    trackerFilter: { response: 'noted' },
  },
  'two reviews, the older one, its filters carried from the other': {
    dataset: two,
    filter: emptyFilter,
    lang: 'en',
    linked: true,
    reviewId: 'upr-3',
    trackerFilter: { theme: 'press', query: 'release' },
    filtersReview: two.reviews[0],
  },
  'synthetic, Korean, linked, a theme, an implementation and shared words': {
    dataset: synthetic,
    filter: sharedFilter({ query: '합성', categoryIds: ['assembly'], from: '2024-01' }),
    lang: 'ko',
    linked: true,
    reviewId: undefined,
    trackerFilter: { theme: 'detention', implementation: 'in-progress' },
  },
  'synthetic, English, a response and words, in several themes': {
    dataset: synthetic,
    filter: emptyFilter,
    lang: 'en',
    linked: false,
    reviewId: undefined,
    trackerFilter: { response: 'pending', query: 'recommendation 2' },
  },
  'synthetic, English, a recommending state': {
    dataset: synthetic,
    filter: emptyFilter,
    lang: 'en',
    linked: false,
    reviewId: undefined,
    trackerFilter: { state: 'State 12' },
  },
  'no review': {
    dataset: valid({ ...exampleDataset(), reviews: [] }),
    filter: emptyFilter,
    lang: 'en',
    linked: false,
    reviewId: undefined,
    trackerFilter: { query: 'kept' },
  },
};

describe('tracker golden pictures', () => {
  for (const [name, inputs] of Object.entries(cases)) {
    it(`draws the same model: ${name}`, async () => {
      await expectPicture(`tracker: ${name}`, picture(deriveTracker(inputs)));
    });
  }
});
