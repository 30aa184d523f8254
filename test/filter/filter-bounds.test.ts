/**
 * The period filter honest about dates known only by a bound (issue 13): an incident "in or
 * after October 2024" matches a filter on November 2024 only possibly; one whose source gives
 * no date matches no period; and "Verified only" keeps only verified incidents.
 */
import { expect } from '@open-wc/testing';
import { possibleSpan } from '../../src/data/incident-dates.js';
import type { Dataset, Incident } from '../../src/data/schema.js';
import { readFilterParams, writeFilterParams } from '../../src/filter/filter-url.js';
import {
  emptyFilter,
  filterIncidents,
  isFilterEmpty,
  normalizeFilter,
  possibleMatchCount,
  windowMatch,
  type Filter,
} from '../../src/filter/filter.js';
import { valid } from '../fixtures/golden.js';
import { uncertainExampleDataset } from '../fixtures/uncertain-datasets.js';

const incident = (fields: Partial<Incident>): Incident => ({
  id: 'i',
  title: 'i',
  categoryIds: ['c'],
  sourceIds: ['s'],
  ...fields,
});
const period = (from?: string, to?: string): Filter => ({
  ...emptyFilter,
  ...(from && { from }),
  ...(to && { to }),
});
const utc = (...parts: [number, number, number?]) => Date.UTC(parts[0], parts[1], parts[2] ?? 1);

describe('a date known only by a bound, in the filter', () => {
  const after = incident({ date: '2024-10', dateQualifier: 'after' });
  const before = incident({ date: '2024-10', dateQualifier: 'before' });
  const about = incident({ date: '2024-10', dateQualifier: 'about' });

  it('possibleSpan() reaches to the open side, and "about" a unit either side', () => {
    expect(possibleSpan(after)).to.deep.equal({ start: utc(2024, 9), end: Infinity });
    expect(possibleSpan(before)).to.deep.equal({ start: -Infinity, end: utc(2024, 10) });
    expect(possibleSpan(about)).to.deep.equal({ start: utc(2024, 8), end: utc(2024, 11) });
    expect(possibleSpan(incident({ date: '2024', dateQualifier: 'about' }))).to.deep.equal({
      start: utc(2023, 0),
      end: utc(2026, 0),
    });
    expect(possibleSpan(incident({ date: '2024-12', dateQualifier: 'about' }))).to.deep.equal({
      start: utc(2024, 10),
      end: utc(2025, 1),
    });
    expect(possibleSpan(incident({ date: '2024-03-01', dateQualifier: 'about' }))).to.deep.equal({
      start: utc(2024, 1, 29),
      end: utc(2024, 2, 3),
    });
    expect(possibleSpan(incident({}))).to.equal(undefined);
  });

  it('"in or after October 2024" matches November 2024 possibly, and from September on surely', () => {
    expect(windowMatch(after, period('2024-11', '2024-11'))).to.equal('possibly');
    expect(windowMatch(after, period('2024-10', '2024-10'))).to.equal('possibly');
    expect(windowMatch(after, period('2024-09'))).to.equal('yes');
    expect(windowMatch(after, period(undefined, '2024-09'))).to.equal('no');
  });

  it('"in or before October 2024" matches 2023 possibly, never November 2024', () => {
    expect(windowMatch(before, period('2023', '2023'))).to.equal('possibly');
    expect(windowMatch(before, period(undefined, '2024-12'))).to.equal('yes');
    expect(windowMatch(before, period('2024-11'))).to.equal('no');
  });

  it('"about October 2024" matches September possibly, and September to November surely', () => {
    expect(windowMatch(about, period('2024-09', '2024-09'))).to.equal('possibly');
    expect(windowMatch(about, period('2024-09', '2024-11'))).to.equal('yes');
    expect(windowMatch(about, period('2024-12'))).to.equal('no');
  });

  it('a date stated as it is matches a window it overlaps, as before', () => {
    const month = incident({ date: '2024-10' });
    expect(windowMatch(month, period('2024-10-05', '2024-10-06'))).to.equal('yes');
    expect(windowMatch(month, period('2024-11'))).to.equal('no');
    expect(windowMatch(month, emptyFilter)).to.equal('yes');
  });

  it('an incident whose source gives no date matches no period, but any filter without one', () => {
    const undated = incident({});
    expect(windowMatch(undated, period('2000', '2100'))).to.equal('no');
    expect(windowMatch(undated, emptyFilter)).to.equal('yes');
  });

  it('possibleMatchCount() counts the matches that are only possible', () => {
    const dataset = valid(uncertainExampleDataset()) as Dataset;
    // November 2024: the trial (in or after October) possibly; the year 2024 surely.
    const november = period('2024-11', '2024-11');
    expect(filterIncidents(dataset, november).map((i) => i.id)).to.have.members([
      'unlocated',
      'trial-after',
    ]);
    expect(possibleMatchCount(dataset, november)).to.equal(1);
    // July 2024: the raid (in or before July) and the strike (about August) only possibly.
    const july = period('2024-07', '2024-07');
    expect(filterIncidents(dataset, july).map((i) => i.id)).to.have.members([
      'unlocated',
      'protest-ban',
      'raid-before',
      'strike-about',
    ]);
    expect(possibleMatchCount(dataset, july)).to.equal(2);
    expect(possibleMatchCount(dataset, emptyFilter)).to.equal(0);
    // Only those the rest of the filter keeps: not the trial, when only the south is shown.
    expect(possibleMatchCount(dataset, { ...november, regionIds: ['XA-02'] })).to.equal(0);
  });
});

describe('verifiedOnly', () => {
  it('keeps only incidents marked verified', () => {
    const dataset = valid(uncertainExampleDataset()) as Dataset;
    const filter = { ...emptyFilter, verifiedOnly: true };
    expect(isFilterEmpty(filter)).to.equal(false);
    expect(filterIncidents(dataset, filter).map((i) => i.id)).to.deep.equal(['strike-about']);
  });

  it('is read only when it is true, and kept in the URL as civic-verified=1', () => {
    expect(normalizeFilter({ verifiedOnly: 'yes' }).verifiedOnly).to.equal(undefined);
    expect(normalizeFilter({ verifiedOnly: true }).verifiedOnly).to.equal(true);
    const search = writeFilterParams('?page=2', { ...emptyFilter, verifiedOnly: true });
    expect(search).to.equal('?page=2&civic-verified=1');
    expect(readFilterParams(search)).to.deep.equal({ ...emptyFilter, verifiedOnly: true });
    expect(readFilterParams('?civic-verified=true')).to.deep.equal(emptyFilter);
    expect(writeFilterParams('', emptyFilter)).to.equal('');
  });
});
