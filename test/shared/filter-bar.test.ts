import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { describeFilter, renderFilterBar } from '../../src/shared/filter-bar.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { click, resetMouse } from '../fixtures/real-input.js';

const dataset = (() => {
  const result = validateDataset(exampleDataset());
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
})() as Dataset;

describe('the filter bar', () => {
  afterEach(() => resetMouse());

  it('says in words what the filter keeps', () => {
    const filter = {
      regionIds: ['XA-01'],
      categoryIds: ['assembly'],
      from: '2024-09',
      to: '2024-10',
      query: ' ban ',
    };
    expect(describeFilter(filter, dataset, 'en')).to.equal(
      'North; Assembly; September 2024 – October 2024; “ban”',
    );
    expect(describeFilter(filter, dataset, 'ko')).to.equal(
      '북부; Assembly; 2024년 9월 – 2024년 10월; “ban”',
    );
  });

  it('is absent without a filter, and offers to clear one', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let cleared = 0;
    render(
      renderFilterBar({ regionIds: [], categoryIds: [] }, dataset, 'en', () => cleared++),
      host,
    );
    expect(host.querySelector('[part="filters"]')).to.equal(null);
    render(
      renderFilterBar({ regionIds: ['XA-02'], categoryIds: [] }, dataset, 'en', () => cleared++),
      host,
    );
    expect(host.querySelector('[part="filters"]')!.textContent).to.include('Filtered: South');
    await click(host.querySelector('[part="clear-filters"]')!);
    expect(cleared).to.equal(1);
  });
});
