import { expect } from '@open-wc/testing';
import type { Dataset, Review } from '../../src/data/schema.js';
import {
  contextWindow,
  filterEntries,
  groupByTheme,
  implementationProportions,
  noTheme,
  pickReview,
  proportions,
  responseProportions,
  reviewsByDate,
  statesOfReview,
  themesOfReview,
  trackerEntries,
} from '../../src/tracker/tracker-layout.js';
import { trackerSummary } from '../../src/tracker/tracker-summary.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { valid } from '../fixtures/golden.js';

const example = () => valid(exampleDataset());
const review = (dataset: Dataset) => dataset.reviews[0]!;
const ids = (entries: { recommendation: { id: string } }[]) =>
  entries.map((e) => e.recommendation.id);

function summaryOf(dataset: Dataset, r: Review, lang = 'en') {
  const entries = trackerEntries(r, dataset);
  return trackerSummary(
    entries,
    r.recommendationCount,
    responseProportions(entries, r.recommendationCount),
    implementationProportions(entries, r.recommendationCount),
    lang,
  );
}

describe('tracker-layout', () => {
  describe('proportions()', () => {
    it('gives the unlisted remainder of an announced count its own segment, never stretching the listed', () => {
      const p = proportions(['noted', 'unknown'], ['supported', 'noted', 'pending', 'unknown'], 10);
      expect(p.total).to.equal(10);
      expect(p.listed).to.equal(2);
      expect(p.unlisted).to.equal(8);
      expect(p.segments.map((s) => [s.key, s.count, s.fraction, s.offset])).to.deep.equal([
        ['noted', 1, 0.1, 0],
        ['unknown', 1, 0.1, 0.1],
        ['unlisted', 8, 0.8, 0.2],
      ]);
    });

    it('fills the bar with the listed recommendations when no count is announced', () => {
      const p = proportions(['supported', 'supported', 'noted'], ['supported', 'noted'], undefined);
      expect(p.total).to.equal(3);
      expect(p.unlisted).to.equal(0);
      expect(p.segments.map((s) => s.key)).to.deep.equal(['supported', 'noted']);
      expect(p.segments[0]!.fraction).to.be.closeTo(2 / 3, 1e-9);
      expect(p.counts.get('noted')).to.equal(1);
    });

    it('draws nothing for zero recommendations and no count, and all unlisted for a count with none listed', () => {
      const none = proportions([], ['supported'], undefined);
      expect(none.total).to.equal(0);
      expect(none.segments).to.deep.equal([]);
      const unlisted = proportions([], ['supported'], 206);
      expect(unlisted.segments).to.deep.equal([
        { key: 'unlisted', count: 206, fraction: 1, offset: 0 },
      ]);
    });

    it('never lets a list longer than the announced count overflow the bar', () => {
      const p = proportions(['noted', 'noted', 'noted'], ['noted'], 2);
      expect(p.total).to.equal(3);
      expect(p.unlisted).to.equal(0);
      expect(p.segments.reduce((sum, s) => sum + s.fraction, 0)).to.equal(1);
    });

    it('counts a recommendation without implementation as unknown, never guessed', () => {
      const dataset = example();
      const p = implementationProportions(trackerEntries(review(dataset), dataset), 10);
      expect(p.counts.get('not-started')).to.equal(1);
      expect(p.counts.get('unknown')).to.equal(1);
    });
  });

  describe('trackerSummary()', () => {
    it('says how many were announced, how many are listed in how many themes, and what is not recorded', async () => {
      const data = valid(await (await fetch('/data/north-korea.json')).json());
      const upr = data.reviews.find((r) => r.id === 'upr-2024')!;
      expect(summaryOf(data, upr)).to.equal(
        '206 recommendations received; 6 listed here, in 6 themes; responses not recorded in this dataset; implementation not recorded in this dataset.',
      );
      const unga = data.reviews.find((r) => r.id === 'unga-third-committee-2024')!;
      expect(summaryOf(data, unga)).to.include('1 recommendation listed, in 1 theme');
      expect(summaryOf(data, unga)).to.include('total number received not stated');
    });

    it('counts the responses that are recorded', () => {
      const dataset = example();
      expect(summaryOf(dataset, review(dataset))).to.equal(
        '10 recommendations received; 2 listed here, in 2 themes; responses: 1 noted, 1 unknown; implementation: 1 not started, 1 unknown.',
      );
    });

    it('speaks Korean', () => {
      const dataset = example();
      const text = summaryOf(dataset, review(dataset), 'ko');
      expect(text).to.include('권고 10건 접수');
      expect(text).to.include('주목 1건');
    });
  });

  describe('reviews', () => {
    it('pickReview() takes the one named, else the latest by date', () => {
      const data = exampleDataset();
      data.reviews.push({ ...data.reviews[0]!, id: 'older', date: '2019' });
      data.reviews.push({ ...data.reviews[0]!, id: 'newer', date: '2025-03-01' });
      const dataset = valid(data);
      expect(pickReview(dataset.reviews)!.id).to.equal('newer');
      expect(pickReview(dataset.reviews, 'older')!.id).to.equal('older');
      expect(pickReview(dataset.reviews, 'no-such')!.id).to.equal('newer');
      expect(reviewsByDate(dataset.reviews).map((r) => r.id)).to.deep.equal([
        'newer',
        'upr-4',
        'older',
      ]);
      expect(pickReview([])).to.equal(undefined);
    });

    it('contextWindow() spans the twelve months up to the review at its own precision', () => {
      expect(contextWindow('2024-12')).to.deep.equal({ from: '2023-12', to: '2024-12' });
      expect(contextWindow('2024-11-08')).to.deep.equal({ from: '2023-11-08', to: '2024-11-08' });
      expect(contextWindow('2024')).to.deep.equal({ from: '2023', to: '2024' });
      expect(contextWindow('2024-02-29')).to.deep.equal({ from: '2023-02', to: '2024-02-29' });
    });
  });

  describe('filters and groups', () => {
    it('filters by theme, response, implementation and recommending state', () => {
      const dataset = example();
      const entries = trackerEntries(review(dataset), dataset);
      expect(ids(filterEntries(entries, {}))).to.deep.equal(['rec-1', 'rec-2']);
      expect(ids(filterEntries(entries, { theme: 'detention' }))).to.deep.equal(['rec-1']);
      expect(ids(filterEntries(entries, { theme: noTheme }))).to.deep.equal(['rec-2']);
      expect(ids(filterEntries(entries, { response: 'unknown' }))).to.deep.equal(['rec-2']);
      expect(ids(filterEntries(entries, { implementation: 'unknown' }))).to.deep.equal(['rec-2']);
      expect(ids(filterEntries(entries, { state: 'Norway' }))).to.deep.equal(['rec-1']);
    });

    it('searches text, theme labels and states in every language, every word required', () => {
      const dataset = example();
      const entries = trackerEntries(review(dataset), dataset);
      expect(ids(filterEntries(entries, {}, 'RELEASE journalists'))).to.deep.equal(['rec-1']);
      expect(ids(filterEntries(entries, {}, '언론'))).to.deep.equal(['rec-1']);
      expect(ids(filterEntries(entries, {}, 'norway'))).to.deep.equal(['rec-1']);
      expect(ids(filterEntries(entries, {}, 'release treaties'))).to.deep.equal([]);
      // The reader's words and the shared filter's both apply.
      expect(ids(filterEntries(entries, {}, 'ratify', 'release'))).to.deep.equal([]);
    });

    it('groups by theme in the dataset order, each recommendation once, "no theme" last', () => {
      const dataset = example();
      const entries = trackerEntries(review(dataset), dataset);
      const order = dataset.themes.map((t) => t.id);
      expect(groupByTheme(entries, order).map((g) => [g.id, ids(g.entries)])).to.deep.equal([
        ['press', ['rec-1']],
        [noTheme, ['rec-2']],
      ]);
      // Filtered on its second theme, a recommendation is listed under that theme.
      expect(groupByTheme(entries, order, 'detention')[0]!.id).to.equal('detention');
      expect(themesOfReview(entries, order)).to.deep.equal(['press', 'detention', noTheme]);
      expect(statesOfReview(entries, 'en')).to.deep.equal(['Norway']);
    });

    it('filters 5,000 recommendations with a precomputed search text', () => {
      const dataset = valid(syntheticDataset({ incidents: 10, recommendations: 5000 }));
      const entries = trackerEntries(review(dataset), dataset);
      const matched = filterEntries(entries, { response: 'supported' }, 'recommendation 12');
      expect(matched.length).to.be.greaterThan(0);
      expect(
        matched.every(
          (e) => e.recommendation.response === 'supported' && e.haystack.includes('12'),
        ),
      ).to.equal(true);
    });
  });
});
