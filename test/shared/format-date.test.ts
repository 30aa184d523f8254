import { expect } from '@open-wc/testing';
import { formatPartialDate, formatPeriod } from '../../src/shared/format-date.js';

describe('formatPartialDate()', () => {
  it('writes a month as the month, never its first day', () => {
    expect(formatPartialDate('2024-09', 'en')).to.equal('September 2024');
    expect(formatPartialDate('2024-09', 'ko')).to.equal('2024년 9월');
  });

  it('writes a year as the year', () => {
    expect(formatPartialDate('2024', 'en')).to.equal('2024');
    expect(formatPartialDate('2024', 'ko')).to.equal('2024년');
  });

  it('writes a day in full, the same in every time zone', () => {
    expect(formatPartialDate('2025-01-17', 'en')).to.equal('January 17, 2025');
    expect(formatPartialDate('2025-01-17', 'ko')).to.equal('2025년 1월 17일');
    expect(formatPartialDate('2024-12-31', 'en')).to.equal('December 31, 2024');
  });

  it('treats a regional tag as its language', () => {
    expect(formatPartialDate('2024-09', 'ko-KR')).to.equal('2024년 9월');
  });

  it('shows text that is not a date as it is', () => {
    expect(formatPartialDate('2024-02-30', 'en')).to.equal('2024-02-30');
  });
});

describe('formatPeriod()', () => {
  it('writes a period of months as a range', () => {
    expect(formatPeriod('2024-06', '2024-10', 'en')).to.match(/^June\s?–\s?October 2024$/);
    expect(formatPeriod('2024-06', '2024-10', 'ko')).to.match(/^2024년 6월\s?~\s?10월$/);
  });

  it('writes a date without an end date alone', () => {
    expect(formatPeriod('2024-06', undefined, 'en')).to.equal('June 2024');
  });

  it('writes each end at its own precision when they differ', () => {
    expect(formatPeriod('2024-06', '2024-10-05', 'en')).to.equal('June 2024 – October 5, 2024');
  });
});
