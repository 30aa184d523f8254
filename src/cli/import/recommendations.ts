/**
 * recommendations.csv → each review's `recommendations`, for the tracker: `id, review, text,
 * theme, recommending_states, response, implementation, source` (`text_<lang>` too). `review`
 * names a review of reviews.csv by id (or may be empty when there is only one), lists are
 * separated by `;`, and an empty `response` means the source does not say (`unknown`).
 */
import type { Recommendation, Review, Source } from '../../data/schema.js';
import { implementationStatuses, responses } from '../../data/schema.js';
import { readChoice, readList } from './cell-values.js';
import type { ColumnSpec, Sheet } from './columns.js';
import { isExample, isExampleRow } from './example-rows.js';
import { NameIndex } from './match-names.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import { resolveReference, resolveReferences, type Referable } from './references.js';
import { slugOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';
import type { Term } from './vocabulary.js';

export const recommendationColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'review' },
  { name: 'text', required: true, localized: true },
  { name: 'theme' },
  { name: 'recommending_states' },
  { name: 'response' },
  { name: 'implementation' },
  { name: 'source' },
];

/** Each recommendation of recommendations.csv, added to the review it names. */
export function readRecommendations(
  sheet: Sheet,
  reviews: Review[],
  refs: { themes: Referable<Term>; sources: Referable<Source> },
  report: Report,
  origins: Origins,
): void {
  const reviewIndex = new NameIndex<Review>();
  reviews.forEach((review) => reviewIndex.add(review, review.id, []));
  const reviewRefs: Referable<Review> = {
    index: reviewIndex,
    plural: 'reviews of reviews.csv',
    names: reviews.map((review) => review.id),
    idOf: (review) => review.id,
  };
  const idsByReview = new Map<Review, UniqueIds>();
  for (const row of sheet.rows()) {
    if (isExampleRow(row, report)) continue;
    const reviewCell = row.cell('review');
    let review: Review | undefined;
    if (reviewCell) review = resolveReference(reviewRefs, reviewCell, row.at('review'), report);
    else if (reviews.length === 1) review = reviews[0];
    else
      report.problem(
        row.at('review'),
        reviews.length
          ? `is empty: write the id of the review this recommendation was made in (${reviewRefs.names.map((n) => `"${n}"`).join(', ')})`
          : 'names no review, and reviews.csv lists none: add the review to reviews.csv',
      );
    const text = row.text('text');
    if (!text) report.problem(row.at('text'), 'is empty: write the recommendation');
    const response = row.cell('response') ? readChoice(row.cell('response'), responses) : undefined;
    if (response && !response.ok) report.problem(row.at('response'), response.message);
    const implementation = row.cell('implementation')
      ? readChoice(row.cell('implementation'), implementationStatuses)
      : undefined;
    if (implementation && !implementation.ok)
      report.problem(row.at('implementation'), implementation.message);
    const recommendation: Recommendation = {
      id: '',
      text: text ?? '',
      themeIds: resolveReferences(
        refs.themes,
        readList(row.cell('theme')),
        row.at('theme'),
        report,
      ),
      recommendingStates: readList(row.cell('recommending_states')),
      // An empty cell: the source does not say how the country responded (dataset.md).
      response: response?.ok ? response.value : 'unknown',
      implementation: implementation?.ok ? implementation.value : undefined,
      sourceIds: resolveReferences(
        refs.sources,
        readList(row.cell('source')),
        row.at('source'),
        report,
      ),
    };
    if (!recommendation.recommendingStates?.length) delete recommendation.recommendingStates;
    if (!review) continue;
    const ids = idsByReview.get(review) ?? new UniqueIds(report);
    idsByReview.set(review, ids);
    const { id, madeFrom } = idOf(
      row,
      () => slugOf(row.texts('text')[0] ?? '') || 'recommendation',
    );
    if (!ids.claim(id, row, madeFrom ? 'review and text' : undefined)) continue;
    const path = `reviews[${reviews.indexOf(review)}].recommendations[${review.recommendations.length}]`;
    origins.add(path, row, {
      id: 'id',
      text: 'text',
      themeIds: 'theme',
      recommendingStates: 'recommending_states',
      response: 'response',
      implementation: 'implementation',
      sourceIds: 'source',
    });
    review.recommendations.push({ ...recommendation, id });
  }
}

/** The theme values recommendations.csv uses, for themes made without themes.csv. */
export function themeValues(sheet: Sheet): string[] {
  return sheet
    .rows()
    .filter((row) => !isExample(row))
    .flatMap((row) => readList(row.cell('theme')));
}
