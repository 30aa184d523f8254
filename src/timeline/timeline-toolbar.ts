/**
 * The timeline's toolbar: zoom in and out, show all, the one button that filters to the
 * period in view (and then clears it), "Verified only" (for a dataset that says how sure its
 * sources are), and the category legend, each category a toggle button in the shared filter.
 */
import { html, nothing } from 'lit';
import type { Category } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import type { Filter } from '../filter/filter.js';
import { formatPeriod } from '../shared/format-date.js';
import { timelineMessages } from './timeline-messages.js';

/** What the toolbar's buttons ask of the element. */
export interface ToolbarActions {
  zoomBy: (factor: number) => void;
  showAll: () => void;
  /** The reader changed the filter: a period or the categories. */
  setFilter: (filter: Filter) => void;
}

/** The filter kept to the whole days `from` to `to` (a brushed period, or the one in view). */
export function withPeriod(filter: Filter, [from, to]: [string, string]): Filter {
  return { ...withoutPeriod(filter), from, to };
}

function withoutPeriod({ from, to, ...rest }: Filter): Filter {
  return rest;
}

/** The filter with category `id` switched on or off. */
export function withCategoryToggled(
  filter: Filter,
  categories: readonly Category[],
  id: string,
): Filter {
  const all = categories.map((c) => c.id);
  const on = filter.categoryIds.length ? filter.categoryIds : all;
  const next = on.includes(id) ? on.filter((c) => c !== id) : [...on, id];
  // Every category on is the same as no category filter.
  return { ...filter, categoryIds: next.length === all.length ? [] : next };
}

/**
 * `visible`: the whole days in view (first, last); undefined while there is no view.
 * `verification`: the dataset says how sure its sources are, so "Verified only" is offered.
 */
export function renderToolbar(
  filter: Filter,
  categories: readonly Category[],
  visible: [string, string] | undefined,
  lang: string,
  verification: boolean,
  actions: ToolbarActions,
) {
  const t = timelineMessages(lang);
  // One button, relabelled, so that focus stays on it; its name says the period it keeps.
  const period = filter.from || filter.to;
  const togglePeriod = () => {
    if (period) actions.setFilter(withoutPeriod(filter));
    else if (visible) actions.setFilter(withPeriod(filter, visible));
  };
  return html`<div class="toolbar">
    <div class="zoom" role="group" aria-label=${t.zoom}>
      <button
        type="button"
        @click=${() => actions.zoomBy(0.5)}
        aria-label=${t.zoomIn}
        title=${t.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        @click=${() => actions.zoomBy(2)}
        aria-label=${t.zoomOut}
        title=${t.zoomOut}
      >
        −
      </button>
      <button type="button" @click=${actions.showAll}>${t.showAll}</button>
      <button
        type="button"
        aria-label=${period || !visible ? nothing : `${t.filterToView}: ${formatPeriod(...visible, lang)}`}
        @click=${togglePeriod}
      >
        ${period ? t.clearPeriod : t.filterToView}
      </button>
      ${
        verification
          ? html`<button
              type="button"
              class="verified-only"
              aria-pressed=${filter.verifiedOnly ? 'true' : 'false'}
              @click=${() => actions.setFilter({ ...filter, verifiedOnly: !filter.verifiedOnly })}
            >
              ${t.verifiedOnly}
            </button>`
          : nothing
      }
    </div>
    <ul class="legend" aria-label=${t.categories}>
      ${categories.map((category, index) => {
        const label = resolveText(category.label, lang);
        const on = !filter.categoryIds.length || filter.categoryIds.includes(category.id);
        return html`<li>
          <button
            type="button"
            class="cat-${index}"
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => actions.setFilter(withCategoryToggled(filter, categories, category.id))}
          >
            <span class="swatch"></span><span lang=${label.lang ?? nothing}>${label.text}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
