import { expect } from '@open-wc/testing';
import { readFilterParams, writeFilterParams } from '../../src/filter/filter-url.js';

describe('the filter in the URL', () => {
  it('writes the filter with a prefix, keeping the page’s own parameters', () => {
    const search = writeFilterParams('?page=2', {
      regionIds: ['KP-09', 'KP-05'],
      categoryIds: ['surveillance'],
      from: '2024-09',
      to: '2024-10-31',
      query: 'phone calls',
    });
    expect(search).to.equal(
      '?page=2&civic-regions=KP-09%2CKP-05&civic-categories=surveillance&civic-from=2024-09&civic-to=2024-10-31&civic-q=phone+calls',
    );
    expect(readFilterParams(search)).to.deep.equal({
      regionIds: ['KP-09', 'KP-05'],
      categoryIds: ['surveillance'],
      from: '2024-09',
      to: '2024-10-31',
      query: 'phone calls',
    });
  });

  it('removes its parameters when the filter is cleared', () => {
    const search = writeFilterParams('?page=2&civic-regions=KP-09&civic-q=x', {
      regionIds: [],
      categoryIds: [],
    });
    expect(search).to.equal('?page=2');
    expect(writeFilterParams('?civic-from=2024', { regionIds: [], categoryIds: [] })).to.equal('');
  });

  it('keeps two groups apart by prefix', () => {
    const search = writeFilterParams(
      '?a-regions=KP-01',
      { regionIds: ['KP-02'], categoryIds: [] },
      'b-',
    );
    expect(readFilterParams(search, 'a-').regionIds).to.deep.equal(['KP-01']);
    expect(readFilterParams(search, 'b-').regionIds).to.deep.equal(['KP-02']);
  });

  it('drops what is malformed instead of trusting it', () => {
    expect(
      readFilterParams('?civic-from=2024-02-30&civic-to=soon&civic-regions=,,KP-01'),
    ).to.deep.equal({
      regionIds: ['KP-01'],
      categoryIds: [],
    });
  });
});
