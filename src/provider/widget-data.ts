/**
 * Where a widget's data and filter come from (components.md): its own `src` / `data`, or,
 * with neither, the enclosing `<civic-dataset>` and its shared filter (linked views). A widget
 * that stands alone keeps a filter of its own and reports changes with `civic-filter-change`.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { DatasetState } from '../data/dataset-state.js';
import { datasetContext } from './dataset-context.js';
import { filterContext } from './filter-context.js';
import { emptyFilter, normalizeFilter, type Filter } from '../filter/filter.js';
import { DatasetController } from './dataset-controller.js';
import { CivicFilterChangeEvent } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Composes the controllers that follow the widget's own data and the enclosing dataset's. */
export class WidgetDataController {
  private readonly own: DatasetController;
  private readonly linkedDataset: ContextConsumer<typeof datasetContext, Host>;
  private readonly linkedFilter: ContextConsumer<typeof filterContext, Host>;
  private hasOwnData = false;
  private ownFilter: Filter = emptyFilter;

  constructor(private readonly host: Host) {
    this.own = new DatasetController(host);
    this.linkedDataset = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.linkedFilter = new ContextConsumer(host, { context: filterContext, subscribe: true });
  }

  /** Call from `willUpdate` when `src` or `data` changed. */
  use(src: string | null | undefined, data: unknown): void {
    this.hasOwnData = Boolean(src) || (data !== undefined && data !== null);
    this.own.use(src, data);
  }

  /** True when the widget shows the enclosing `<civic-dataset>`'s data and filter. */
  get linked(): boolean {
    return !this.hasOwnData && this.linkedDataset.value !== undefined;
  }

  get state(): DatasetState {
    if (this.hasOwnData) return this.own.state;
    return this.linkedDataset.value ?? { status: 'idle' };
  }

  get filter(): Filter {
    return this.linked ? (this.linkedFilter.value?.filter ?? emptyFilter) : this.ownFilter;
  }

  /** The reader cleared the filter ("Clear filters"); a function to hand to a button. */
  readonly clearFilter = (): void => this.setFilter(emptyFilter);

  /** The reader changed the filter in this widget. */
  setFilter(filter: Filter): void {
    const shared = this.linked ? this.linkedFilter.value : undefined;
    if (shared) {
      shared.setFilter(filter);
      return;
    }
    this.ownFilter = normalizeFilter(filter);
    this.host.requestUpdate();
    this.host.dispatchEvent(new CivicFilterChangeEvent(this.ownFilter));
  }
}
