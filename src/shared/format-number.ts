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
