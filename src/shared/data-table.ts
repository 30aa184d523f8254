/**
 * The data-table view every widget offers (components.md, "Accessibility"): a real `<table>`
 * with the same records as the chart, behind a visible toggle button. The widget owns the
 * open/closed state; this module draws both.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { resolveText, type Text } from '../data/text.js';
import { keepingFocus } from './keeping-focus.js';
import { messagesFor } from './messages.js';

export interface TableColumn {
  label: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

/**
 * A cell of dataset text, marked with the language it is in: a Korean table may show a record
 * the dataset has only in English, and a screen reader must read it with an English voice.
 */
export function textCell(text: Text | undefined, lang: string) {
  const resolved = resolveText(text, lang);
  return html`<span lang=${resolved.lang ?? nothing}>${resolved.text}</span>`;
}

export interface TableRow {
  id: string;
  cells: readonly (string | number | TemplateResult)[];
}

export interface TableView {
  open: boolean;
  onToggle: () => void;
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
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
`;

export function renderTableView(view: TableView) {
  const messages = messagesFor(view.lang);
  const tableId = view.tableId ?? 'data-table';
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
            aria-label=${view.caption}
          >
            <table part="table" id=${tableId}>
              <caption>
                ${view.caption}
              </caption>
              <thead>
                <tr>
                  ${view.columns.map(
                    (column) =>
                      html`<th scope="col" class=${column.numeric ? 'numeric' : ''}>
                        ${column.label}
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${view.rows.map(
                  (row) =>
                    html`<tr data-id=${row.id}>
                      ${row.cells.map(
                        (cell, i) =>
                          html`<td class=${view.columns[i]?.numeric ? 'numeric' : ''}>${cell}</td>`,
                      )}
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
