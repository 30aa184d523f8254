import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { DatasetState } from '../data/dataset-state.js';
import { filterContext, type FilterContextValue } from '../filter/filter-context.js';
import { emptyFilter, normalizeFilter, type Filter } from '../filter/filter.js';
import { DatasetController } from '../shared/dataset-controller.js';
import { CivicFilterChangeEvent } from '../shared/events.js';
import { datasetContext } from './dataset-context.js';

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
@customElement('civic-dataset')
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

  /** The shared filter. Setting it from outside filters the widgets without firing an event. */
  @property({ attribute: false })
  get filter(): Filter {
    return this.filterValue.filter;
  }
  set filter(value: unknown) {
    const old = this.filterValue.filter;
    this.filterValue = this.withFilter(normalizeFilter(value));
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

declare global {
  interface HTMLElementTagNameMap {
    'civic-dataset': CivicDataset;
  }
}
