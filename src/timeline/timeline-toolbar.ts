/**
 * The timeline's toolbar: zoom in and out, show all, the one button that filters to the
 * period in view (and then clears it), and the category legend, each category a toggle
 * button in the shared filter.
 */
import { html, nothing } from 'lit';
import type { Category } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import type { Filter } from '../filter/filter.js';
import { formatPeriod } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';

/** What the toolbar's buttons ask of the element. */
export interface ToolbarActions {
  zoomBy: (factor: number) => void;
  showAll: () => void;
  /** Filters to these days, or clears the period with undefined. */
  setPeriod: (days: [string, string] | undefined) => void;
  toggleCategory: (id: string) => void;
}

/** `visible`: the whole days in view (first, last); undefined while there is no view. */
export function renderToolbar(
  filter: Filter,
  categories: readonly Category[],
  visible: [string, string] | undefined,
  lang: string,
  actions: ToolbarActions,
) {
  const t = messagesFor(lang).timeline;
  // One button, relabelled, so that focus stays on it; its name says the period it keeps.
  const period = filter.from || filter.to;
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
        @click=${() => actions.setPeriod(period ? undefined : visible)}
      >
        ${period ? t.clearPeriod : t.filterToView}
      </button>
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
            @click=${() => actions.toggleCategory(category.id)}
          >
            <span class="swatch"></span><span lang=${label.lang ?? nothing}>${label.text}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}
