/**
 * The map's key (part `legend`): the colour classes from none to the most, the place marker,
 * and in words what the shading cannot show: incidents without a stated location, people
 * counts the sources do not give, regions the boundaries do not draw, missing neighbours.
 */
import { html, nothing } from 'lit';
import { messagesFor } from '../shared/messages.js';
import { classLabels, colorStep, type Counts, type Measure } from './map-layout.js';

/** What the legend says in words besides the colour scale. */
export interface LegendNotes {
  /** Some region drawn is absent from the dataset (hatched). */
  noData: boolean;
  /** Named places are drawn as markers. */
  places: boolean;
  /** How many regions with incidents the boundaries do not draw. */
  notOnMap: number;
  /** The neighbouring countries could not be loaded. */
  contextFailed: boolean;
}

/** `breaks`: the upper bound of each colour class. */
export function renderLegend(
  counts: Counts,
  breaks: readonly number[],
  measure: Measure,
  notes: LegendNotes,
  lang: string,
) {
  const t = messagesFor(lang).map;
  const people = measure === 'people';
  const labels = classLabels(breaks, lang);
  return html`<div part="legend" class="legend">
    <p class="legend-title">${people ? t.peopleTitle : t.incidentsTitle}</p>
    <ul class="scale">
      ${notes.noData ? html`<li><span class="swatch no-data"></span>${t.noData}</li>` : nothing}
      <li><span class="swatch s0"></span>${(0).toLocaleString(lang)}</li>
      ${labels.map(
        (label, i) =>
          html`<li><span class="swatch s${colorStep(i + 1, labels.length)}"></span>${label}</li>`,
      )}
      ${notes.places ? html`<li><span class="swatch place-swatch"></span>${t.place}</li>` : nothing}
    </ul>
    ${counts.unlocated.incidents ? html`<p class="unlocated">${t.unlocated(counts.unlocated.incidents)}</p>` : nothing}
    ${people ? html`<p class="note">${t.peopleCaveat(counts.all.withoutNumber)}</p>` : nothing}
    ${notes.notOnMap ? html`<p class="note">${t.notOnMap(notes.notOnMap)}</p>` : nothing}
    ${notes.contextFailed ? html`<p class="note">${t.contextFailed}</p>` : nothing}
  </div>`;
}
