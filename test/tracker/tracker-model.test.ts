import { expect } from '@open-wc/testing';
import { emptyFilter } from '../../src/filter/filter.js';
import { firstRows, groupByTheme, trackerEntries } from '../../src/tracker/tracker-layout.js';
import { deriveTracker, trackerMemo, type TrackerInputs } from '../../src/tracker/tracker-model.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { valid } from '../fixtures/golden.js';

const example = valid(exampleDataset());
const inputs = (changes: Partial<TrackerInputs> = {}): TrackerInputs => ({
  dataset: example,
  filter: emptyFilter,
  lang: 'en',
  linked: false,
  reviewId: undefined,
  trackerFilter: {},
  ...changes,
});
const ids = (entries: readonly { recommendation: { id: string } }[]) =>
  entries.map((e) => e.recommendation.id);

describe('tracker-model', () => {
  it('deriveTracker() recomputes only what changed, and returns the same model for the same inputs', () => {
    const memo = trackerMemo();
    const trackerFilter = { response: 'noted' as const };
    const first = deriveTracker(inputs({ trackerFilter }), memo);
    expect(deriveTracker(inputs({ trackerFilter }), memo)).to.equal(first);
    // Another language: new words, the same filtered list (the element keeps its page).
    const korean = deriveTracker(inputs({ trackerFilter, lang: 'ko' }), memo);
    expect(korean.current!.summary).to.not.equal(first.current!.summary);
    expect(korean.current!.shown).to.equal(first.current!.shown);
    // Another filter: a new list.
    const all = deriveTracker(inputs({ lang: 'ko' }), memo);
    expect(ids(all.current!.shown)).to.deep.equal(['rec-1', 'rec-2']);
    expect(all.current!.entries).to.equal(first.current!.entries);
  });

  it('deriveTracker() keeps only the words of filters set on another review', () => {
    const other = valid({ ...exampleDataset(), id: 'other' }).reviews[0]!;
    const trackerFilter = { theme: 'press', query: 'release' };
    const model = deriveTracker(inputs({ trackerFilter, filtersReview: other }));
    expect(model.filter).to.deep.equal({ query: 'release' });
    const same = deriveTracker(inputs({ trackerFilter, filtersReview: example.reviews[0] }));
    expect(same.filter).to.equal(trackerFilter);
  });

  it('deriveTracker() shows context incidents only inside <civic-dataset>, and says when the shared filter narrows them', () => {
    expect(deriveTracker(inputs()).current!.context).to.equal(undefined);
    const linked = deriveTracker(inputs({ linked: true })).current!.context!;
    expect(linked.incidents.map((i) => i.id)).to.deep.equal([
      'arrests',
      'protest-ban',
      'unlocated',
    ]);
    expect(linked.matching).to.equal(false);
    const narrowed = deriveTracker(
      inputs({ linked: true, filter: { ...emptyFilter, regionIds: ['XA-01'] } }),
    ).current!.context!;
    expect(narrowed.incidents.map((i) => i.id)).to.deep.equal(['arrests']);
    expect(narrowed.matching).to.equal(true);
  });

  it('deriveTracker() has no review to show for a dataset without one', () => {
    const model = deriveTracker(inputs({ dataset: valid({ ...exampleDataset(), reviews: [] }) }));
    expect(model.current).to.equal(undefined);
  });

  it('firstRows() is a page of the groups: the first rows of their order, still grouped', () => {
    const dataset = valid(syntheticDataset({ incidents: 1, recommendations: 40, seed: 3 }));
    const order = dataset.themes.map((t) => t.id);
    const groups = groupByTheme(trackerEntries(dataset.reviews[0]!, dataset), order);
    const ordered = groups.flatMap((g) => g.entries);
    for (const rows of [0, 1, 7, 20, 39, 40, 100]) {
      const page = firstRows(groups, rows);
      expect(page).to.deep.equal(groupByTheme(ordered.slice(0, rows), order));
    }
  });
});
