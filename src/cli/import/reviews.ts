/**
 * reviews.csv → the dataset's `reviews` (a UPR cycle, a resolution), for the tracker: `id,
 * mechanism, body, date, cycle, recommendation_count, summary, source` (`mechanism`, `body` and
 * `summary` also as `_<lang>`). Their recommendations are added by `recommendations.ts`.
 */
import type { Review, Source } from '../../data/schema.js';
import { readCount, readDate, readList } from './cell-values.js';
import type { ColumnSpec, Sheet } from './columns.js';
import { isExampleRow } from './example-rows.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReferences, type Referable } from './references.js';
import { slugOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';

export const reviewColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'mechanism', required: true, localized: true },
  { name: 'body', required: true, localized: true },
  { name: 'date', required: true },
  { name: 'cycle' },
  { name: 'recommendation_count' },
  { name: 'summary', localized: true },
  { name: 'source' },
];

/** A whole number cell of at least `min`, or undefined (reported). */
function countCell(text: string, min: number): { value?: number; message?: string } {
  if (!text) return {};
  const count = readCount(text);
  if (!count.ok) return { message: count.message };
  if (count.value < min) return { message: `${text} is too small: the least allowed is ${min}` };
  return { value: count.value };
}

/** The reviews of reviews.csv, without their recommendations yet. */
export function readReviews(
  sheet: Sheet,
  sources: Referable<Source>,
  report: Report,
  origins: Origins,
): Review[] {
  const reviews: Review[] = [];
  const ids = new UniqueIds(report);
  for (const row of sheet.rows()) {
    if (isExampleRow(row, report)) continue;
    const mechanism = row.text('mechanism');
    if (!mechanism)
      report.problem(
        row.at('mechanism'),
        'is empty: name the review mechanism, such as "Universal Periodic Review"',
      );
    const body = row.text('body');
    if (!body)
      report.problem(
        row.at('body'),
        'is empty: name the body that held the review, such as "UN Human Rights Council"',
      );
    const dateText = row.cell('date');
    const date = dateText ? readDate(dateText) : undefined;
    if (!date)
      report.problem(
        row.at('date'),
        'is empty: write when the review took place, as 2024, 2024-09 or 2024-09-14',
      );
    else if (!date.ok) report.problem(row.at('date'), date.message);
    const cycle = countCell(row.cell('cycle'), 1);
    if (cycle.message) report.problem(row.at('cycle'), cycle.message);
    const count = countCell(row.cell('recommendation_count'), 0);
    if (count.message) report.problem(row.at('recommendation_count'), count.message);
    const { id, madeFrom } = idOf(row, () =>
      slugOf(`${row.texts('mechanism')[0] ?? 'review'} ${dateText}`),
    );
    if (!ids.claim(id, row, madeFrom ? 'mechanism and date' : undefined)) continue;
    origins.add(`reviews[${reviews.length}]`, row, {
      id: 'id',
      mechanism: 'mechanism',
      body: 'body',
      date: 'date',
      summary: 'summary',
      cycle: 'cycle',
      recommendationCount: 'recommendation_count',
      sourceIds: 'source',
    });
    reviews.push({
      id,
      mechanism: mechanism ?? '',
      body: body ?? '',
      date: date?.ok ? date.value : dateText,
      summary: row.text('summary'),
      cycle: cycle.value,
      recommendationCount: count.value,
      sourceIds: resolveReferences(sources, readList(row.cell('source')), row.at('source'), report),
      recommendations: [],
    });
  }
  return reviews;
}
