/**
 * The tracker's data-table view: one row per recommendation, in the list's order, with its
 * themes, response, implementation, recommending states and sources. The element owns whether
 * it is open and how many rows it renders (a long table comes a page at a time).
 */
import { html } from 'lit';
import type { Dataset, Review } from '../data/schema.js';
import { renderTableView, textCell, type TableView } from '../shared/data-table.js';
import { sourcePublishers } from '../shared/incident-detail.js';
import { messagesFor } from '../shared/messages.js';
import type { TrackerEntry } from './tracker-layout.js';
import { reviewName } from './tracker-review.js';
import { themeNames } from './tracker-rows.js';
import { trackerMessages } from './tracker-messages.js';

/** `rows`: the recommendations rendered, none while the table is closed. */
export function renderRecommendationTable(
  rows: readonly TrackerEntry[],
  review: Review,
  dataset: Dataset,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle' | 'more'>,
) {
  const messages = messagesFor(lang);
  const t = trackerMessages(lang);
  return html`${renderTableView({
    ...table,
    caption: t.tableCaption(reviewName(review, lang)),
    lang,
    columns: [
      { label: t.recommendation },
      { label: t.themes },
      { label: t.response },
      { label: t.implementation },
      { label: t.recommendingStates },
      { label: messages.sources },
    ],
    rows: rows.map((entry) => {
      const { recommendation } = entry;
      return {
        id: recommendation.id,
        cells: [
          textCell(recommendation.text, lang),
          themeNames(entry, dataset, lang),
          t.responseNames[recommendation.response] ?? recommendation.response,
          t.implementationNames[entry.implementation] ?? entry.implementation,
          (recommendation.recommendingStates ?? []).join(', '),
          sourcePublishers(recommendation.sourceIds, dataset),
        ],
      };
    }),
  })}`;
}
