import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import {
  emptyFilter,
  filterIncidents,
  isFilterEmpty,
  normalizeFilter,
} from '../../src/filter/filter.js';
import { exampleDataset } from '../fixtures/datasets.js';

const dataset = (() => {
  const result = validateDataset(exampleDataset());
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
})() as Dataset;

const ids = (filter: Parameters<typeof filterIncidents>[1]) =>
  filterIncidents(dataset, filter).map((i) => i.id);

describe('filter', () => {
  it('an empty filter matches every incident', () => {
    expect(isFilterEmpty(emptyFilter)).to.equal(true);
    expect(ids(emptyFilter)).to.deep.equal(['arrests', 'protest-ban', 'unlocated']);
  });

  it('matches any of the chosen categories', () => {
    expect(ids({ categoryIds: ['assembly'], regionIds: [] })).to.deep.equal(['protest-ban']);
  });

  it('matches any of the chosen regions, and never an incident with no stated region', () => {
    expect(ids({ categoryIds: [], regionIds: ['XA-01', 'XA-02'] })).to.deep.equal([
      'arrests',
      'protest-ban',
    ]);
  });

  it('matches incidents whose span overlaps the window, at their own precision', () => {
    // "2024-09" spans September; "2024-06" to "2024-10-05" spans the summer; "2024" the year.
    expect(
      ids({ categoryIds: [], regionIds: [], from: '2024-09-30', to: '2024-09-30' }),
    ).to.deep.equal(['arrests', 'protest-ban', 'unlocated']);
    expect(ids({ categoryIds: [], regionIds: [], from: '2024-10-06' })).to.deep.equal([
      'unlocated',
    ]);
    expect(ids({ categoryIds: [], regionIds: [], to: '2024-05' })).to.deep.equal(['unlocated']);
    expect(ids({ categoryIds: [], regionIds: [], from: '2025' })).to.deep.equal([]);
  });

  it('matches every word of the query in any language of the title or summary', () => {
    expect(ids({ categoryIds: [], regionIds: [], query: 'JOURNALISTS two' })).to.deep.equal([
      'arrests',
    ]);
    expect(ids({ categoryIds: [], regionIds: [], query: '기자' })).to.deep.equal(['arrests']);
    expect(ids({ categoryIds: [], regionIds: [], query: 'journalists banned' })).to.deep.equal([]);
  });

  it('normalizeFilter() keeps only what a filter can hold', () => {
    expect(
      normalizeFilter({
        categoryIds: ['a', 1, 'a'],
        regionIds: null,
        from: '2024-02-30',
        to: '2024',
        extra: 1,
      }),
    ).to.deep.equal({ categoryIds: ['a'], regionIds: [], to: '2024' });
    expect(normalizeFilter('nonsense')).to.deep.equal({ categoryIds: [], regionIds: [] });
  });
});
