import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DatasetState } from '../data/dataset-state.js';
import { filterContext, type FilterContextValue } from '../provider/filter-context.js';
import { readFilterParams, writeFilterParams } from '../filter/filter-url.js';
import { emptyFilter, isFilterEmpty, normalizeFilter, type Filter } from '../filter/filter.js';
import { DatasetController } from '../provider/dataset-controller.js';
import { CivicFilterChangeEvent } from '../provider/events.js';
import { datasetContext } from '../provider/dataset-context.js';

/**
 * Loads one dataset and shares it, and one filter, with the widgets inside it, so that a
 * selection in one widget filters the others. Shows nothing of its own.
 *
 * @summary Loads a dataset and links the widgets inside it.
 * @fires civic-load - `{ dataset }` after the dataset validated.
 * @fires civic-error - `{ message, issues: { path, message }[] }` when it could not be loaded or is invalid.
 * @fires civic-filter-change - `{ filter }` when a widget inside changed the shared filter.
 * @slot - The widgets (and any other content) that share this dataset.
 */
export class CivicDataset extends LitElement {
  // `contents`: the element adds no box of its own, so it can wrap widgets anywhere in a page.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of a dataset JSON; fetched, parsed and validated. */
  @property() src?: string;

  /** A dataset object (or any JSON value: it is validated the same way). Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * Mirrors the filter in the page URL (`?civic-regions=KP-09&civic-from=2024-09…`), so a reader
   * can share exactly what they see; read back when the page opens. A value names the
   * parameters' prefix (`sync-url="nk"` → `nk-regions`), for two linked groups on one page.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  /** The shared filter. Setting it from outside filters the widgets without firing an event. */
  @property({ attribute: false })
  get filter(): Filter {
    return this.filterValue.filter;
  }
  set filter(value: unknown) {
    const old = this.filterValue.filter;
    const next = normalizeFilter(value);
    // A framework page hands back the filter an event just gave it: nothing to redraw.
    if (JSON.stringify(next) === JSON.stringify(old)) return;
    this.filterValue = this.withFilter(next);
    this.requestUpdate('filter', old);
  }

  @provide({ context: datasetContext }) @state() protected datasetState: DatasetState = {
    status: 'idle',
  };

  @provide({ context: filterContext }) @state() protected filterValue: FilterContextValue =
    this.withFilter(emptyFilter);

  private readonly loader = new DatasetController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') || changed.has('data')) this.loader.use(this.src, this.data);
    this.datasetState = this.loader.state;
    // Turned on (or renamed): the URL's filter, if it has one, is where the reader left off.
    if (changed.has('syncUrl') && this.urlPrefix) {
      const fromUrl = readFilterParams(location.search, this.urlPrefix);
      if (!isFilterEmpty(fromUrl)) this.filterValue = this.withFilter(fromUrl);
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('filterValue') && this.urlPrefix) {
      const search = writeFilterParams(location.search, this.filter, this.urlPrefix);
      // replaceState: filtering is not navigation, and must not fill the reader's history.
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    }
  }

  /** The URL parameters' prefix, or undefined when the filter is not mirrored in the URL. */
  private get urlPrefix(): string | undefined {
    if (this.syncUrl === undefined || this.syncUrl === null) return undefined;
    const name = this.syncUrl.trim().replace(/[^\w-]/g, '');
    return name ? `${name}-` : 'civic-';
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** A new context value each time, so every consumer re-renders with the new filter. */
  private withFilter(filter: Filter): FilterContextValue {
    return {
      filter,
      setFilter: (next: Filter) => {
        const normalized = normalizeFilter(next);
        this.filterValue = this.withFilter(normalized);
        this.dispatchEvent(new CivicFilterChangeEvent(normalized));
      },
    };
  }
}

// Not Lit's @customElement: a second copy of this library on the page (two embeds, each with
// its bundle) must not throw on the name the first one registered; the first one serves both.
if (!customElements.get('civic-dataset')) customElements.define('civic-dataset', CivicDataset);

declare global {
  interface HTMLElementTagNameMap {
    'civic-dataset': CivicDataset;
  }
}
