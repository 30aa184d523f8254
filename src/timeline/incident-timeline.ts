import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { spanOf } from '../data/partial-date.js';
import type { Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { filterIncidents, isFilterEmpty } from '../filter/filter.js';
import { dataTableStyles } from '../shared/data-table.js';
import { filterBarStyles, renderFilterBar } from '../shared/filter-bar.js';
import { CivicSelectEvent } from '../shared/events.js';
import { formatPartialDate, formatPeriod } from '../shared/format-date.js';
import { changedInputs } from '../shared/changed-inputs.js';
import { LangController } from '../shared/lang-controller.js';
import { messagesFor, type Messages } from '../shared/messages.js';
import { linearStep, RovingFocus } from '../shared/roving-focus.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { WidgetDataController } from '../shared/widget-data.js';
import { frameStyles, WidthController } from '../shared/width-controller.js';
import { CategorySheet } from './category-colors.js';
import { timelineStyles } from './incident-timeline.styles.js';
import { renderIncidentTable } from './timeline-table.js';
import { renderToolbar } from './timeline-toolbar.js';
import {
  axisHeight,
  renderActiveBin,
  renderAxis,
  renderBinLane,
  renderMarkLane,
  renderSpan,
} from './timeline-chart.js';
import {
  detailStyles,
  incidentCategories,
  incidentLocation,
  renderIncidentDetail,
} from '../shared/incident-detail.js';
import {
  defaultView,
  groupings,
  layoutTimeline,
  timelineItems,
  type Bin,
  type Grouping,
  type LaneLayout,
  type TimelineItem,
  type TimelineItems,
  type TimelineLayout,
} from './timeline-layout.js';
import { axisTicks } from './timeline-ticks.js';
import { timeAt, zoomView, type View } from './timeline-scale.js';
import { renderList } from './timeline-list.js';
import { TimelinePointer, type PointerHost } from './timeline-pointer.js';
import { timelineSummary } from './timeline-summary.js';

/** Below this width the timeline becomes a list by month rather than a squeezed axis. */
const narrowWidth = 480;
/** Rows of the table view rendered at a time; the rest come with "Show more". */
const tablePage = 500;

/** A bin the keyboard can stop on, in time order across lanes. */
interface BinStop {
  lane: LaneLayout;
  bin: Bin;
}

/**
 * Incidents on a time axis, coloured by category, in lanes, each drawn as what its date says:
 * a day, a month or a year ("some time in"), or a period. Zoom and pan with wheel, drag,
 * pinch, the buttons or + and −; filter a period by brushing the axis or, from the keyboard,
 * by zooming to it and pressing "Filter to this period" (the same button then clears it);
 * click or press Enter on an incident to read it. Where incidents are too dense to draw one by
 * one, counts per period are drawn instead, and zooming in expands them.
 *
 * @summary Incidents on a time axis, honest about uncertain dates.
 * @fires civic-select - `{ type: 'incident', id }` when the reader selects an incident (`id: null` when cleared).
 * @fires civic-filter-change - `{ filter }` when the reader brushes or filters to a period or toggles a category (standalone; inside `<civic-dataset>` it fires there).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own `src` or `data` could not be used.
 * @csspart incident - Each incident mark, with `data-id` = the incident's id.
 * @csspart aggregate - The counts per period of one lane, where incidents are too dense to draw one by one.
 * @csspart axis - The time axis (drag along it to brush a period).
 * @csspart detail - The selected incident's detail.
 * @csspart table - The data-table view.
 * @csspart table-toggle - The button that shows the data-table view.
 * @csspart error - The error message.
 * @cssprop --civic-font - Font family.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-background - Background colour.
 * @cssprop --civic-color-accent - Brushed period and links.
 * @cssprop --civic-category-<id> - Colour of a category (default: the dataset's, else a colour-blind-safe palette).
 * @cssprop --civic-timeline-uncertain-opacity - Fill opacity of dates known only to a month or year.
 */
export class IncidentTimeline extends LitElement {
  static override styles = [
    tokenStyles,
    frameStyles,
    stateStyles,
    dataTableStyles,
    detailStyles,
    filterBarStyles,
    timelineStyles,
  ];

  /** URL of a dataset JSON; fetched, parsed and validated. */
  @property() src?: string;
  /** A dataset object (or any JSON value: it is validated the same way). */
  @property({ attribute: false }) data?: unknown;
  /** Lanes by `category`, `region` or `none`. */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'category';
  /** Start of the initial window (a partial date); default: the data's extent with a margin. */
  @property() from?: string;
  /** End of the initial window (a partial date). */
  @property() to?: string;
  /** Minimum height of the chart area in pixels. */
  @property({ type: Number }) height?: number;
  /** `light`, `dark` or `auto` (the reader's system setting); default: the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private view?: View;
  @state() private width = 0;
  @state() private selectedId: string | null = null;
  /** The bin the keyboard is on where counts are drawn: an index into `binStops`. */
  @state() private activeBin = 0;
  @state() private brush?: [number, number];
  @state() private tableOpen = false;
  @state() private tableRows = tablePage;

  private readonly source = new WidgetDataController(this);
  private readonly language = new LangController(this);
  private readonly categorySheet = new CategorySheet();
  private readonly size = new WidthController(this);
  private readonly pointer = new TimelinePointer(this.pointerHost());
  private readonly roving = new RovingFocus(this, (id) => `[part="incident"][data-id="${id}"]`);

  // Derived in willUpdate, each only when its inputs change.
  private readyDataset?: Dataset;
  private timeline: TimelineItems = { items: [], lanes: [], endsBy: new Float64Array() };
  private summary = '';
  private layout?: TimelineLayout;
  private binStops: BinStop[] = [];
  private itemsInputs: unknown[] = [];
  private viewInputs: unknown[] = [];

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.categorySheet.sheet];
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.use(this.src, this.data);
    // Measured here as well as by the observer, so the first frame is drawn at its width.
    this.width = this.size.measure();
    const state = this.source.state;
    this.toggleAttribute('aria-busy', state.status === 'loading');
    if (state.status !== 'ready') {
      this.readyDataset = undefined;
      return;
    }
    const lang = this.language.lang;
    const filter = this.source.filter;
    if (changedInputs(this.itemsInputs, [state.dataset, filter, this.groupBy, lang])) {
      this.readyDataset = state.dataset;
      this.categorySheet.update(state.dataset.categories);
      const grouping = (groupings as readonly string[]).includes(this.groupBy)
        ? this.groupBy
        : 'category';
      const shown = filterIncidents(state.dataset, filter);
      this.timeline = timelineItems(
        state.dataset,
        shown,
        grouping,
        lang,
        messagesFor(lang).locationNotStated,
      );
      this.summary = timelineSummary(this.items, lang);
      if (this.selectedId && !shown.some((i) => i.id === this.selectedId)) this.selectedId = null;
    }
    // A new dataset, filter period or initial window resets what the reader zoomed to.
    if (
      changedInputs(this.viewInputs, [state.dataset, filter.from, filter.to, this.from, this.to])
    ) {
      this.view = this.initialView();
      this.tableRows = tablePage;
    }
    if (this.view && this.width) {
      this.layout = layoutTimeline(this.timeline, this.view, this.width);
      this.binStops = this.layout.lanes
        .flatMap((lane) => lane.bins.map((bin) => ({ lane, bin })))
        .sort((a, b) => a.bin.start - b.bin.start);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // A re-render may replace or move the focused mark: focus follows to the roving one. Only
    // from a mark: focus on a button of the widget stays there.
    const root = this.renderRoot as ShadowRoot;
    const onMark = root.activeElement?.getAttribute('part') === 'incident';
    super.update(changed);
    const mark = onMark && this.roving.element(this.rovingId() ?? '');
    if (mark && root.activeElement !== mark) mark.focus();
  }

  protected override render() {
    // One block frame around every state: what the width controller observes.
    return html`<div class="frame">${this.renderContent()}</div>`;
  }

  private renderContent() {
    const lang = this.language.lang;
    const state = this.source.state;
    if (state.status === 'error') return renderError(state.error, lang);
    if (state.status !== 'ready' || !this.readyDataset) return renderLoading(lang);
    const messages = messagesFor(lang);
    if (!this.items.length) {
      const filter = this.source.filter;
      const clear = isFilterEmpty(filter) ? undefined : this.source.clearFilter;
      return html`${this.renderToolbar(lang)}${renderEmpty(lang, clear)}`;
    }
    const selected = this.selectedId ? this.itemWithId(this.selectedId) : undefined;
    const narrow = this.width > 0 && this.width < narrowWidth;
    return html`
      ${this.renderToolbar(lang)} ${this.renderFilterBar(lang)}
      <p class="summary" id="summary" tabindex="-1">${this.summary}</p>
      ${
        narrow
          ? html`<div
              class="list"
              role="group"
              aria-label=${messages.timeline.label}
              @keydown=${this.handleKeydown}
              @click=${this.handleClick}
            >
              ${renderList(this.items, this.rovingId(), this.selectedId, lang)}
            </div>`
          : this.renderChart(messages, lang)
      }
      ${
        selected
          ? renderIncidentDetail(selected.incident, this.readyDataset, lang, () => {
              this.select(null);
              // The Close button goes away with the detail: back to the incident it showed.
              void this.updateComplete.then(() =>
                (
                  this.roving.element(selected.id) ??
                  this.renderRoot.querySelector<HTMLElement>('#summary')
                )?.focus(),
              );
            })
          : nothing
      }
      ${this.renderTable(lang)}
    `;
  }

  /** The shared filter in words, with a way to clear it. */
  private renderFilterBar(lang: string) {
    return renderFilterBar(this.source.filter, this.readyDataset!, lang, this.source.clearFilter);
  }
  private renderToolbar(lang: string) {
    const visible = this.view && wholeDays(this.view.start, this.view.end);
    return renderToolbar(this.source.filter, this.readyDataset!.categories, visible, lang, {
      zoomBy: (factor) => this.zoomBy(factor),
      showAll: this.showAll,
      setPeriod: (days) => this.setPeriod(days),
      toggleCategory: (id) => this.toggleCategory(id),
    });
  }

  private renderChart(messages: Messages, lang: string) {
    const { layout, view, width } = this;
    if (!layout || !view || !width) return html`<div class="chart placeholder"></div>`;
    const t = messages.timeline;
    const plotHeight = Math.max(layout.height, this.height ?? 0);
    const filter = this.source.filter;
    const from = filter.from ? spanOf(filter.from)?.start : undefined;
    const to = filter.to ? spanOf(filter.to)?.end : undefined;
    const aggregated = layout.mode === 'aggregate';
    const stop = aggregated
      ? this.binStops[Math.min(this.activeBin, this.binStops.length - 1)]
      : undefined;
    const categories = this.readyDataset!.categories;
    const markView = {
      activeId: this.rovingId(),
      selectedId: this.selectedId,
      label: (item: TimelineItem) => this.markLabel(item, lang),
    };
    return html`
      ${
        aggregated && layout.binInterval
          ? html`<p class="note">
              ${t.aggregated(t.intervals[layout.binInterval.name] ?? layout.binInterval.name)}
            </p>`
          : nothing
      }
      <div
        class="chart"
        role="group"
        aria-label=${t.label}
        aria-describedby="summary keyboard-help"
      >
        <p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
        ${aggregated ? html`<p class="visually-hidden" aria-live="polite">${stop ? this.binLabel(stop, lang) : ''}</p>` : nothing}
        <svg
          width=${width}
          height=${plotHeight + axisHeight}
          tabindex=${aggregated ? '0' : nothing}
          role=${aggregated ? 'img' : nothing}
          aria-label=${aggregated ? `${t.label}: ${stop ? this.binLabel(stop, lang) : ''}` : nothing}
          @pointerdown=${this.pointer.onPointerDown}
          @pointermove=${this.pointer.onPointerMove}
          @pointerup=${this.pointer.onPointerUp}
          @pointercancel=${this.pointer.onPointerUp}
          @wheel=${this.pointer.onWheel}
          @click=${this.handleClick}
          @keydown=${this.handleKeydown}
        >
          ${
            from !== undefined || to !== undefined
              ? renderSpan('period', from ?? view.start, to ?? view.end, view, width, plotHeight)
              : nothing
          }
          ${layout.lanes.map((lane) =>
            aggregated
              ? renderBinLane(
                  lane,
                  Math.max(
                    0,
                    categories.findIndex((c) => c.id === lane.key),
                  ),
                  layout.maxBinTotal,
                )
              : renderMarkLane(lane, markView),
          )}
          ${stop && this.matches(':focus-within') ? renderActiveBin(stop.lane, stop.bin) : nothing}
          ${renderAxis(axisTicks(view, width, lang).ticks, width, plotHeight)}
          ${this.brush ? renderSpan('brush', this.brush[0], this.brush[1], view, width, plotHeight + axisHeight) : nothing}
        </svg>
      </div>
      <ul class="kinds">
        <li>${kindIcon('day')}${t.kindDay}</li>
        <li>${kindIcon('month')}${t.kindUncertain}</li>
        <li>${kindIcon('period')}${t.kindPeriod}</li>
      </ul>
    `;
  }

  private renderTable(lang: string) {
    const rows = this.tableOpen ? this.items.slice(0, this.tableRows) : [];
    const hidden = this.items.length - this.tableRows;
    return renderIncidentTable(rows, this.readyDataset!, lang, {
      open: this.tableOpen,
      more: { hidden, page: tablePage, onShowMore: () => (this.tableRows += tablePage) },
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  /** "Title, September 2024, Expression, Hoeryong, North Hamgyong". */
  private markLabel({ incident }: TimelineItem, lang: string): string {
    const dataset = this.readyDataset!;
    return [
      resolveText(incident.title, lang).text,
      formatPeriod(incident.date, incident.endDate, lang),
      incidentCategories(incident, dataset, lang),
      incidentLocation(incident, dataset, lang),
    ].join(', ');
  }

  /** "Expression: 12 incidents in March 2024, 3 of them dated only to a longer period". */
  private binLabel({ lane, bin }: BinStop, lang: string): string {
    const messages = messagesFor(lang);
    const precision = this.layout?.binInterval?.precision ?? 'day';
    const date = new Date(bin.start)
      .toISOString()
      .slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
    const text = messages.timeline.bin(
      messages.incidents(bin.certain + bin.uncertain),
      formatPartialDate(date, lang),
      bin.uncertain,
    );
    return lane.label ? `${lane.label}: ${text}` : text;
  }

  private get items(): TimelineItem[] {
    return this.timeline.items;
  }

  private itemWithId(id: string): TimelineItem | undefined {
    return this.items.find((item) => item.id === id);
  }

  private initialView(): View | undefined {
    const filter = this.source.filter;
    const start = spanOf(filter.from ?? this.from ?? '')?.start;
    const end = spanOf(filter.to ?? this.to ?? '')?.end;
    const fallback = defaultView(this.timeline);
    if (start === undefined && end === undefined) return fallback;
    const view = { start: start ?? fallback?.start ?? 0, end: end ?? fallback?.end ?? 0 };
    return view.end > view.start ? view : fallback;
  }

  /** The incident ids arrow keys step through, in time order: those drawn as marks. */
  private markOrder(): string[] {
    const narrow = this.width > 0 && this.width < narrowWidth;
    if (narrow || !this.layout) return this.items.map((item) => item.id);
    return this.layout.mode === 'marks' ? this.layout.visible.map((item) => item.id) : [];
  }

  /** The mark holding the roving tabindex: the active one if drawn, else the first. */
  private rovingId(): string | undefined {
    return this.roving.rovingId(this.markOrder());
  }

  private readonly handleClick = (event: MouseEvent) => {
    if (this.pointer.consumeDrag()) return;
    const target = event.target as Element;
    const id = target.closest('[part="incident"]')?.getAttribute('data-id');
    if (id) {
      this.roving.activeId = id;
      this.select(id);
      return;
    }
    const laneKey = target.closest('[part="aggregate"]')?.getAttribute('data-lane');
    if (laneKey === null || laneKey === undefined || !this.view) return;
    const svg = event.currentTarget as Element;
    const t = timeAt(event.clientX - svg.getBoundingClientRect().left, this.view, this.width);
    const stop = this.binStops.find(
      (s) => s.lane.key === laneKey && s.bin.start <= t && t < s.bin.end,
    );
    if (stop) this.zoomToBin(stop.bin);
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const aggregated = this.layout?.mode === 'aggregate' && !(this.width < narrowWidth);
    const ids = aggregated ? [] : this.markOrder();
    const currentId =
      (event.target as Element).closest('[part="incident"]')?.getAttribute('data-id') ?? undefined;
    const index = aggregated ? this.activeBin : currentId ? ids.indexOf(currentId) : -1;
    const to = linearStep(event.key, index, aggregated ? this.binStops.length : ids.length);
    if (to !== undefined) {
      event.preventDefault();
      if (aggregated) this.activeBin = to;
      else if (ids[to]) this.roving.moveTo(ids[to]);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (aggregated) {
          const stop = this.binStops[this.activeBin];
          if (stop) this.zoomToBin(stop.bin);
        } else if (currentId) {
          this.select(currentId);
        } else return;
        break;
      case 'Escape':
        if (this.selectedId === null) return;
        this.select(null);
        break;
      case '+':
      case '=':
        this.zoomBy(0.5, currentId);
        break;
      case '-':
      case '_':
        this.zoomBy(2, currentId);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.dispatchEvent(new CivicSelectEvent('incident', id));
  }

  /** Zoom by `factor` around the given incident (or the middle of the view). */
  private zoomBy(factor: number, aroundId?: string): void {
    if (!this.view) return;
    const item = aroundId ? this.itemWithId(aroundId) : undefined;
    this.view = zoomView(this.view, factor, item ? (item.start + item.end) / 2 : undefined);
    this.activeBin = 0;
  }

  private zoomToBin(bin: Bin): void {
    this.view = zoomView({ start: bin.start, end: bin.end }, 1.5);
    this.activeBin = 0;
  }

  private readonly showAll = () => {
    this.view = defaultView(this.timeline);
  };

  private toggleCategory(id: string): void {
    const filter = this.source.filter;
    const all = this.readyDataset!.categories.map((c) => c.id);
    const on = filter.categoryIds.length ? filter.categoryIds : all;
    const next = on.includes(id) ? on.filter((c) => c !== id) : [...on, id];
    // Every category on is the same as no category filter.
    this.source.setFilter({ ...filter, categoryIds: next.length === all.length ? [] : next });
  }

  /** Filters to a period of whole days, or clears the period with undefined. */
  private setPeriod(days: [string, string] | undefined): void {
    const { from, to, ...rest } = this.source.filter;
    if (!days) {
      if (from || to) this.source.setFilter(rest);
      return;
    }
    this.source.setFilter({ ...rest, from: days[0], to: days[1] });
  }

  private pointerHost(): PointerHost {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const element = this;
    return {
      get view() {
        return element.view;
      },
      get plotWidth() {
        return element.width;
      },
      get engaged() {
        return element.matches(':focus-within');
      },
      setView: (view) => (element.view = view),
      setBrush: (range) => (element.brush = range),
      brushed: (range) => element.setPeriod(wholeDays(...range)),
    };
  }
}

/** The days from `start` to the instant `end`, exclusive: the last is the day before it. */
function wholeDays(start: number, end: number): [string, string] {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return [day(start), day(Math.max(start, end - 1))];
}

function kindIcon(kind: 'day' | 'month' | 'period') {
  return html`<svg width="28" height="12" aria-hidden="true">
    <rect
      class="kind-${kind}"
      x=${kind === 'day' ? 9 : 1}
      y="1"
      width=${kind === 'day' ? 10 : 26}
      height="10"
      rx=${kind === 'day' ? 5 : 2}
    ></rect>
  </svg>`;
}

// Not Lit's @customElement: a second copy of this library on the page (two embeds, each with
// its bundle) must not throw on the name the first one registered; the first one serves both.
if (!customElements.get('civic-incident-timeline'))
  customElements.define('civic-incident-timeline', IncidentTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'civic-incident-timeline': IncidentTimeline;
  }
}
