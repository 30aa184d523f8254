/**
 * The data-table view every widget offers (components.md, "Accessibility"): a real `<table>`
 * with the same records as the chart, behind a visible toggle button. The widget owns the
 * open/closed state; this module draws both, from the table's plain data (table-cells.ts),
 * which the CSV export reads too.
 */
import { css, html, nothing } from 'lit';
import { formatIncidentDate } from './format-date.js';
import { keepingFocus } from './keeping-focus.js';
import { messagesFor } from './messages.js';
import type { TableCell, TableColumn, TableData } from './table-cells.js';
import { formatNumber } from './format-number.js';

/**
 * A cell as the table shows it: numbers and dates in the reader's words, and dataset text
 * marked with the language it is in (a Korean table may show a record the dataset has only in
 * English, and a screen reader must read it with an English voice).
 */
function cellContent(cell: TableCell, lang: string) {
  if (typeof cell === 'number') return formatNumber(cell, lang);
  if (typeof cell === 'string') return cell;
  if ('when' in cell) return formatIncidentDate(cell.when, lang);
  return html`<span lang=${cell.lang ?? nothing}>${cell.text}</span>`;
}

function renderCell(cell: TableCell, column: TableColumn | undefined, lang: string) {
  return html`<td class=${column?.numeric ? 'numeric' : ''}>${cellContent(cell, lang)}</td>`;
}

export interface TableView {
  open: boolean;
  onToggle: () => void;
  /** The caption, the columns and the rows rendered (none while closed). */
  table: TableData;
  lang: string;
  /** Id of the table element, unique in the widget's shadow root (aria-controls). */
  tableId?: string;
  /** Rows not rendered yet (a long table comes a page at a time), and how to show more. */
  more?: { hidden: number; page: number; onShowMore: () => void };
}

export const dataTableStyles = css`
  .table-view {
    margin-block-start: 0.5rem;
  }
  .table-more {
    margin-block-start: 0.5rem;
  }
  /* Focusable, so that a keyboard can scroll it; the last "Show more" hands focus to it. */
  .table-scroll {
    overflow: auto;
    max-height: var(--civic-table-max-height, 28rem);
    margin-block-start: 0.5rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  /* A heading breaks between words only ("People affected", not "affecte d"). */
  th {
    overflow-wrap: break-word;
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* On paper an open table is printed whole: nothing scrolls there. */
  @media print {
    [part='table-toggle'],
    .table-more {
      display: none;
    }
    .table-scroll {
      max-height: none;
      overflow: visible;
    }
    th {
      position: static;
    }
  }
`;

export function renderTableView(view: TableView) {
  const messages = messagesFor(view.lang);
  const tableId = view.tableId ?? 'data-table';
  const { caption, columns, rows } = view.table;
  return html`<div class="table-view">
    <button
      type="button"
      part="table-toggle"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls=${tableId}
      @click=${view.onToggle}
    >
      ${view.open ? messages.hideTable : messages.showTable}
    </button>
    ${
      view.open
        ? html`<div
            class="table-scroll"
            id="${tableId}-scroll"
            tabindex="0"
            role="region"
            aria-label=${caption}
          >
            <table part="table" id=${tableId}>
              <caption>
                ${caption}
              </caption>
              <thead>
                <tr>
                  ${columns.map(
                    (column) =>
                      html`<th scope="col" class=${column.numeric ? 'numeric' : ''}>
                        ${column.label}
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr data-id=${row.id}>
                      ${row.cells.map((cell, i) => renderCell(cell, columns[i], view.lang))}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${
      view.open && view.more && view.more.hidden > 0
        ? html`<button
            type="button"
            class="table-more"
            @click=${keepingFocus(view.more.onShowMore, `#${tableId}-scroll`)}
          >
            ${messages.showMoreRows(Math.min(view.more.hidden, view.more.page))}
          </button>`
        : nothing
    }
  </div>`;
}
