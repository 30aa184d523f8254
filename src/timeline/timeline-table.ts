/**
 * The timeline's data-table view: one row per incident, in time order, with its date, title,
 * categories, location, people affected and sources. The element owns whether it is open and
 * how many rows it renders (a long table comes a page at a time).
 */
import { html } from 'lit';
import type { Dataset } from '../data/schema.js';
import { renderTableView, textCell, type TableView } from '../shared/data-table.js';
import { formatPeriod } from '../shared/format-date.js';
import {
  incidentCategories,
  incidentLocation,
  sourcePublishers,
} from '../shared/incident-detail.js';
import { messagesFor } from '../shared/messages.js';
import type { TimelineItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

/** `rows`: the items rendered, none while the table is closed. */
export function renderIncidentTable(
  rows: readonly TimelineItem[],
  dataset: Dataset,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle' | 'more'>,
) {
  const messages = messagesFor(lang);
  return html`${renderTableView({
    ...table,
    caption: timelineMessages(lang).tableCaption,
    lang,
    columns: [
      { label: messages.date },
      { label: messages.incident },
      { label: messages.category },
      { label: messages.location },
      { label: messages.peopleAffected, numeric: true },
      { label: messages.sources },
    ],
    rows: rows.map(({ incident }) => ({
      id: incident.id,
      cells: [
        formatPeriod(incident.date, incident.endDate, lang),
        textCell(incident.title, lang),
        incidentCategories(incident, dataset, lang),
        incidentLocation(incident, dataset, lang),
        incident.peopleAffected?.toLocaleString(lang) ?? '',
        sourcePublishers(incident.sourceIds, dataset),
      ],
    })),
  })}`;
}
