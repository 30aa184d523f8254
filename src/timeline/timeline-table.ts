/**
 * The timeline's data-table view: one row per incident, in time order (those whose source gives
 * no date last, "Date not stated"), with its date, title, categories, location, people affected,
 * how sure the source is (when the dataset says of any) and sources. The element owns whether it
 * is open and how many rows it renders (a long table comes a page at a time); the rows are plain
 * data (`incidentTable`), which the CSV export reads too.
 */
import { html } from 'lit';
import type { Dataset, Incident } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { givesVerification } from '../data/verification.js';
import { renderTableView, type TableView } from '../shared/data-table.js';
import { formatPeople } from '../shared/format-people.js';
import {
  incidentCategories,
  incidentLocation,
  sourcePublishers,
} from '../shared/incident-detail.js';
import { messagesFor } from '../shared/messages.js';
import type { TableData } from '../shared/table-cells.js';
import { timelineMessages } from './timeline-messages.js';

/** The table of `incidents`: its caption, columns and one row per incident. */
export function incidentTable(
  incidents: readonly Incident[],
  dataset: Dataset,
  lang: string,
): TableData {
  const messages = messagesFor(lang);
  // A column of its own only for a dataset that says how sure its sources are.
  const verification = givesVerification(dataset.incidents);
  return {
    caption: timelineMessages(lang).tableCaption,
    columns: [
      { label: messages.date },
      { label: messages.incident },
      { label: messages.category },
      { label: messages.location },
      { label: messages.peopleAffected, numeric: true },
      ...(verification ? [{ label: messages.verification }] : []),
      { label: messages.sources },
    ],
    rows: incidents.map((incident) => ({
      id: incident.id,
      cells: [
        { when: incident },
        resolveText(incident.title, lang),
        incidentCategories(incident, dataset, lang),
        incidentLocation(incident, dataset, lang),
        // An exact number is a number (digits in a spreadsheet); a range is words.
        typeof incident.peopleAffected === 'number'
          ? incident.peopleAffected
          : incident.peopleAffected === undefined
            ? ''
            : formatPeople(incident.peopleAffected, lang),
        ...(verification
          ? [incident.verification ? messages.verificationNames[incident.verification] : '']
          : []),
        sourcePublishers(incident.sourceIds, dataset),
      ],
    })),
  };
}

/** `rows`: the incidents rendered, none while the table is closed. */
export function renderIncidentTable(
  rows: readonly Incident[],
  dataset: Dataset,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle' | 'more'>,
) {
  return html`${renderTableView({ ...table, table: incidentTable(rows, dataset, lang), lang })}`;
}
