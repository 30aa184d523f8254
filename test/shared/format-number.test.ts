import { expect } from '@open-wc/testing';
import { formatNumber, formatPercent } from '../../src/shared/format-number.js';

// Counts and shares in the two UI languages are written without Intl (its set-up costs a cold
// page); they must read exactly as the browser's own Intl writes them.
describe('formatNumber() and formatPercent(), written without Intl', () => {
  for (const lang of ['en', 'ko']) {
    it(`write counts as Intl does (${lang})`, () => {
      const counts = [0, 1, 9, 10, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 123_456_789, -4321];
      for (const n of counts)
        expect(formatNumber(n, lang), String(n)).to.equal(n.toLocaleString(lang));
    });

    it(`write shares as Intl's percent does (${lang})`, () => {
      const intl = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
      for (let whole = 0; whole <= 10_000; whole += 1) {
        const fraction = whole / 10_000;
        expect(formatPercent(fraction, lang), String(fraction)).to.equal(intl.format(fraction));
      }
      for (const [part, total] of [
        [6, 206],
        [200, 206],
        [1, 3],
        [2, 3],
        [1, 7],
      ] as const)
        expect(formatPercent(part / total, lang)).to.equal(intl.format(part / total));
    });
  }

  it('leaves other languages to Intl', () => {
    expect(formatNumber(1234.5, 'de')).to.equal((1234.5).toLocaleString('de'));
  });
});
