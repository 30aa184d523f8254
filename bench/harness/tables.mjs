// Medians, ranges and ratios of the runs, and the plain-text tables `npm run bench` prints.

/** Median (the upper one of an even count, as bench-kit's) and range of the finite values. */
export function summarize(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    count: sorted.length,
  };
}

export const ms = (value) =>
  Number.isFinite(value)
    ? `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`
    : 'n/a';

export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(1)} MB` : 'n/a');

export const count = (n) => n.toLocaleString('en');

const round = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));

/** "141 ms (130–160)": the median, then the range of the runs. */
export function medianRange(summary) {
  if (!summary) return 'n/a';
  if (summary.count === 1) return ms(summary.median);
  return `${ms(summary.median)} (${round(summary.min)}–${round(summary.max)})`;
}

/** "2.7×" of `value` to `best`; empty when there is no peer to compare with. */
export function ratio(value, best) {
  if (!Number.isFinite(value) || !Number.isFinite(best) || best <= 0) return '—';
  return `${(value / best).toFixed(value / best < 10 ? 2 : 1)}×`;
}

/** Prints `rows` under `columns`: the first `labels` columns left-aligned, the others right. */
export function printTable({ title, note, columns, rows, labels = 1 }) {
  const cells = [columns, ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row) =>
    row
      .map((cell, i) => (i < labels ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  if (note) console.log(note);
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row.map(String))));
}
