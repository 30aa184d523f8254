import { expect } from '@open-wc/testing';
import {
  comparePartialDates,
  isNotBefore,
  parsePartialDate,
  spanOf,
  spanOfPeriod,
} from '../../src/data/partial-date.js';

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('partial dates', () => {
  describe('parsePartialDate()', () => {
    it('keeps the precision the text gives', () => {
      expect(parsePartialDate('2024')).to.deep.equal({ year: 2024, precision: 'year' });
      expect(parsePartialDate('2024-09')).to.deep.equal({
        year: 2024,
        month: 9,
        precision: 'month',
      });
      expect(parsePartialDate('2025-01-17')).to.deep.equal({
        year: 2025,
        month: 1,
        day: 17,
        precision: 'day',
      });
    });

    it('accepts 29 February only in leap years', () => {
      expect(parsePartialDate('2024-02-29')).to.not.equal(undefined);
      expect(parsePartialDate('2000-02-29')).to.not.equal(undefined);
      expect(parsePartialDate('2023-02-29')).to.equal(undefined);
      expect(parsePartialDate('1900-02-29')).to.equal(undefined);
    });

    it('rejects impossible dates and other shapes', () => {
      for (const text of [
        '2024-02-30',
        '2024-04-31',
        '2024-13',
        '2024-00',
        '2024-01-00',
        '0000',
        '24-01',
        '2024/01',
        '2024-1',
        '2024-01-01T00:00',
        ' 2024',
        '',
      ]) {
        expect(parsePartialDate(text), text).to.equal(undefined);
      }
    });
  });

  describe('spanOf()', () => {
    it('spans a whole month for a month-precision date, not its first day', () => {
      expect(spanOf('2024-09')).to.deep.equal({ start: utc('2024-09-01'), end: utc('2024-10-01') });
    });

    it('spans a whole year for a year-precision date', () => {
      expect(spanOf('2024')).to.deep.equal({ start: utc('2024-01-01'), end: utc('2025-01-01') });
    });

    it('spans one day for a day-precision date, across month and year ends', () => {
      expect(spanOf('2024-12-31')).to.deep.equal({
        start: utc('2024-12-31'),
        end: utc('2025-01-01'),
      });
      expect(spanOf('2024-02-29')).to.deep.equal({
        start: utc('2024-02-29'),
        end: utc('2024-03-01'),
      });
    });

    it('spans a leap year as 366 days', () => {
      const span = spanOf('2024')!;
      expect((span.end - span.start) / 86_400_000).to.equal(366);
    });

    it('returns undefined for text that is not a partial date', () => {
      expect(spanOf('2024-02-30')).to.equal(undefined);
    });
  });

  describe('spanOfPeriod()', () => {
    it('runs from the start of the date to the end of the end date', () => {
      expect(spanOfPeriod('2024-06', '2024-10')).to.deep.equal({
        start: utc('2024-06-01'),
        end: utc('2024-11-01'),
      });
    });

    it('is the date alone without an end date', () => {
      expect(spanOfPeriod('2024-06')).to.deep.equal(spanOf('2024-06'));
    });
  });

  describe('comparePartialDates()', () => {
    it('orders mixed precisions by start, then by end', () => {
      const dates = ['2024', '2024-01', '2023-12-31', '2024-01-05', '2024-02', '2024-01-01'];
      expect([...dates].sort(comparePartialDates)).to.deep.equal([
        '2023-12-31',
        '2024-01-01',
        '2024-01',
        '2024',
        '2024-01-05',
        '2024-02',
      ]);
    });

    it('puts invalid dates last', () => {
      expect(['2024-02-30', '2024'].sort(comparePartialDates)).to.deep.equal([
        '2024',
        '2024-02-30',
      ]);
    });
  });

  describe('isNotBefore()', () => {
    it('lets a coarser end date contain the start', () => {
      expect(isNotBefore('2024-10', '2024-10-05')).to.equal(true);
      expect(isNotBefore('2024', '2024-06')).to.equal(true);
    });

    it('rejects an end wholly before the start', () => {
      expect(isNotBefore('2024-09', '2024-10-05')).to.equal(false);
      expect(isNotBefore('2023', '2024-01')).to.equal(false);
    });
  });
});

describe('readValidatedDate()', () => {
  it('reads validated dates the same as parsePartialDate()', async () => {
    const { readValidatedDate } = await import('../../src/data/partial-date.js');
    for (const text of ['2024', '2024-09', '2025-01-17', '0099-12-31', '2000-02-29']) {
      expect(readValidatedDate(text), text).to.deep.equal(parsePartialDate(text));
    }
  });
});
