import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Incident } from '../data/schema.js';
import { resolveText, textIn } from '../data/text.js';
import { isFilterEmpty } from '../filter/filter.js';
import { CivicSelectEvent } from '../provider/events.js';
import { CivicWidget, defineOnce, widgetStyles, type WidgetInput } from '../shared/civic-widget.js';
import { renderFilterBar } from '../shared/filter-bar.js';
import { detailStyles, renderIncidentDetail } from '../shared/incident-detail.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { arrowDirections, nextInDirection } from '../shared/spatial-focus.js';
import { renderEmpty } from '../shared/states.js';
import { renderBoundariesProblem, type BoundariesProblem } from './boundaries-problem.js';
import { builtInBoundaries } from './built-in-boundaries.js';
import { renderMapChart } from './map-chart.js';
import type { Measure } from './map-counts.js';
import { renderPlaceDetail } from './map-detail.js';
import { renderLegend } from './map-legend.js';
import { deriveMap, mapMemo, regionName, type MapModel } from './map-model.js';
import { renderRegionTable } from './map-table.js';
import { mapStyles } from './province-map.styles.js';
// Last: the bundle then holds the map's words before d3-geo, near the other word tables, which
// gzips 0.25 kB smaller than the other way round.
import { BoundariesController } from '../provider/boundaries-controller.js';

interface Selection {
  type: 'region' | 'place';
  id: string;
}

/** What the map shows once its dataset is ready: itself, or why its boundaries cannot be used. */
type MapView = MapModel | BoundariesProblem;

/**
 * The country's regions shaded by the number of incidents (or people affected) in the current
 * filter, in classed steps, with named places as markers and, honestly, the count of incidents
 * whose location the source does not state. Click or press Enter on a region to select it and
 * filter by it (inside `<civic-dataset>`, the other widgets too); its detail lists the
 * incidents there. Without `geo`, the built-in North Korea provinces, with no request.
 *
 * @tagname civic-province-map
 * @summary Incidents per region on a map, honest about what has no location.
 * @fires civic-select - `{ type: 'region' | 'place', id }` when the reader selects a region or place (`id: null` when cleared with Escape).
 * @fires civic-filter-change - `{ filter }` when the reader toggles a region (standalone; inside `<civic-dataset>` it fires there).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own dataset or its boundaries could not be used.
 * @csspart region - Each region's shape, with `data-id` = the region's id.
 * @csspart place - Each named place's marker, with `data-id` = the place's id.
 * @csspart legend - The colour scale, with the count of incidents without a stated location.
 * @csspart detail - The selected region's or place's incidents.
 * @cssprop --civic-map-0 - Fill of regions with none (0) in the current filter.
 * @cssprop --civic-map-1 - Fill of the lightest class; --civic-map-2 … --civic-map-5 the darker ones.
 * @cssprop --civic-map-no-data - Fill under the hatching of regions absent from the dataset.
 * @cssprop --civic-map-context - Fill of neighbouring countries.
 * @cssprop --civic-map-place - Fill of place markers.
 * @cssprop --civic-color-selected - Outline of regions in the filter and of the focused region.
 * @cssprop --civic-map-border - Lines between regions.
 */
export class ProvinceMap extends CivicWidget<MapView> {
  static override styles = [...widgetStyles, detailStyles, mapStyles];

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

  @state() private selection: Selection | null = null;
  @state() private focused = false;
  @state() private openIncidentId: string | null = null;
  @state() private tableOpen = false;

  private readonly shapes = new BoundariesController(this, builtInBoundaries);
  private readonly roving = new RovingFocus(
    this,
    (id) => `[part="region"][data-id="${id}"], [part="place"][data-id="${id}"]`,
  );
  private readonly memo = mapMemo();

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Whatever the dataset's state: both load at once, and a problem with each is reported.
    this.shapes.use(this.geo, this.geometry, this.geoObject || undefined, this.context);
    super.willUpdate(changed);
    const map = this.map;
    if (map && this.selection && !this.selectionExists(this.selection, map)) this.selection = null;
  }

  /** Undefined while the shapes load. */
  protected override derive({ dataset, filter, lang, width }: WidgetInput): MapView | undefined {
    const shapes = this.shapes.shapesFor(dataset.country.code);
    if (shapes.status === 'error')
      return { error: shapes.error, country: textIn(dataset.country.name, lang) };
    if (shapes.status !== 'ready') return undefined;
    const { context, contextFailed } = this.shapes;
    const { measure, height } = this;
    const map = { boundaries: shapes.boundaries, context, contextFailed, measure, height };
    return deriveMap({ ...map, dataset, filter, lang, width }, this.memo);
  }

  /** The model, when the map is drawn (not a boundaries problem). */
  private get map(): MapModel | undefined {
    return this.model && !('error' in this.model) ? this.model : undefined;
  }

  protected override canExport(view: MapView): boolean {
    return !('error' in view);
  }

  protected override async viewExport(view: MapView) {
    if ('error' in view) return undefined;
    const { mapExport } = await import('./map-export.js');
    return mapExport(view, this.language.lang);
  }

  protected override renderModel(view: MapView, lang: string) {
    if ('error' in view) return renderBoundariesProblem(view, lang);
    const clear = this.source.clearFilter;
    if (!view.dataset.incidents.length) return renderEmpty(lang);
    if (!view.shown.length)
      return renderEmpty(lang, isFilterEmpty(view.filter) ? undefined : clear);
    return html`
      ${renderFilterBar(view.filter, view.dataset, lang, clear)}
      <p class="summary" id="summary" tabindex="-1">${view.summary}</p>
      ${this.renderMap(view, lang)} ${renderLegend(view.legend, lang)}
      ${this.renderDetail(view, lang)} ${this.renderTable(view, lang)}
    `;
  }

  private renderMap(model: MapModel, lang: string) {
    return renderMapChart(
      model.drawing,
      {
        rovingId: this.roving.rovingId(model.stops.map((s) => s.id)),
        focusedId: this.focused ? this.roving.activeId : undefined,
        selectedId: this.selection?.id,
        onClick: this.handleClick,
        onKeydown: this.handleKeydown,
        onFocus: this.handleFocus,
      },
      lang,
    );
  }

  /** The selected region's or place's incidents, or the one incident opened from them. */
  private renderDetail(model: MapModel, lang: string) {
    const selection = this.selection;
    const dataset = model.dataset;
    if (!selection) return nothing;
    const open = this.openIncidentId
      ? model.shown.find((i) => i.id === this.openIncidentId)
      : undefined;
    // Each button below goes away with what it shows: focus moves to what replaces it.
    if (open)
      return renderIncidentDetail(open, dataset, lang, () => {
        this.openIncidentId = null;
        this.refocus(`[part="detail"] [data-id="${CSS.escape(open.id)}"]`);
      });
    const place =
      selection.type === 'place' ? dataset.places.find((p) => p.id === selection.id) : undefined;
    const name = place ? textIn(place.name, lang) : regionName(model, selection.id);
    return renderPlaceDetail(
      selection.type,
      name,
      this.incidentsOf(selection, model),
      lang,
      () => {
        this.select(null);
        this.refocus(`svg [data-id="${CSS.escape(selection.id)}"]`);
      },
      (id) => {
        this.openIncidentId = id;
        this.refocus('[part="detail"] .close');
      },
      resolveText(place?.note, lang),
    );
  }

  private renderTable(model: MapModel, lang: string) {
    const name = (id: string) => regionName(model, id);
    return renderRegionTable(model.counts, model.drawn, model.measure, name, lang, {
      open: this.tableOpen,
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  private selectionExists(selection: Selection, model: MapModel): boolean {
    return selection.type === 'region'
      ? model.counts.byRegion.has(selection.id)
      : model.dataset.places.some((p) => p.id === selection.id);
  }

  private incidentsOf(selection: Selection, model: MapModel): Incident[] {
    return model.shown.filter((i) =>
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
    if (!id || !this.map?.stops.some((s) => s.id === id)) return;
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
    const direction = arrowDirections[event.key];
    const stops = this.map?.stops ?? [];
    let next: string | undefined;
    if (direction && current) next = nextInDirection(stops, current, direction);
    else if (event.key === 'Home') next = stops[0]?.id;
    else if (event.key === 'End') next = stops[stops.length - 1]?.id;
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
    const isPlace = this.map?.drawing?.places.some((p) => p.id === id);
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
}

defineOnce('civic-province-map', ProvinceMap);

declare global {
  interface HTMLElementTagNameMap {
    'civic-province-map': ProvinceMap;
  }
}
