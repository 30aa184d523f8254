/**
 * The selected region's or place's incidents (part `detail`): a heading, a Close button and
 * one button per incident, each opening that incident's detail in its place.
 */
import { html, nothing } from 'lit';
import type { Incident } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { formatPeriod } from '../shared/format-date.js';
import { detailFrame } from '../shared/incident-detail.js';
import { mapMessages } from './map-messages.js';

/** `name`: the region's or place's name in the reader's language. */
export function renderPlaceDetail(
  type: 'region' | 'place',
  name: string,
  incidents: readonly Incident[],
  lang: string,
  onClose: () => void,
  onOpenIncident: (id: string) => void,
) {
  const t = mapMessages(lang);
  return detailFrame(
    type === 'region' ? t.detailRegion(name) : t.detailPlace(name),
    lang,
    onClose,
    incidents.length
      ? html`<ul class="incidents">
          ${incidents.map((incident) => {
            const title = resolveText(incident.title, lang);
            return html`<li>
              <button
                type="button"
                data-id=${incident.id}
                @click=${() => onOpenIncident(incident.id)}
              >
                <span class="when">${formatPeriod(incident.date, incident.endDate, lang)}</span>
                <span lang=${title.lang ?? nothing}>${title.text}</span>
              </button>
            </li>`;
          })}
        </ul>`
      : html`<p>${t.detailEmpty}</p>`,
  );
}
