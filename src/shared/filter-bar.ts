/**
 * What the shared filter currently hides, in words, with a visible "Clear filters" button
 * (part `filters`): every widget shows it, so a reader always knows why records are missing
 * and how to get them back, and how many of those shown match its period only possibly.
 */
import { css, html, nothing } from 'lit';
import type { Dataset } from '../data/schema.js';
import { textIn } from '../data/text.js';
import { isFilterEmpty, possibleMatchCount, type Filter } from '../filter/filter.js';
import { keepingFocus } from './keeping-focus.js';
import { formatPartialDate } from './format-date.js';
import { messagesFor } from './messages.js';

export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block-end: 0.5rem;
    padding: 0.375rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .filters p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media print {
    [part='clear-filters'] {
      display: none;
    }
  }
`;

/** "North Hamgyong; Surveillance; September 2024 – October 2024; “phone”; verified only". */
export function describeFilter(filter: Filter, dataset: Dataset, lang: string): string {
  const names = <T extends { id: string }>(
    ids: string[],
    records: readonly T[],
    name: (r: T) => string,
  ) =>
    ids.map((id) => {
      const record = records.find((r) => r.id === id);
      return record ? name(record) : id;
    });
  const parts = [
    ...names(filter.regionIds, dataset.regions, (r) => textIn(r.name, lang)),
    ...names(filter.categoryIds, dataset.categories, (c) => textIn(c.label, lang)),
  ];
  if (filter.from || filter.to) {
    const from = filter.from ? formatPartialDate(filter.from, lang) : '…';
    const to = filter.to ? formatPartialDate(filter.to, lang) : '…';
    parts.push(`${from} – ${to}`);
  }
  if (filter.query?.trim()) parts.push(`“${filter.query.trim()}”`);
  if (filter.verifiedOnly) parts.push(messagesFor(lang).verifiedOnly);
  return parts.join('; ');
}

export function renderFilterBar(
  filter: Filter,
  dataset: Dataset,
  lang: string,
  onClear: () => void,
) {
  if (isFilterEmpty(filter)) return nothing;
  const messages = messagesFor(lang);
  const clear = clearing(onClear);
  // Matches whose date only bounds them may lie outside the period: how many, said with it.
  const possible = possibleMatchCount(dataset, filter);
  return html`<div class="filters" part="filters" role="status">
    <p>${messages.filteredBy(describeFilter(filter, dataset, lang))}</p>
    ${possible ? html`<p class="possible">${messages.possibleMatches(possible)}</p>` : nothing}
    <button type="button" part="clear-filters" @click=${clear}>${messages.clearFilters}</button>
  </div>`;
}

/** A "Clear filters" button's handler: it clears, and focus moves to the widget's summary. */
export const clearing = (clear: () => void) => keepingFocus(clear, '#summary');
