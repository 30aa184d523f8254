import { expect } from '@open-wc/testing';
import { formatPartialDate, formatPeriod, formatTick } from '../../src/shared/format-date.js';

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

describe('the date words, written without Intl', () => {
  // The tables of format-date.ts against the browser's own Intl.DateTimeFormat, over every month
  // of three years and a spread of days and ranges. Browsers' ICU versions disagree only on the
  // spaces around a Korean "~" (Chromium 156 "14일 ~ 20일", Firefox "14일~20일"), which the
  // comparison reads alike; ours are written the same in every browser.
  const intl = (lang: string, fields: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(lang, { ...fields, timeZone: 'UTC' });
  const fields = {
    year: { year: 'numeric' },
    month: { year: 'numeric', month: 'long' },
    day: { year: 'numeric', month: 'long', day: 'numeric' },
  } as const;
  const sameTilde = (text: string) => text.replace(/ ?~ ?/g, '~');
  const pad = (n: number) => String(n).padStart(2, '0');
  const dates: { partial: string; time: number; precision: keyof typeof fields }[] = [];
  for (const year of [2019, 2024, 2025]) {
    dates.push({ partial: `${year}`, time: Date.UTC(year, 0), precision: 'year' });
    for (let month = 1; month <= 12; month += 1) {
      dates.push({
        partial: `${year}-${pad(month)}`,
        time: Date.UTC(year, month - 1),
        precision: 'month',
      });
      for (const day of [1, 9, 28]) {
        const partial = `${year}-${pad(month)}-${pad(day)}`;
        dates.push({ partial, time: Date.UTC(year, month - 1, day), precision: 'day' });
      }
    }
  }

  for (const lang of ['en', 'ko']) {
    it(`writes every date as Intl does (${lang})`, () => {
      for (const { partial, time, precision } of dates)
        expect(formatPartialDate(partial, lang), partial).to.equal(
          intl(lang, fields[precision]).format(time),
        );
    });

    it(`writes every range as Intl does (${lang})`, () => {
      let compared = 0;
      for (const [i, a] of dates.entries())
        for (const b of dates.slice(i + 1, i + 40).filter((d) => d.precision === a.precision)) {
          const ours = formatPeriod(a.partial, b.partial, lang);
          const theirs = intl(lang, fields[a.precision]).formatRange(a.time, b.time);
          expect(sameTilde(ours), `${a.partial}/${b.partial}`).to.equal(sameTilde(theirs));
          compared += 1;
        }
      expect(compared).to.be.greaterThan(1000);
    });
  }

  it('words Korean ranges the same in every browser', () => {
    expect(formatPeriod('2024-09-14', '2024-09-20', 'ko')).to.equal('2024년 9월 14일~20일');
    expect(formatPeriod('2024-06', '2024-10', 'ko')).to.equal('2024년 6월~10월');
    expect(formatPeriod('2023-12', '2025-01', 'ko')).to.equal('2023년 12월~2025년 1월');
    expect(formatPeriod('2023', '2025', 'ko')).to.equal('2023년 ~ 2025년');
    expect(formatPeriod('2024-09-14', '2024-10-02', 'en')).to.equal(
      'September 14 – October 2, 2024',
    );
  });
});

describe('axis tick labels, written without Intl', () => {
  it('read as Intl writes them, in English and Korean', () => {
    const tick = (fields: Intl.DateTimeFormatOptions, lang: string, time: number) =>
      new Intl.DateTimeFormat(lang, { ...fields, timeZone: 'UTC' }).format(time);
    for (const lang of ['en', 'ko'])
      for (let month = 0; month < 12; month += 1) {
        const time = Date.UTC(2024, month, 5);
        expect(formatTick(time, 'day', lang)).to.equal(
          tick({ month: 'short', day: 'numeric' }, lang, time),
        );
        expect(formatTick(time, 'month', lang)).to.equal(
          tick({ year: 'numeric', month: 'short' }, lang, time),
        );
        expect(formatTick(time, 'year', lang)).to.equal(tick({ year: 'numeric' }, lang, time));
      }
  });
});
