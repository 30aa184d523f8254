/**
 * The tracker's own filters (a search form): theme, response, implementation and recommending
 * state as selects, the text search, and "Clear filters" once any is set. Each control names
 * the filter key it sets in `data-filter`; the element reads it in its change handler.
 */
import { html, nothing } from 'lit';
import type { Dataset } from '../data/schema.js';
import { implementationStatuses, responses } from '../data/schema-values.js';
import { clearing } from '../shared/filter-bar.js';
import { messagesFor } from '../shared/messages.js';
import { isTrackerFilterEmpty, type TrackerFilter } from './tracker-layout.js';
import { themeLabel } from './tracker-rows.js';
import { trackerMessages } from './tracker-messages.js';

/**
 * `themes`: the theme ids the review uses, in the dataset's order (`themesOfReview`);
 * `states`: its recommending states, sorted (`statesOfReview`).
 */
export function renderFilters(
  filter: TrackerFilter,
  themes: readonly string[],
  states: readonly string[],
  dataset: Dataset,
  lang: string,
  onChange: (event: Event) => void,
  onClear: () => void,
) {
  const messages = messagesFor(lang);
  const t = trackerMessages(lang);
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value=${value} ?selected=${value === (current ?? '')}>${label}</option>`;
  return html`<form class="filters" role="search" aria-label=${t.filters} @submit=${prevent}>
    <label
      >${t.theme}
      <select data-filter="theme" @change=${onChange}>
        ${option('', t.allThemes, filter.theme)}
        ${themes.map((id) => option(id, themeLabel(id, dataset, lang).text, filter.theme))}
      </select>
    </label>
    <label
      >${t.response}
      <select data-filter="response" @change=${onChange}>
        ${option('', t.allResponses, filter.response)}
        ${responses.map((r) => option(r, t.responseNames[r] ?? r, filter.response))}
      </select>
    </label>
    <label
      >${t.implementation}
      <select data-filter="implementation" @change=${onChange}>
        ${option('', t.allImplementation, filter.implementation)}
        ${implementationStatuses.map((s) =>
          option(s, t.implementationNames[s] ?? s, filter.implementation),
        )}
      </select>
    </label>
    ${
      states.length
        ? html`<label
            >${t.recommendingStates}
            <select data-filter="state" @change=${onChange}>
              ${option('', t.allStates, filter.state)}
              ${states.map((s) => option(s, s, filter.state))}
            </select>
          </label>`
        : nothing
    }
    <label class="search"
      >${t.search}
      <input type="search" data-filter="query" .value=${filter.query ?? ''} @input=${onChange} />
    </label>
    ${
      isTrackerFilterEmpty(filter)
        ? nothing
        : html`<button type="button" @click=${clearing(onClear)}>${messages.clearFilters}</button>`
    }
  </form>`;
}

/** The form is for its controls, which apply as they change: Enter sends nothing anywhere. */
function prevent(event: Event): void {
  event.preventDefault();
}
