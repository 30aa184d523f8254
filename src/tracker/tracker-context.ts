/**
 * What happened around the review, inside `<civic-dataset>`: how many incidents of the twelve
 * months up to it match the shared filter, the latest few by name and the rest counted.
 */
import { html, nothing } from 'lit';
import type { Incident, Review } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { formatIncidentDate, formatPartialDate } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';
import { contextWindow } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';

/** Incidents listed by name as context; the rest are counted. */
const contextShown = 5;

/**
 * `incidents`: those of the window that match the shared filter, latest first; `matching`:
 * the shared filter narrows them (words, categories or regions).
 */
export function renderContext(
  review: Review,
  incidents: readonly Incident[],
  matching: boolean,
  lang: string,
) {
  const messages = messagesFor(lang);
  const t = trackerMessages(lang);
  const { from, to } = contextWindow(review.date);
  const shown = incidents.slice(0, contextShown);
  return html`<section class="context" aria-labelledby="context-title">
    <h3 id="context-title">${t.context}</h3>
    <p>
      ${t.contextSummary(
        messages.incidents(incidents.length),
        formatPartialDate(from, lang),
        formatPartialDate(to, lang),
      )}
      ${matching ? t.contextMatching : nothing}
    </p>
    ${
      shown.length
        ? html`<ul class="context-list">
            ${shown.map((incident) => {
              const title = resolveText(incident.title, lang);
              return html`<li data-id=${incident.id}>
                <span class="when">${formatIncidentDate(incident, lang)}</span>
                <span lang=${title.lang ?? nothing}>${title.text}</span>
              </li>`;
            })}
            ${
              incidents.length > shown.length
                ? html`<li>${t.contextMore(incidents.length - shown.length)}</li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </section>`;
}
