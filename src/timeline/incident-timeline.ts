import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { givesVerification } from '../data/verification.js';
import { isFilterEmpty } from '../filter/filter.js';
import { CivicSelectEvent } from '../provider/events.js';
import { changedInputs } from '../shared/changed-inputs.js';
import { CivicWidget, defineOnce, widgetStyles, type WidgetInput } from '../shared/civic-widget.js';
import { renderFilterBar } from '../shared/filter-bar.js';
import { detailStyles, renderIncidentDetail } from '../shared/incident-detail.js';
import { linearStep, RovingFocus } from '../shared/roving-focus.js';
import { renderEmpty } from '../shared/states.js';
import { CategorySheet } from './category-colors.js';
import { timelineStyles } from './incident-timeline.styles.js';
import { renderChart } from './timeline-chart.js';
import { timelinePrintStyles } from './timeline-print.js';
import type { Bin, Grouping } from './timeline-layout.js';
import { renderList } from './timeline-list.js';
import {
  binStopAt,
  deriveTimeline,
  incidentWithId,
  itemWithId,
  timelineMemo,
  type TimelineModel,
} from './timeline-model.js';
import { TimelinePointer, type PointerHost } from './timeline-pointer.js';
import { wholeDays, zoomView, type View } from './timeline-scale.js';
import { timelineMessages } from './timeline-messages.js';
import { renderIncidentTable } from './timeline-table.js';
import { renderToolbar, withPeriod } from './timeline-toolbar.js';

/** Rows of the table view rendered at a time; the rest come with "Show more". */
const tablePage = 500;

/**
 * Incidents on a time axis, coloured by category, in lanes, each drawn as what its date says:
 * a day, a month or a year ("some time in"), or a period. Zoom and pan with wheel, drag,
 * pinch, the buttons or + and −; filter a period by brushing the axis or, from the keyboard,
 * by zooming to it and pressing "Filter to this period" (the same button then clears it);
 * click or press Enter on an incident to read it. Where incidents are too dense to draw one by
 * one, counts per period are drawn instead, and zooming in expands them.
 *
 * @tagname civic-incident-timeline
 * @summary Incidents on a time axis, honest about uncertain dates.
 * @fires civic-select - `{ type: 'incident', id }` when the reader selects an incident (`id: null` when cleared).
 * @fires civic-filter-change - `{ filter }` when the reader brushes or filters to a period or toggles a category (standalone; inside `<civic-dataset>` it fires there).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own `src` or `data` could not be used.
 * @csspart incident - Each incident mark, with `data-id` = the incident's id.
 * @csspart aggregate - The counts per period of one lane, where incidents are too dense to draw one by one.
 * @csspart axis - The time axis (drag along it to brush a period).
 * @csspart detail - The selected incident's detail.
 * @cssprop --civic-color-accent - Brushed period and links.
 * @cssprop --civic-category-<id> - Colour of a category (default: the dataset's, else a colour-blind-safe palette).
 * @cssprop --civic-timeline-uncertain-opacity - Fill opacity of dates known only to a month or year.
 */
export class IncidentTimeline extends CivicWidget<TimelineModel> {
  static override styles = [...widgetStyles, detailStyles, timelineStyles, timelinePrintStyles];

  /** Lanes by `category`, `region` or `none`. */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'category';
  /** Start of the initial window (a partial date); default: the data's extent with a margin. */
  @property() from?: string;
  /** End of the initial window (a partial date). */
  @property() to?: string;
  /** Minimum height of the chart area in pixels. */
  @property({ type: Number }) height?: number;

  /** The window the reader zoomed or panned to; undefined until it is first shown. */
  @state() private view?: View;
  @state() private selectedId: string | null = null;
  /** The bin the keyboard is on where counts are drawn: an index into the chart's `binStops`. */
  @state() private activeBin = 0;
  @state() private brush?: [number, number];
  @state() private tableOpen = false;
  @state() private tableRows = tablePage;

  private readonly categorySheet = new CategorySheet();
  private readonly pointer = new TimelinePointer(this.pointerHost());
  private readonly roving = new RovingFocus(this, (id) => `[part="incident"][data-id="${id}"]`);
  private readonly memo = timelineMemo();
  private readonly viewInputs: unknown[] = [];

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.categorySheet.sheet];
    return root;
  }

  protected override derive({ dataset, filter, lang, width }: WidgetInput): TimelineModel {
    // A new dataset, filter period or initial window resets what the reader zoomed to.
    if (changedInputs(this.viewInputs, [dataset, filter.from, filter.to, this.from, this.to])) {
      this.view = undefined;
      this.tableRows = tablePage;
    }
    const { groupBy, from, to, height, view } = this;
    const inputs = { dataset, filter, lang, width, groupBy, from, to, height, view };
    const model = deriveTimeline(inputs, this.memo);
    // Kept from now until the reader moves it: a category switched off does not refit the window.
    this.view = model.view;
    return model;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.model) return;
    this.categorySheet.update(this.model.categoryCss);
    // The filter no longer shows the selected incident: its detail goes (no event: the reader
    // did not clear it).
    if (this.selectedId && !incidentWithId(this.model, this.selectedId)) this.selectedId = null;
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

  protected override async viewExport(model: TimelineModel) {
    const lang = this.language.lang;
    const { groupBy, from, to, height, view } = this;
    const { dataset, filter } = model;
    const { timelineExport } = await import('./timeline-export.js');
    // Narrow, the widget shows a list: its picture is the chart at a width that draws one.
    return timelineExport(model, lang, (width) =>
      deriveTimeline({ dataset, filter, lang, width, groupBy, from, to, height, view }),
    );
  }

  protected override renderModel(model: TimelineModel, lang: string) {
    const { items, undated } = model.timeline;
    if (!items.length && !undated.length) {
      const clear = isFilterEmpty(model.filter) ? undefined : this.source.clearFilter;
      return html`${this.renderToolbar(model, lang)}${renderEmpty(lang, clear)}`;
    }
    const selected = this.selectedId ? incidentWithId(model, this.selectedId) : undefined;
    const reader = {
      activeId: this.rovingId(),
      selectedId: this.selectedId,
      onClick: this.handleClick,
      onKeydown: this.handleKeydown,
    };
    return html`
      ${this.renderToolbar(model, lang)}
      ${renderFilterBar(model.filter, model.dataset, lang, this.source.clearFilter)}
      <p class="summary" id="summary" tabindex="-1">${model.summary}</p>
      ${
        model.narrow
          ? renderList(model.list, lang, reader)
          : items.length
            ? renderChart(model.chart, lang, {
                ...reader,
                activeBin: this.activeBin,
                engaged: this.matches(':focus-within'),
                brush: this.brush,
                pointer: this.pointer,
              })
            : nothing
      }
      ${undated.length ? html`<p class="undated">${timelineMessages(lang).undated(undated.length)}</p>` : nothing}
      ${
        selected
          ? renderIncidentDetail(selected, model.dataset, lang, () => this.closeDetail(selected.id))
          : nothing
      }
      ${this.renderTable(model, lang)}
    `;
  }

  private renderTable({ timeline: { items, undated }, dataset }: TimelineModel, lang: string) {
    // Those without a stated date are listed too, last: counted apart, never dropped.
    const all = this.tableOpen ? [...items, ...undated].map((item) => item.incident) : [];
    const rows = all.slice(0, this.tableRows);
    const hidden = items.length + undated.length - this.tableRows;
    return renderIncidentTable(rows, dataset, lang, {
      open: this.tableOpen,
      more: { hidden, page: tablePage, onShowMore: () => (this.tableRows += tablePage) },
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  private renderToolbar(model: TimelineModel, lang: string) {
    const { filter, dataset } = model;
    // The "Verified only" toggle, for a dataset that says how sure its sources are.
    const verification = givesVerification(dataset.incidents);
    return renderToolbar(filter, dataset.categories, model.visibleDays, lang, verification, {
      zoomBy: (factor) => this.zoomBy(factor),
      showAll: () => (this.view = model.fullView),
      setFilter: (filter) => this.source.setFilter(filter),
    });
  }

  /** The mark holding the roving tabindex: the active one if drawn, else the first. */
  private rovingId(): string | undefined {
    return this.roving.rovingId(this.model?.markOrder ?? []);
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
    const chart = this.model?.chart;
    if (laneKey === null || laneKey === undefined || !chart) return;
    const x = event.clientX - (event.currentTarget as Element).getBoundingClientRect().left;
    const stop = binStopAt(chart, laneKey, x);
    if (stop) this.zoomToBin(stop.bin);
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const chart = this.model?.chart;
    const stops = chart?.layout.mode === 'aggregate' ? chart.binStops : undefined;
    const ids = this.model?.markOrder ?? [];
    const currentId =
      (event.target as Element).closest('[part="incident"]')?.getAttribute('data-id') ?? undefined;
    const index = stops ? this.activeBin : currentId ? ids.indexOf(currentId) : -1;
    const to = linearStep(event.key, index, stops ? stops.length : ids.length);
    if (to !== undefined) {
      event.preventDefault();
      if (stops) this.activeBin = to;
      else if (ids[to]) this.roving.moveTo(ids[to]);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        if (stops) {
          const stop = stops[this.activeBin];
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

  /** The Close button goes away with the detail: focus goes back to the incident it showed. */
  private closeDetail(id: string): void {
    this.select(null);
    void this.updateComplete.then(() =>
      (this.roving.element(id) ?? this.renderRoot.querySelector<HTMLElement>('#summary'))?.focus(),
    );
  }

  /** Zoom by `factor` around the given incident (or the middle of the view). */
  private zoomBy(factor: number, aroundId?: string): void {
    if (!this.view) return;
    const item = aroundId && this.model ? itemWithId(this.model, aroundId) : undefined;
    this.view = zoomView(this.view, factor, item ? (item.start + item.end) / 2 : undefined);
    this.activeBin = 0;
  }

  private zoomToBin(bin: Bin): void {
    this.view = zoomView({ start: bin.start, end: bin.end }, 1.5);
    this.activeBin = 0;
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
      brushed: (range) =>
        element.source.setFilter(withPeriod(element.source.filter, wholeDays(...range))),
    };
  }
}

defineOnce('civic-incident-timeline', IncidentTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'civic-incident-timeline': IncidentTimeline;
  }
}
