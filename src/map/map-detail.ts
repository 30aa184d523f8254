/**
 * The selected region's or place's incidents (part `detail`): a heading, a Close button and
 * one button per incident, each opening that incident's detail in its place.
 */
import { html, nothing } from 'lit';
import type { Incident } from '../data/schema.js';
import { resolveText, type ResolvedText } from '../data/text.js';
import { formatIncidentDate } from '../shared/format-date.js';
import { detailFrame } from '../shared/incident-detail.js';
import { mapMessages } from './map-messages.js';

/**
 * `name`: the region's or place's name in the reader's language; `note`: what the dataset says
 * of the place (a changed border, a former name), shown above its incidents.
 */
export function renderPlaceDetail(
  type: 'region' | 'place',
  name: string,
  incidents: readonly Incident[],
  lang: string,
  onClose: () => void,
  onOpenIncident: (id: string) => void,
  note?: ResolvedText,
) {
  const t = mapMessages(lang);
  return detailFrame(
    type === 'region' ? t.detailRegion(name) : t.detailPlace(name),
    lang,
    onClose,
    html`${note?.text ? html`<p class="place-note" lang=${note.lang ?? nothing}>${note.text}</p>` : nothing}${
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
                  <span class="when">${formatIncidentDate(incident, lang)}</span>
                  <span lang=${title.lang ?? nothing}>${title.text}</span>
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p>${t.detailEmpty}</p>`
    }`,
  );
}
