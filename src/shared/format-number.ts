/**
 * Counts as the reader's language writes them ("12,345"). In the widgets' two languages, whole
 * numbers are grouped here, by threes with commas as Intl writes them in both: a first frame
 * then needs no Intl, whose set-up costs a cold page several milliseconds. Other languages (a
 * table's numbers follow the page's) get one Intl.NumberFormat each, made once:
 * `toLocaleString` would build a new one on every call.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: string): string {
  if ((lang === 'en' || lang === 'ko') && Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 ? `-${digits}` : digits;
  }
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(n);
}

/**
 * A share as a percentage to one decimal, trailing zero dropped ("2.9%", "50%"), as Intl's
 * percent format writes it in both UI languages; other languages get Intl's.
 */
export function formatPercent(fraction: number, lang: string): string {
  const ui = lang === 'en' || lang === 'ko';
  // Rounded as Intl rounds the number as written (0.5005 → 50.1%), not its binary neighbour:
  // 15 significant digits drop the noise of the multiplication (500.49999999999994).
  const tenths = Math.round(Number((fraction * 1000).toPrecision(15)));
  if (ui && Number.isSafeInteger(tenths) && tenths >= 0) {
    const rest = tenths % 10;
    return `${formatNumber((tenths - rest) / 10, lang)}${rest ? `.${rest}` : ''}%`;
  }
  const key = `${lang}%`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    formats.set(key, format);
  }
  return format.format(fraction);
}
