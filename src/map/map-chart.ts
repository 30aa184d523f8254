/**
 * The SVG of the map, as Lit templates of what `map-model.ts` derived: the neighbours and the
 * land, one focusable shape per region (hatched where the dataset has no data), the outlines of
 * the filtered and the focused region (and, dashed, of regions whose every incident is not
 * verified), the names, and one marker per place (hollow where none there is verified).
 */
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { mapMessages } from './map-messages.js';
import type { MapDrawing, PlaceMark, RegionMark } from './map-model.js';

/** What the reader is doing on the map, and what answers them. */
export interface MapChartView {
  /** The region or place holding the roving tabindex. */
  rovingId: string | undefined;
  /** The region the keyboard is on, while focus is in the map: outlined. */
  focusedId: string | undefined;
  /** The selected region's or place's id: a place with it is drawn selected. */
  selectedId: string | undefined;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** For `focusin` and `focusout`. */
  onFocus: (event: FocusEvent) => void;
}

/** `drawing`: undefined until the width is known, when a placeholder keeps the place. */
export function renderMapChart(drawing: MapDrawing | undefined, view: MapChartView, lang: string) {
  if (!drawing) return html`<div class="map placeholder"></div>`;
  const t = mapMessages(lang);
  const { width, height } = drawing;
  const outlined = drawing.regions.filter((r) => r.filtered || r.id === view.focusedId);
  // Focus listeners on the div, not the svg: Chromium makes an svg with them a tab stop.
  return html`<div
    class="map"
    role="group"
    aria-label=${t.label}
    aria-describedby="summary keyboard-help"
    @focusin=${view.onFocus}
    @focusout=${view.onFocus}
  >
    <p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
    <svg
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      @click=${view.onClick}
      @keydown=${view.onKeydown}
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
      ${drawing.context ? svg`<path class="context" d=${drawing.context} aria-hidden="true"></path>` : nothing}
      ${drawing.land ? svg`<path class="land" d=${drawing.land} aria-hidden="true"></path>` : nothing}
      <g class="regions">
        ${repeat(
          drawing.regions,
          (r) => r.id,
          (r) => renderRegion(r, view.rovingId),
        )}
      </g>
      <g class="outlines" aria-hidden="true">
        ${drawing.regions.map((r) => (r.unverified ? svg`<path class="unverified" d=${r.d}></path>` : nothing))}
        ${outlined.map((r) => svg`<path class=${r.filtered ? 'filtered' : 'focus'} d=${r.d}></path>`)}
      </g>
      <g class="labels" aria-hidden="true">
        ${drawing.labels.map(
          (l) =>
            svg`<text class="label ${l.kind}" x=${l.x.toFixed(1)} y=${l.y.toFixed(1)} text-anchor=${l.anchor}>${l.text}</text>`,
        )}
      </g>
      <g class="places">
        ${repeat(
          drawing.places,
          (p) => p.id,
          (p) => svg`<circle part="place" class=${placeClass(p, view.selectedId)}
            data-id=${p.id} cx=${p.x.toFixed(1)} cy=${p.y.toFixed(1)} r="4.5" role="button"
            tabindex=${p.id === view.rovingId ? '0' : '-1'} aria-label=${p.label}></circle>`,
        )}
      </g>
    </svg>
  </div>`;
}

/** A place drawn selected, and hollow where every incident there is not verified. */
const placeClass = (p: PlaceMark, selectedId: string | undefined) =>
  `${selectedId === p.id ? 'selected' : ''}${p.unverified ? ' unverified' : ''}`;

/** A region with data is a toggle button; one the dataset lacks is a hatched picture. */
function renderRegion(r: RegionMark, rovingId: string | undefined) {
  if (!r.tally)
    return svg`<path part="region" class="region no-data" data-id=${r.id} d=${r.d}
      fill="url(#hatch)" role="img" aria-label=${r.label}></path>`;
  return svg`<path part="region" class="region ${r.colorClass}" data-id=${r.id} d=${r.d}
    role="button" tabindex=${r.id === rovingId ? '0' : '-1'}
    aria-pressed=${r.filtered ? 'true' : 'false'} aria-label=${r.label}></path>`;
}
