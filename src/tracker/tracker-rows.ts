/**
 * The recommendations by theme (parts `theme` and `recommendation`): each row a disclosure
 * button with the text, response and implementation in words; the selected row opens to the
 * full text, all its themes, the recommending states and its sources as links.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { renderSources } from '../shared/incident-detail.js';
import { noTheme, type ThemeGroup, type TrackerEntry } from './tracker-layout.js';
import { trackerMessages, type TrackerMessages } from './tracker-messages.js';
import { formatNumber } from '../shared/format-number.js';

export interface RowsView {
  groups: readonly ThemeGroup[];
  /** Recommendations per group in the whole filtered list (a page may show fewer). */
  groupTotals: ReadonlyMap<string, number>;
  dataset: Dataset;
  rovingId: string | undefined;
  selectedId: string | null;
  lang: string;
}

/** A theme's label in the reader's language, or "Other / no theme". */
export function themeLabel(id: string, dataset: Dataset, lang: string) {
  if (id === noTheme) return { text: trackerMessages(lang).noTheme, lang: undefined };
  const theme = dataset.themes.find((t) => t.id === id);
  return theme ? resolveText(theme.label, lang) : { text: id, lang: undefined };
}

export function themeNames(entry: TrackerEntry, dataset: Dataset, lang: string): string {
  return entry.themeKeys.map((id) => themeLabel(id, dataset, lang).text).join(', ');
}

export function renderGroups(view: RowsView) {
  const { groups, dataset, lang } = view;
  const t = trackerMessages(lang);
  return repeat(
    groups,
    (group) => group.id,
    (group, index) => {
      const label = themeLabel(group.id, dataset, lang);
      const total = view.groupTotals.get(group.id) ?? group.entries.length;
      return html`<section
        part="theme"
        class="theme"
        data-id=${group.id}
        aria-labelledby="theme-${index}"
      >
        <h3 id="theme-${index}">
          <span lang=${label.lang ?? nothing}>${label.text}</span>
          <span class="theme-count">(${formatNumber(total, lang)})</span>
        </h3>
        <ul class="rows">
          ${repeat(
            group.entries,
            (entry) => entry.recommendation.id,
            (entry) => renderRow(entry, view, t),
          )}
        </ul>
      </section>`;
    },
  );
}

function renderRow(entry: TrackerEntry, view: RowsView, t: TrackerMessages) {
  const { recommendation } = entry;
  const text = resolveText(recommendation.text, view.lang);
  const open = recommendation.id === view.selectedId;
  return html`<li
    part="recommendation"
    class="row${open ? ' open' : ''}"
    data-id=${recommendation.id}
  >
    <button
      type="button"
      class="row-button"
      tabindex=${recommendation.id === view.rovingId ? '0' : '-1'}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'rec-detail' : nothing}
    >
      <span class="rec-text" lang=${text.lang ?? nothing}>${text.text}</span>
      <span class="badges">
        <span class="badge">
          <span class="swatch response-${recommendation.response}"></span>
          <span class="badge-label">${t.response}:</span>
          ${t.responseNames[recommendation.response] ?? recommendation.response}
        </span>
        <span class="badge">
          <span class="swatch implementation-${entry.implementation}"></span>
          <span class="badge-label">${t.implementation}:</span>
          ${t.implementationNames[entry.implementation] ?? entry.implementation}
        </span>
        ${
          recommendation.recommendingStates?.length
            ? html`<span class="states"
                ><span class="badge-label">${t.recommendingStates}:</span>
                ${recommendation.recommendingStates.join(', ')}</span
              >`
            : nothing
        }
      </span>
    </button>
    ${open ? renderDetail(entry, view, t) : nothing}
  </li>`;
}

function renderDetail(entry: TrackerEntry, view: RowsView, t: TrackerMessages) {
  const { recommendation } = entry;
  const { dataset, lang } = view;
  return html`<div class="rec-detail" id="rec-detail">
    <dl>
      <dt>${t.themes}</dt>
      <dd>${themeNames(entry, dataset, lang)}</dd>
      <dt>${t.response}</dt>
      <dd>${t.responseNames[recommendation.response] ?? recommendation.response}</dd>
      <dt>${t.implementation}</dt>
      <dd>${t.implementationNames[entry.implementation] ?? entry.implementation}</dd>
      ${
        recommendation.recommendingStates?.length
          ? html`<dt>${t.recommendingStates}</dt>
              <dd>${recommendation.recommendingStates.join(', ')}</dd>`
          : nothing
      }
    </dl>
    ${
      recommendation.sourceIds.length
        ? html`<h4>${t.sources}</h4>
            ${renderSources(recommendation.sourceIds, dataset, lang)}`
        : nothing
    }
  </div>`;
}
