import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { spanOf } from '../data/partial-date.js';
import type { Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { filterIncidents, isFilterEmpty, type Filter } from '../filter/filter.js';
import { dataTableStyles, renderTableView } from '../shared/data-table.js';
import { CivicSelectEvent } from '../shared/events.js';
import { formatPartialDate, formatPeriod } from '../shared/format-date.js';
import { LangController } from '../shared/lang-controller.js';
import { messagesFor, type Messages } from '../shared/messages.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { WidgetDataController } from '../shared/widget-data.js';
import { CategorySheet } from './category-colors.js';
import { timelineStyles } from './incident-timeline.styles.js';
import { incidentCategories, incidentLocation, renderIncidentDetail } from './timeline-detail.js';
import {
  axisTicks,
  defaultView,
  groupings,
  layoutTimeline,
  sizes,
  timelineItems,
  xOf,
  zoomView,
  type Bin,
  type Grouping,
  type LaneLayout,
  type Mark,
  type TimelineItem,
  type TimelineLayout,
  type View,
} from './timeline-layout.js';
import { TimelinePointer, type PointerHost } from './timeline-pointer.js';
import { timelineSummary } from './timeline-summary.js';

/** Below this width the timeline becomes a list by month rather than a squeezed axis. */
const narrowWidth = 480;
const axisHeight = 30;
/** Rows of the table view rendered at a time; the rest come with "Show more". */
const tablePage = 500;

/**
 * Incidents on a time axis, coloured by category, in lanes, each drawn as what its date says:
 * a day, a month or a year ("some time in"), or a period. Zoom and pan with wheel, drag,
 * pinch, the buttons or + and −; brush the axis to filter a period; click or press Enter on an
 * incident to read it.
 *
 * @summary Incidents on a time axis, honest about uncertain dates.
 * @fires civic-select - `{ type: 'incident', id }` when the reader selects an incident (`id: null` when cleared).
 * @fires civic-filter-change - `{ filter }` when the reader brushes a period or toggles a category (standalone; inside `<civic-dataset>` it fires there).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own `src` or `data` could not be used.
 * @csspart incident - Each incident mark, with `data-id` = the incident's id.
 * @csspart aggregate - A count of incidents in one period, where marks are too dense to draw one by one.
 * @csspart axis - The time axis (drag along it to brush a period).
 * @csspart detail - The selected incident's detail.
 * @csspart table - The data-table view. @csspart table-toggle - Its toggle button.
 * @csspart error - The error message.
 * @cssprop --civic-font - Font family.
 * @cssprop --civic-color-text - Text colour. @cssprop --civic-color-background - Background.
 * @cssprop --civic-category-<id> - Colour of a category (default: the dataset's, else a colour-blind-safe palette).
 * @cssprop --civic-timeline-uncertain-opacity - Fill opacity of dates known only to a month or year.
 */
@customElement('civic-incident-timeline')
export class IncidentTimeline extends LitElement {
  static override styles = [tokenStyles, stateStyles, dataTableStyles, timelineStyles];

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
  @state() private activeId?: string;
  @state() private brush?: [number, number];
  @state() private tableOpen = false;
  @state() private tableRows = tablePage;

  private readonly source = new WidgetDataController(this);
  private readonly language = new LangController(this);
  private readonly categorySheet = new CategorySheet();
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (width && width !== this.width) this.width = width;
  });
  private readonly pointer = new TimelinePointer(this.pointerHost());

  // Derived in willUpdate, each only when its inputs change.
  private readyDataset?: Dataset;
  private filter?: Filter;
  private items: TimelineItem[] = [];
  private lanes: ReturnType<typeof timelineItems>['lanes'] = [];
  private layout?: TimelineLayout;
  private itemsKey: unknown[] = [];
  private viewFromData = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.categorySheet.sheet];
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.use(this.src, this.data);
    // Measured here as well as by the observer, so the first frame is drawn at the right width.
    if (!this.width && this.isConnected)
      this.width = Math.floor(this.getBoundingClientRect().width);
    const state = this.source.state;
    this.toggleAttribute('aria-busy', state.status === 'loading');
    if (state.status !== 'ready') {
      this.readyDataset = undefined;
      return;
    }
    const lang = this.language.lang;
    const filter = this.source.filter;
    const key = [state.dataset, filter, this.groupBy, lang];
    if (key.some((value, i) => value !== this.itemsKey[i])) {
      const datasetChanged = state.dataset !== this.readyDataset;
      this.itemsKey = key;
      this.readyDataset = state.dataset;
      this.categorySheet.update(state.dataset.categories);
      const grouping = (groupings as readonly string[]).includes(this.groupBy)
        ? this.groupBy
        : 'category';
      const shown = filterIncidents(state.dataset, filter);
      ({ items: this.items, lanes: this.lanes } = timelineItems(
        state.dataset,
        shown,
        grouping,
        lang,
        messagesFor(lang).locationNotStated,
      ));
      if (datasetChanged || filter.from !== this.filter?.from || filter.to !== this.filter?.to) {
        this.viewFromData = true;
        this.tableRows = tablePage;
      }
      if (this.selectedId && !shown.some((i) => i.id === this.selectedId)) this.selectedId = null;
      this.filter = filter;
    }
    if (changed.has('from') || changed.has('to')) this.viewFromData = true;
    if (this.viewFromData) {
      this.view = this.initialView();
      this.viewFromData = false;
    }
    if (this.view && this.width)
      this.layout = layoutTimeline(this.items, this.lanes, this.view, this.width);
  }

  protected override updated(): void {
    // Keep keyboard focus on the active mark when a re-render replaced or moved it.
    if (this.activeId && this.matches(':focus-within')) {
      const mark = this.markElement(this.activeId);
      if (mark && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== mark)
        mark.focus();
    }
  }

  protected override render() {
    const lang = this.language.lang;
    const state = this.source.state;
    if (state.status === 'error') return renderError(state.error, lang);
    if (state.status !== 'ready' || !this.readyDataset) return renderLoading(lang);
    const messages = messagesFor(lang);
    const filter = this.source.filter;
    if (!this.items.length) {
      return html`${this.renderToolbar(messages)}${renderEmpty(
        lang,
        isFilterEmpty(filter)
          ? undefined
          : () => this.source.setFilter({ categoryIds: [], regionIds: [] }),
      )}`;
    }
    const selected = this.selectedId
      ? this.items.find((item) => item.id === this.selectedId)
      : undefined;
    return html`
      ${this.renderToolbar(messages)}
      <p class="summary" id="summary">${timelineSummary(this.items, lang)}</p>
      ${this.width && this.width < narrowWidth ? this.renderList(lang) : this.renderChart(messages, lang)}
      ${selected ? renderIncidentDetail(selected.incident, this.readyDataset, lang, () => this.select(null)) : nothing}
      ${this.renderTable(messages, lang)}
    `;
  }

  private renderToolbar(messages: Messages) {
    const dataset = this.readyDataset!;
    const filter = this.source.filter;
    const hasPeriod = Boolean(filter.from || filter.to);
    const t = messages.timeline;
    return html`<div class="toolbar">
      <div class="zoom" role="group" aria-label=${t.label}>
        <button
          type="button"
          @click=${() => this.zoomBy(0.5)}
          aria-label=${t.zoomIn}
          title=${t.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          @click=${() => this.zoomBy(2)}
          aria-label=${t.zoomOut}
          title=${t.zoomOut}
        >
          −
        </button>
        <button type="button" @click=${this.showAll}>${t.showAll}</button>
        ${
          hasPeriod
            ? html`<button type="button" @click=${() => this.setPeriod(undefined)}>
                ${t.clearPeriod}
              </button>`
            : html`<button type="button" @click=${this.filterToView}>${t.filterToView}</button>`
        }
      </div>
      <ul class="legend" aria-label=${t.categories}>
        ${dataset.categories.map((category, index) => {
          const label = resolveText(category.label, this.language.lang);
          const on = !filter.categoryIds.length || filter.categoryIds.includes(category.id);
          return html`<li>
            <button
              type="button"
              class="cat-${index}"
              aria-pressed=${on ? 'true' : 'false'}
              @click=${() => this.toggleCategory(category.id)}
            >
              <span class="swatch"></span><span lang=${label.lang ?? nothing}>${label.text}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderChart(messages: Messages, lang: string) {
    const layout = this.layout;
    const view = this.view;
    if (!layout || !view || !this.width) return html`<div class="chart placeholder"></div>`;
    const width = this.width;
    const plotHeight = Math.max(layout.height, this.height ?? 0);
    const filter = this.source.filter;
    const from = filter.from ? spanOf(filter.from)?.start : undefined;
    const to = filter.to ? spanOf(filter.to)?.end : undefined;
    const { ticks, interval } = axisTicks(view, width, lang);
    const t = messages.timeline;
    const activeId = this.activeTarget(layout);
    return html`
      ${
        layout.mode === 'aggregate' && layout.binInterval
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
        <svg
          width=${width}
          height=${plotHeight + axisHeight}
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
              ? svg`<rect class="period" x=${Math.max(0, xOf(from ?? view.start, view, width))} y="0"
                width=${Math.max(0, Math.min(width, xOf(to ?? view.end, view, width)) - Math.max(0, xOf(from ?? view.start, view, width)))}
                height=${plotHeight}></rect>`
              : nothing
          }
          ${layout.lanes.map((lane) =>
            layout.mode === 'marks'
              ? this.renderMarkLane(lane, activeId, lang)
              : this.renderBinLane(lane, layout, activeId, lang, interval.precision),
          )}
          <g part="axis" transform="translate(0 ${plotHeight})">
            <line x1="0" x2=${width} y1="0.5" y2="0.5"></line>
            ${ticks.map(
              (tick) => svg`<g transform="translate(${tick.x} 0)">
                <line y1="0" y2="5"></line>
                <text y="18" text-anchor="middle">${tick.label}</text>
              </g>`,
            )}
            <rect class="brush-band" x="0" y="0" width=${width} height=${axisHeight}></rect>
          </g>
          ${
            this.brush
              ? svg`<rect class="brush" x=${xOf(this.brush[0], view, width)} y="0"
                width=${Math.max(1, xOf(this.brush[1], view, width) - xOf(this.brush[0], view, width))}
                height=${plotHeight + axisHeight}></rect>`
              : nothing
          }
        </svg>
      </div>
      <ul class="kinds">
        <li>${this.kindIcon('day')}${t.kindDay}</li>
        <li>${this.kindIcon('month')}${t.kindUncertain}</li>
        <li>${this.kindIcon('period')}${t.kindPeriod}</li>
      </ul>
    `;
  }

  private kindIcon(kind: 'day' | 'month' | 'period') {
    const width = kind === 'day' ? 10 : 28;
    return html`<svg width="28" height="12" aria-hidden="true">
      <g class="kind-${kind}">
        <rect
          x=${kind === 'day' ? 9 : 1}
          y="1"
          width=${width - 2}
          height="10"
          rx=${kind === 'day' ? 5 : 2}
        ></rect>
      </g>
    </svg>`;
  }

  private renderMarkLane(lane: LaneLayout, activeId: string | undefined, lang: string) {
    const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
    const inset = (sizes.rowHeight - sizes.markHeight) / 2;
    return svg`<g class="lane" transform="translate(0 ${lane.y})">
      ${lane.label ? svg`<text class="lane-label" x="0" y="12">${lane.label}</text>` : nothing}
      ${repeat(
        lane.marks,
        (mark) => mark.item.id,
        (mark) =>
          this.renderMark(mark, labelHeight + mark.row * sizes.rowHeight + inset, activeId, lang),
      )}
    </g>`;
  }

  private renderMark(mark: Mark, y: number, activeId: string | undefined, lang: string) {
    const { item } = mark;
    const label = this.markLabel(item, lang);
    const round = item.kind === 'day' ? sizes.markHeight / 2 : 2;
    return svg`<g
      part="incident"
      class="cat-${item.categoryIndex} kind-${item.kind}${item.id === this.selectedId ? ' selected' : ''}"
      data-id=${item.id}
      role="button"
      tabindex=${item.id === activeId ? '0' : '-1'}
      aria-label=${label}
      aria-pressed=${item.id === this.selectedId ? 'true' : 'false'}
      transform="translate(${mark.x} ${y})"
    ><rect width=${mark.width} height=${sizes.markHeight} rx=${round}></rect><title>${label}</title></g>`;
  }

  private renderBinLane(
    lane: LaneLayout,
    layout: TimelineLayout,
    activeId: string | undefined,
    lang: string,
    precision: 'day' | 'month' | 'year',
  ) {
    const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
    const scale = (sizes.aggregateHeight - 4) / Math.max(1, layout.maxBinTotal);
    const categoryIndex = this.readyDataset!.categories.findIndex((c) => c.id === lane.key);
    const messages = messagesFor(lang);
    return svg`<g class="lane" transform="translate(0 ${lane.y})">
      ${lane.label ? svg`<text class="lane-label" x="0" y="12">${lane.label}</text>` : nothing}
      ${repeat(
        lane.bins,
        (bin) => bin.start,
        (bin) => {
          const id = this.binId(lane, bin);
          const certain = bin.certain * scale;
          const uncertain = bin.uncertain * scale;
          const bottom = labelHeight + sizes.aggregateHeight;
          const period = formatPartialDate(
            new Date(bin.start)
              .toISOString()
              .slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4),
            lang,
          );
          const label = `${lane.label ? `${lane.label}: ` : ''}${messages.timeline.bin(messages.incidents(bin.certain + bin.uncertain), period, bin.uncertain)}`;
          return svg`<g part="aggregate" class="cat-${categoryIndex < 0 ? 0 : categoryIndex}" data-bin=${id}
              role="button" tabindex=${id === activeId ? '0' : '-1'} aria-label=${label}
              transform="translate(${bin.x} 0)">
            <rect class="certain" x="0.5" y=${bottom - certain} width=${Math.max(1, bin.width - 1)} height=${certain}></rect>
            <rect class="uncertain" x="0.5" y=${bottom - certain - uncertain} width=${Math.max(1, bin.width - 1)} height=${uncertain}></rect>
            <title>${label}</title>
          </g>`;
        },
      )}
    </g>`;
  }

  private renderList(lang: string) {
    const groups = new Map<string, TimelineItem[]>();
    for (const item of this.items) {
      const key =
        item.kind === 'year' ? item.incident.date.slice(0, 4) : item.incident.date.slice(0, 7);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const activeId =
      this.activeId && this.items.some((i) => i.id === this.activeId)
        ? this.activeId
        : this.items[0]?.id;
    return html`<div
      class="list"
      role="group"
      aria-label=${messagesFor(lang).timeline.label}
      @keydown=${this.handleKeydown}
      @click=${this.handleClick}
    >
      ${[...groups].map(
        ([key, items]) =>
          html`<h3>${formatPartialDate(key, lang)}</h3>
            <ol>
              ${repeat(
                items,
                (item) => item.id,
                (item) => {
                  const title = resolveText(item.incident.title, lang);
                  return html`<li>
                    <button
                      type="button"
                      part="incident"
                      class="cat-${item.categoryIndex} kind-${item.kind}${item.id === this.selectedId ? ' selected' : ''}"
                      data-id=${item.id}
                      tabindex=${item.id === activeId ? '0' : '-1'}
                      aria-pressed=${item.id === this.selectedId ? 'true' : 'false'}
                    >
                      <span class="when"
                        >${formatPeriod(item.incident.date, item.incident.endDate, lang)}</span
                      >
                      <span lang=${title.lang ?? nothing}>${title.text}</span>
                    </button>
                  </li>`;
                },
              )}
            </ol>`,
      )}
    </div>`;
  }

  private renderTable(messages: Messages, lang: string) {
    const dataset = this.readyDataset!;
    const rows = this.tableOpen ? this.items.slice(0, this.tableRows) : [];
    const hidden = this.items.length - rows.length;
    return html`${renderTableView({
      open: this.tableOpen,
      onToggle: () => (this.tableOpen = !this.tableOpen),
      caption: messages.timeline.tableCaption,
      lang,
      columns: [
        { label: messages.date },
        { label: messages.incident },
        { label: messages.category },
        { label: messages.location },
        { label: messages.peopleAffected, numeric: true },
        { label: messages.sources },
      ],
      rows: rows.map(({ incident }) => ({
        id: incident.id,
        cells: [
          formatPeriod(incident.date, incident.endDate, lang),
          resolveText(incident.title, lang).text,
          incidentCategories(incident, dataset, lang),
          incidentLocation(incident, dataset, lang),
          incident.peopleAffected?.toLocaleString(lang) ?? '',
          incident.sourceIds
            .map((id) => dataset.sources.find((s) => s.id === id)?.publisher ?? id)
            .join('; '),
        ],
      })),
    })}
    ${
      this.tableOpen && hidden > 0
        ? html`<button type="button" @click=${() => (this.tableRows += tablePage)}>
            ${messages.showMoreRows(Math.min(hidden, tablePage))}
          </button>`
        : nothing
    }`;
  }

  /** "Title, September 2024, Expression, Hoeryong, North Hamgyong". */
  private markLabel(item: TimelineItem, lang: string): string {
    const { incident } = item;
    const dataset = this.readyDataset!;
    return [
      resolveText(incident.title, lang).text,
      formatPeriod(incident.date, incident.endDate, lang),
      incidentCategories(incident, dataset, lang),
      incidentLocation(incident, dataset, lang),
    ].join(', ');
  }

  private initialView(): View | undefined {
    const filter = this.source.filter;
    const start = spanOf(filter.from ?? this.from ?? '')?.start;
    const end = spanOf(filter.to ?? this.to ?? '')?.end;
    const fallback = defaultView(this.items);
    if (start === undefined && end === undefined) return fallback;
    const view = { start: start ?? fallback?.start ?? 0, end: end ?? fallback?.end ?? 0 };
    return view.end > view.start ? view : fallback;
  }

  /** The mark (or bin) that holds the roving tabindex: the active one if drawn, else the first. */
  private activeTarget(layout: TimelineLayout): string | undefined {
    const ids = this.navigationOrder(layout);
    return this.activeId && ids.includes(this.activeId) ? this.activeId : ids[0];
  }

  /** The order arrow keys follow: incidents (or bins) in time order. */
  private navigationOrder(layout: TimelineLayout | undefined): string[] {
    if (!layout || (this.width && this.width < narrowWidth))
      return this.items.map((item) => item.id);
    if (layout.mode === 'marks') return layout.visible.map((item) => item.id);
    return layout.lanes
      .flatMap((lane) => lane.bins.map((bin) => ({ id: this.binId(lane, bin), start: bin.start })))
      .sort((a, b) => a.start - b.start)
      .map((bin) => bin.id);
  }

  private binId(lane: LaneLayout, bin: Bin): string {
    return `bin:${lane.key}:${bin.start}`;
  }

  private markElement(id: string): HTMLElement | null {
    const attribute = id.startsWith('bin:') ? 'data-bin' : 'data-id';
    return this.renderRoot.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(id)}"]`);
  }

  private readonly handleClick = (event: MouseEvent) => {
    if (this.pointer.consumeDrag()) return;
    const target = (event.target as Element).closest('[data-id], [data-bin]');
    if (!target) return;
    const id = target.getAttribute('data-id');
    if (id) {
      this.activeId = id;
      this.select(id);
    } else {
      this.zoomToBin(target.getAttribute('data-bin')!);
    }
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const ids = this.navigationOrder(this.layout);
    const current = (event.target as Element).closest('[data-id], [data-bin]');
    const currentId =
      current?.getAttribute('data-id') ?? current?.getAttribute('data-bin') ?? undefined;
    const index = currentId ? ids.indexOf(currentId) : -1;
    const move = (to: number) => {
      const id = ids[Math.max(0, Math.min(ids.length - 1, to))];
      if (!id) return;
      this.activeId = id;
      void this.updateComplete.then(() => this.markElement(id)?.focus());
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(ids.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (!currentId) return;
        if (currentId.startsWith('bin:')) this.zoomToBin(currentId);
        else this.select(currentId);
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

  /** Zoom by `factor` around the given mark (or the middle of the view). */
  private zoomBy(factor: number, aroundId?: string): void {
    if (!this.view) return;
    const item = aroundId ? this.items.find((i) => i.id === aroundId) : undefined;
    this.view = zoomView(this.view, factor, item ? (item.start + item.end) / 2 : undefined);
  }

  private zoomToBin(binId: string): void {
    const start = Number(binId.slice(binId.lastIndexOf(':') + 1));
    const bin = this.layout?.lanes.flatMap((lane) => lane.bins).find((b) => b.start === start);
    if (bin) this.view = zoomView({ start: bin.start, end: bin.end }, 1.5);
  }

  private readonly showAll = () => {
    this.view = defaultView(this.items);
  };

  private readonly filterToView = () => {
    if (this.view) this.setPeriod([this.view.start, this.view.end]);
  };

  private toggleCategory(id: string): void {
    const filter = this.source.filter;
    const all = this.readyDataset!.categories.map((c) => c.id);
    const on = filter.categoryIds.length ? filter.categoryIds : all;
    const next = on.includes(id) ? on.filter((c) => c !== id) : [...on, id];
    // Every category on is the same as no category filter.
    this.source.setFilter({ ...filter, categoryIds: next.length === all.length ? [] : next });
  }

  /** Filters to a period (day precision), or clears the period with undefined. */
  private setPeriod(range: [number, number] | undefined): void {
    const { from, to, ...rest } = this.source.filter;
    if (!range) {
      this.source.setFilter(rest);
      return;
    }
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    // The end instant is exclusive: the last whole day brushed is the day before it.
    this.source.setFilter({
      ...rest,
      from: day(range[0]),
      to: day(Math.max(range[0], range[1] - 1)),
    });
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
      brushed: (range) => element.setPeriod(range),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-incident-timeline': IncidentTimeline;
  }
}
