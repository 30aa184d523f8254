/**
 * The tracker's data-table view: one row per recommendation, in the list's order, with its
 * themes, response, implementation, recommending states and sources. The element owns whether
 * it is open and how many rows it renders (a long table comes a page at a time); the rows are
 * plain data (`recommendationTable`), which the CSV export reads too.
 */
import { html } from 'lit';
import type { Dataset, Review } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { renderTableView, type TableView } from '../shared/data-table.js';
import { sourcePublishers } from '../shared/incident-detail.js';
import { messagesFor } from '../shared/messages.js';
import type { TableData } from '../shared/table-cells.js';
import type { TrackerEntry } from './tracker-layout.js';
import { reviewName } from './tracker-review.js';
import { themeNames } from './tracker-rows.js';
import { trackerMessages } from './tracker-messages.js';

/** The table of `entries` of `review`: its caption, columns and one row per recommendation. */
export function recommendationTable(
  entries: readonly TrackerEntry[],
  review: Review,
  dataset: Dataset,
  lang: string,
): TableData {
  const messages = messagesFor(lang);
  const t = trackerMessages(lang);
  return {
    caption: t.tableCaption(reviewName(review, lang)),
    columns: [
      { label: t.recommendation },
      { label: t.themes },
      { label: t.response },
      { label: t.implementation },
      { label: t.recommendingStates },
      { label: messages.sources },
    ],
    rows: entries.map((entry) => {
      const { recommendation } = entry;
      return {
        id: recommendation.id,
        cells: [
          resolveText(recommendation.text, lang),
          themeNames(entry, dataset, lang),
          t.responseNames[recommendation.response] ?? recommendation.response,
          t.implementationNames[entry.implementation] ?? entry.implementation,
          (recommendation.recommendingStates ?? []).join(', '),
          sourcePublishers(recommendation.sourceIds, dataset),
        ],
      };
    }),
  };
}

/** `rows`: the recommendations rendered, none while the table is closed. */
export function renderRecommendationTable(
  rows: readonly TrackerEntry[],
  review: Review,
  dataset: Dataset,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle' | 'more'>,
) {
  const data = recommendationTable(rows, review, dataset, lang);
  return html`${renderTableView({ ...table, table: data, lang })}`;
}
