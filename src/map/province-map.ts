import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { makeIssue } from '../data/dataset-issues.js';
import type { Dataset, Incident } from '../data/schema.js';
import { textIn } from '../data/text.js';
import { datasetError, type DatasetError } from '../data/validate-dataset.js';
import { filterIncidents, isFilterEmpty } from '../filter/filter.js';
import { dataTableStyles } from '../shared/data-table.js';
import { filterBarStyles, renderFilterBar } from '../shared/filter-bar.js';
import { CivicErrorEvent, CivicSelectEvent } from '../shared/events.js';
import { detailStyles, renderIncidentDetail } from '../shared/incident-detail.js';
import { changedInputs } from '../shared/changed-inputs.js';
import { LangController } from '../shared/lang-controller.js';
import { messagesFor, type Messages } from '../shared/messages.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { WidgetDataController } from '../shared/widget-data.js';
import { frameStyles, WidthController } from '../shared/width-controller.js';
import { BoundariesController } from './boundaries-controller.js';
import { builtInCountry } from './map-boundaries.js';
import {
  classBreaks,
  classOf,
  colorStep,
  countIncidents,
  layoutMap,
  measures,
  nextInDirection,
  placeLabels,
  readingOrder,
  valueOf,
  type Counts,
  type Direction,
  type MapLayout,
  type Measure,
  type PlacedLabel,
  type Stop,
} from './map-layout.js';
import { renderPlaceDetail } from './map-detail.js';
import { renderLegend } from './map-legend.js';
import { renderRegionTable } from './map-table.js';
import { mapStyles } from './province-map.styles.js';

/** Default maximum height of the map, in pixels. */
const defaultMaxHeight = 640;
const keys: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface Selection {
  type: 'region' | 'place';
  id: string;
}

interface PlacePoint extends Stop {
  name: string;
}

/**
 * The country's regions shaded by the number of incidents (or people affected) in the current
 * filter, in classed steps, with named places as markers and, honestly, the count of incidents
 * whose location the source does not state. Click or press Enter on a region to select it and
 * filter by it (inside `<civic-dataset>`, the other widgets too); its detail lists the
 * incidents there. Without `geo`, the built-in North Korea provinces, with no request.
 *
 * @summary Incidents per region on a map, honest about what has no location.
 * @fires civic-select - `{ type: 'region' | 'place', id }` when the reader selects a region or place (`id: null` when cleared with Escape).
 * @fires civic-filter-change - `{ filter }` when the reader toggles a region (standalone; inside `<civic-dataset>` it fires there).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own dataset or its boundaries could not be used.
 * @csspart region - Each region's shape, with `data-id` = the region's id.
 * @csspart place - Each named place's marker, with `data-id` = the place's id.
 * @csspart legend - The colour scale, with the count of incidents without a stated location.
 * @csspart detail - The selected region's or place's incidents.
 * @csspart table - The data-table view.
 * @csspart table-toggle - The button that shows the data-table view.
 * @csspart error - The error message.
 * @cssprop --civic-map-0 - Fill of regions with none (0) in the current filter.
 * @cssprop --civic-map-1 - Fill of the lightest class; --civic-map-2 … --civic-map-5 the darker ones.
 * @cssprop --civic-map-no-data - Fill under the hatching of regions absent from the dataset.
 * @cssprop --civic-map-context - Fill of neighbouring countries.
 * @cssprop --civic-map-place - Fill of place markers.
 * @cssprop --civic-color-selected - Outline of regions in the filter and of the focused region.
 * @cssprop --civic-font - Font family.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-background - Background colour.
 * @cssprop --civic-map-border - Lines between regions.
 */
export class ProvinceMap extends LitElement {
  static override styles = [
    tokenStyles,
    frameStyles,
    stateStyles,
    dataTableStyles,
    detailStyles,
    filterBarStyles,
    mapStyles,
  ];

  /** URL of a dataset JSON; fetched, parsed and validated. */
  @property() src?: string;
  /** A dataset object (or any JSON value: it is validated the same way). */
  @property({ attribute: false }) data?: unknown;
  /** URL of a TopoJSON file whose geometry ids are the dataset's region ids; default: North Korea. */
  @property() geo?: string;
  /** A parsed TopoJSON topology, instead of `geo`. */
  @property({ attribute: false }) geometry?: unknown;
  /** The topology's object holding the regions; default: its first object. */
  @property({ attribute: 'geo-object' }) geoObject?: string;
  /** URL of a TopoJSON of neighbouring countries drawn muted, or `none`; default: North Korea's neighbours around the built-in map. */
  @property() context?: string;
  /** `incidents` (default) or `people`: the sum of people affected, where the source gives it. */
  @property() measure: Measure = 'incidents';
  /** Maximum height of the map in pixels (default 640); it is as tall as the country's shape asks. */
  @property({ type: Number }) height?: number;
  /** `light`, `dark` or `auto` (the reader's system setting); default: the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @state() private width = 0;
  @state() private selection: Selection | null = null;
  @state() private focused = false;
  @state() private openIncidentId: string | null = null;
  @state() private tableOpen = false;

  private readonly source = new WidgetDataController(this);
  private readonly language = new LangController(this);
  private readonly shapes = new BoundariesController(this);
  private readonly size = new WidthController(this);
  private readonly roving = new RovingFocus(
    this,
    (id) => `[part="region"][data-id="${id}"], [part="place"][data-id="${id}"]`,
  );

  // Derived in willUpdate, each only when its inputs change.
  private readyDataset?: Dataset;
  private layout?: MapLayout;
  private shown: Incident[] = [];
  private counts?: Counts;
  private breaks: number[] = [];
  /** Class name (`s0` … `s5`, `no-data`) of each region of the boundaries. */
  private classes = new Map<string, string>();
  private places: PlacePoint[] = [];
  private labels: PlacedLabel[] = [];
  private stops: Stop[] = [];
  private boundariesError?: DatasetError;
  private reportedError?: DatasetError;
  private layoutInputs: unknown[] = [];
  private countInputs: unknown[] = [];
  private labelInputs: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.use(this.src, this.data);
    this.shapes.use(this.geo, this.geometry, this.geoObject || undefined, this.context);
    this.width = this.size.measure();
    const data = this.source.state;
    const shapes = this.shapes.state;
    this.toggleAttribute('aria-busy', data.status === 'loading' || shapes.status === 'loading');
    this.readyDataset = undefined;
    this.boundariesError = shapes.status === 'error' ? shapes.error : undefined;
    if (data.status !== 'ready' || shapes.status !== 'ready') return this.reportError();
    if (shapes.builtIn && data.dataset.country.code.toUpperCase() !== builtInCountry) {
      const issue = makeIssue('geo', 'required');
      this.boundariesError = datasetError([issue], 'The map');
      return this.reportError();
    }
    this.readyDataset = data.dataset;
    const lang = this.language.lang;
    const boundaries = shapes.boundaries;
    if (
      this.width &&
      changedInputs(this.layoutInputs, [boundaries, this.shapes.context, this.width, this.height])
    ) {
      const maxHeight = this.height && this.height > 0 ? this.height : defaultMaxHeight;
      this.layout = layoutMap(boundaries, this.shapes.context, this.width, maxHeight);
    }
    const filter = this.source.filter;
    const measure: Measure = (measures as readonly string[]).includes(this.measure)
      ? this.measure
      : 'incidents';
    if (changedInputs(this.countInputs, [data.dataset, filter, measure])) {
      // The map shows every region, so its own region filter does not hide the others:
      // filtered regions are outlined instead.
      this.shown = filterIncidents(data.dataset, { ...filter, regionIds: [] });
      const regionIds = data.dataset.regions.map((r) => r.id);
      this.counts = countIncidents(this.shown, regionIds);
      const values = boundaries.regions.map((r) =>
        valueOf(this.counts!.byRegion.get(r.id), measure),
      );
      this.breaks = classBreaks(values);
      this.classes = new Map(
        boundaries.regions.map(({ id }) => {
          const tally = this.counts!.byRegion.get(id);
          const k = classOf(valueOf(tally, measure), this.breaks);
          return [id, tally ? `s${colorStep(k, this.breaks.length)}` : 'no-data'];
        }),
      );
      if (this.selection && !this.selectionExists(this.selection)) this.selection = null;
    }
    if (this.layout && changedInputs(this.labelInputs, [this.layout, data.dataset, lang])) {
      this.placeMarks(lang);
    }
  }

  protected override render() {
    // One block frame around every state: what the width controller observes.
    return html`<div class="frame">${this.renderContent()}</div>`;
  }

  private renderContent() {
    const lang = this.language.lang;
    const messages = messagesFor(lang);
    const data = this.source.state;
    if (data.status === 'error') return renderError(data.error, lang);
    if (this.boundariesError) return this.renderBoundariesError(messages, lang);
    if (!this.readyDataset) return renderLoading(lang);
    if (!this.readyDataset.incidents.length) return renderEmpty(lang);
    if (!this.shown.length) {
      const filter = this.source.filter;
      const clear = isFilterEmpty(filter) ? undefined : this.source.clearFilter;
      return renderEmpty(lang, clear);
    }
    return html`
      ${this.renderFilterBar(lang)}
      <p class="summary" id="summary" tabindex="-1">${this.summary(messages, lang)}</p>
      ${this.renderMap(messages, lang)} ${this.renderLegend(lang)} ${this.renderDetail(lang)}
      ${this.renderTable(lang)}
    `;
  }

  /** The shared filter in words, with a way to clear it. */
  private renderFilterBar(lang: string) {
    return renderFilterBar(this.source.filter, this.readyDataset!, lang, this.source.clearFilter);
  }
  private renderBoundariesError(messages: Messages, lang: string) {
    const error = this.boundariesError!;
    if (error.issues[0]?.path !== 'geo') return renderError(error, lang);
    const country =
      this.source.state.status === 'ready' ? this.source.state.dataset.country : undefined;
    return html`<div class="state" part="error" role="alert">
      <h2>${messages.map.boundariesTitle}</h2>
      <p data-path="geo">
        ${messages.map.boundariesNeeded(country ? textIn(country.name, lang) : '')}
      </p>
    </div>`;
  }

  private renderMap(messages: Messages, lang: string) {
    const layout = this.layout;
    if (!layout) return html`<div class="map placeholder"></div>`;
    const t = messages.map;
    const filtered = new Set(this.source.filter.regionIds);
    const roving = this.roving.rovingId(this.stops.map((s) => s.id));
    const interactive = (id: string) => this.counts!.byRegion.has(id);
    const outlined = layout.regions.filter(
      (r) => filtered.has(r.id) || (this.focused && r.id === this.roving.activeId),
    );
    // Focus listeners on the div, not the svg: Chromium makes an svg with them a tab stop.
    return html`<div
      class="map"
      role="group"
      aria-label=${t.label}
      aria-describedby="summary keyboard-help"
      @focusin=${this.handleFocus}
      @focusout=${this.handleFocus}
    >
      <p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
      <svg
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
      >
        <defs>
          <pattern
            id="hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect class="hatch-ground" width="6" height="6"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
          </pattern>
        </defs>
        ${layout.context ? svg`<path class="context" d=${layout.context} aria-hidden="true"></path>` : nothing}
        ${layout.land ? svg`<path class="land" d=${layout.land} aria-hidden="true"></path>` : nothing}
        <g class="regions">
          ${repeat(
            layout.regions,
            (r) => r.id,
            (r) => {
              const name = this.regionName(r.id, lang);
              if (!interactive(r.id))
                return svg`<path part="region" class="region no-data" data-id=${r.id} d=${r.d}
                  fill="url(#hatch)" role="img" aria-label=${`${name}: ${t.noData}`}></path>`;
              const on = filtered.has(r.id);
              return svg`<path part="region" class="region ${this.classes.get(r.id) ?? 's0'}"
                data-id=${r.id} d=${r.d} role="button" tabindex=${r.id === roving ? '0' : '-1'}
                aria-pressed=${on ? 'true' : 'false'}
                aria-label=${t.regionLabel(name, this.valueText(this.counts!.byRegion.get(r.id), messages), on)}></path>`;
            },
          )}
        </g>
        <g class="outlines" aria-hidden="true">
          ${outlined.map((r) => svg`<path class=${filtered.has(r.id) ? 'filtered' : 'focus'} d=${r.d}></path>`)}
        </g>
        <g class="labels" aria-hidden="true">
          ${this.labels.map(
            (l) =>
              svg`<text class="label ${l.kind}" x=${l.x.toFixed(1)} y=${l.y.toFixed(1)} text-anchor=${l.anchor}>${l.text}</text>`,
          )}
        </g>
        <g class="places">
          ${repeat(
            this.places,
            (p) => p.id,
            (p) => svg`<circle part="place" class=${this.selection?.id === p.id ? 'selected' : ''}
              data-id=${p.id} cx=${p.x.toFixed(1)} cy=${p.y.toFixed(1)} r="4.5" role="button"
              tabindex=${p.id === roving ? '0' : '-1'}
              aria-label=${t.placeLabel(p.name, this.valueText(this.counts!.byPlace.get(p.id), messages))}></circle>`,
          )}
        </g>
      </svg>
    </div>`;
  }

  private renderLegend(lang: string) {
    return renderLegend(
      this.counts!,
      this.breaks,
      this.measure,
      {
        noData: [...this.classes.values()].includes('no-data'),
        places: this.places.length > 0,
        notOnMap: this.notOnMap().length,
        contextFailed: this.shapes.contextFailed,
      },
      lang,
    );
  }

  /** The selected region's or place's incidents, or the one incident opened from them. */
  private renderDetail(lang: string) {
    const selection = this.selection;
    const dataset = this.readyDataset!;
    if (!selection) return nothing;
    const open = this.openIncidentId
      ? this.shown.find((i) => i.id === this.openIncidentId)
      : undefined;
    // Each button below goes away with what it shows: focus moves to what replaces it.
    if (open)
      return renderIncidentDetail(open, dataset, lang, () => {
        this.openIncidentId = null;
        this.refocus(`[part="detail"] [data-id="${CSS.escape(open.id)}"]`);
      });
    const name =
      selection.type === 'region'
        ? this.regionName(selection.id, lang)
        : textIn(dataset.places.find((p) => p.id === selection.id)?.name, lang);
    return renderPlaceDetail(
      selection.type,
      name,
      this.incidentsOf(selection),
      lang,
      () => {
        this.select(null);
        this.refocus(`svg [data-id="${CSS.escape(selection.id)}"]`);
      },
      (id) => {
        this.openIncidentId = id;
        this.refocus('[part="detail"] .close');
      },
    );
  }

  private renderTable(lang: string) {
    const drawn = this.layout?.regions.map((r) => r.id) ?? [];
    const name = (id: string) => this.regionName(id, lang);
    return renderRegionTable(this.counts!, drawn, this.measure, name, lang, {
      open: this.tableOpen,
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  /** "Incidents documented in 4 of 11 regions; most in North Hamgyong (3). 2 incidents without a stated location." */
  private summary(messages: Messages, lang: string): string {
    const t = messages.map;
    const layout = this.layout;
    const counts = this.counts!;
    const people = this.measure === 'people';
    const regions = layout?.regions ?? [];
    let top: { id: string; value: number } | undefined;
    let documented = 0;
    for (const { id } of regions) {
      const value = valueOf(counts.byRegion.get(id), this.measure);
      if (value > 0) documented += 1;
      if (value > 0 && (!top || value > top.value)) top = { id, value };
    }
    const topName = top ? this.regionName(top.id, lang) : undefined;
    const topValue = top ? top.value.toLocaleString(lang) : '';
    const sentence = (people ? t.summaryPeople : t.summary)(
      documented,
      regions.length,
      topName,
      topValue,
    );
    const unlocated = counts.unlocated.incidents;
    return unlocated ? `${sentence} ${t.unlocated(unlocated)}.` : sentence;
  }

  private valueText(
    tally: { incidents: number; people: number } | undefined,
    messages: Messages,
  ): string {
    if (!tally) return messages.map.noData;
    const incidents = messages.incidents(tally.incidents);
    return this.measure === 'people'
      ? `${messages.map.people(tally.people)}, ${incidents}`
      : incidents;
  }

  /** Dataset name in the reader's language, else the boundaries file's, else the id. */
  private regionName(id: string, lang: string): string {
    const region = this.readyDataset?.regions.find((r) => r.id === id);
    if (region) return textIn(region.name, lang);
    const shapes = this.shapes.state;
    const shape =
      shapes.status === 'ready' ? shapes.boundaries.regions.find((r) => r.id === id) : undefined;
    return textIn(shape?.name, lang) || id;
  }

  /** Dataset regions with incidents that the boundaries do not draw. */
  private notOnMap(): string[] {
    const onMap = new Set(this.layout?.regions.map((r) => r.id));
    return [...(this.counts?.byRegion.keys() ?? [])].filter((id) => !onMap.has(id));
  }

  private placeMarks(lang: string): void {
    const layout = this.layout!;
    const dataset = this.readyDataset!;
    this.places = dataset.places.flatMap((place) => {
      const xy = place.coordinates && layout.project(place.coordinates);
      return xy ? [{ id: place.id, x: xy[0], y: xy[1], name: textIn(place.name, lang) }] : [];
    });
    this.labels = placeLabels(
      [
        ...this.places.map((p) => ({
          id: p.id,
          text: p.name,
          x: p.x,
          y: p.y,
          kind: 'place' as const,
          priority: Infinity,
        })),
        ...layout.regions.map((r) => ({
          id: r.id,
          text: this.regionName(r.id, lang),
          x: r.x,
          y: r.y,
          kind: 'region' as const,
          priority: r.area,
          fitWidth: r.width,
        })),
      ],
      layout,
    );
    const regions = layout.regions.filter((r) => dataset.regions.some((d) => d.id === r.id));
    this.stops = readingOrder([...regions.map(({ id, x, y }) => ({ id, x, y })), ...this.places]);
  }

  private selectionExists(selection: Selection): boolean {
    const dataset = this.readyDataset;
    return selection.type === 'region'
      ? Boolean(this.counts?.byRegion.has(selection.id))
      : Boolean(dataset?.places.some((p) => p.id === selection.id));
  }

  private incidentsOf(selection: Selection): Incident[] {
    return this.shown.filter((i) =>
      selection.type === 'region' ? i.regionId === selection.id : i.placeId === selection.id,
    );
  }

  /** Focuses what `selector` finds once the next render is done. */
  private refocus(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private readonly handleClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest('[part="region"], [part="place"]');
    const id = target?.getAttribute('data-id');
    if (!id || !this.stops.some((s) => s.id === id)) return;
    this.roving.activeId = id;
    this.activate(id);
  };

  private readonly handleFocus = (event: FocusEvent) => {
    this.focused = event.type === 'focusin';
    const id = (event.target as Element).getAttribute?.('data-id');
    if (this.focused && id) this.roving.activeId = id;
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const current = (event.target as Element).closest('[data-id]')?.getAttribute('data-id');
    const direction = keys[event.key];
    let next: string | undefined;
    if (direction && current) next = nextInDirection(this.stops, current, direction);
    else if (event.key === 'Home') next = this.stops[0]?.id;
    else if (event.key === 'End') next = this.stops[this.stops.length - 1]?.id;
    else if ((event.key === 'Enter' || event.key === ' ') && current) this.activate(current);
    else if (event.key === 'Escape') {
      if (!this.selection && !this.source.filter.regionIds.length) return;
      this.select(null);
      if (this.source.filter.regionIds.length)
        this.source.setFilter({ ...this.source.filter, regionIds: [] });
    } else if (!direction) return;
    event.preventDefault();
    if (next) this.roving.moveTo(next);
  };

  /** A region toggles in the filter and is selected (or unselected); a place is selected. */
  private activate(id: string): void {
    const isPlace = this.places.some((p) => p.id === id);
    if (isPlace) {
      this.select({ type: 'place', id });
      return;
    }
    const filter = this.source.filter;
    const on = filter.regionIds.includes(id);
    this.source.setFilter({
      ...filter,
      regionIds: on ? filter.regionIds.filter((r) => r !== id) : [...filter.regionIds, id],
    });
    if (!on) this.select({ type: 'region', id });
    else if (this.selection?.id === id) this.select(null);
  }

  private select(selection: Selection | null): void {
    const previous = this.selection;
    if (previous?.id === selection?.id && previous?.type === selection?.type) return;
    this.selection = selection;
    this.openIncidentId = null;
    this.dispatchEvent(
      new CivicSelectEvent(selection?.type ?? previous?.type ?? 'region', selection?.id ?? null),
    );
  }

  /** Fires `civic-error` once for each boundaries problem (dataset errors fire from the loader). */
  private reportError(): void {
    const error = this.boundariesError;
    if (!error) {
      if (this.source.state.status === 'ready') this.reportedError = undefined;
      return;
    }
    if (error === this.reportedError) return;
    if (error.issues[0]?.path === 'geo' && this.reportedError?.issues[0]?.path === 'geo') return;
    this.reportedError = error;
    this.dispatchEvent(new CivicErrorEvent(error));
  }
}

// Not Lit's @customElement: a second copy of this library on the page (two embeds, each with
// its bundle) must not throw on the name the first one registered; the first one serves both.
if (!customElements.get('civic-province-map'))
  customElements.define('civic-province-map', ProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'civic-province-map': ProvinceMap;
  }
}
