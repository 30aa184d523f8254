/**
 * The map's key (part `legend`): the colour classes from none to the most, the place marker,
 * and in words what the shading cannot show: incidents without a stated location, people
 * counts the sources do not give or give as a range, incidents not verified, regions the
 * boundaries do not draw, missing neighbours.
 */
import { html, nothing } from 'lit';
import { mapMessages } from './map-messages.js';
import type { MapLegend } from './map-model.js';
import { formatNumber } from '../shared/format-number.js';

export function renderLegend(legend: MapLegend, lang: string) {
  const t = mapMessages(lang);
  const people = legend.measure === 'people';
  return html`<div part="legend" class="legend">
    <p class="legend-title">${people ? t.peopleTitle : t.incidentsTitle}</p>
    <ul class="scale">
      ${legend.noData ? html`<li><span class="swatch no-data"></span>${t.noData}</li>` : nothing}
      <li><span class="swatch s0"></span>${formatNumber(0, lang)}</li>
      ${legend.steps.map(
        ({ label, step }) => html`<li><span class="swatch s${step}"></span>${label}</li>`,
      )}
      ${legend.places ? html`<li><span class="swatch place-swatch"></span>${t.place}</li>` : nothing}
      ${legend.unverified ? html`<li><span class="swatch unverified-swatch"></span>${t.unverifiedKey} (${t.notVerified(legend.unverified)})</li>` : nothing}
    </ul>
    ${legend.unlocated ? html`<p class="unlocated">${t.unlocated(legend.unlocated)}</p>` : nothing}
    ${people ? html`<p class="note">${t.peopleCaveat(legend.withoutNumber)}</p>` : nothing}
    ${people && legend.ranged ? html`<p class="note">${t.rangeCaveat(legend.ranged)}</p>` : nothing}
    ${legend.notOnMap ? html`<p class="note">${t.notOnMap(legend.notOnMap)}</p>` : nothing}
    ${legend.contextFailed ? html`<p class="note">${t.contextFailed}</p>` : nothing}
  </div>`;
}
