/**
 * The detail of one incident (part `detail`), for every widget that shows one: its summary,
 * the date as the source gives it (or that it gives none), where it happened (or that the
 * source does not say) and what the dataset notes of the place, people affected, how sure the
 * source is, outcomes, and its sources as links.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Incident } from '../data/schema.js';
import { isSafeUrl } from '../data/schema-values.js';
import { resolveText, textIn } from '../data/text.js';
import { formatIncidentDate, formatPartialDate } from './format-date.js';
import { formatPeople } from './format-people.js';
import { messagesFor } from './messages.js';

export const detailStyles = css`
  .detail {
    margin-block-start: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail header {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 1rem;
  }
  .detail h3 {
    margin: 0;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .detail h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9em;
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0;
  }
  .detail dt {
    color: var(--_muted);
  }
  .detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail p,
  .sources {
    overflow-wrap: anywhere;
  }
  .detail a {
    color: var(--_accent);
  }
`;

/** Where an incident happened, in words: "Hoeryong, North Hamgyong", or "Location not stated". */
export function incidentLocation(incident: Incident, dataset: Dataset, lang: string): string {
  const region = dataset.regions.find((r) => r.id === incident.regionId);
  const place = dataset.places.find((p) => p.id === incident.placeId);
  const names = [place && textIn(place.name, lang), region && textIn(region.name, lang)].filter(
    Boolean,
  );
  return names.length ? names.join(', ') : messagesFor(lang).locationNotStated;
}

export function incidentCategories(incident: Incident, dataset: Dataset, lang: string): string {
  return incident.categoryIds
    .map((id) => dataset.categories.find((c) => c.id === id))
    .map((category, i) => (category ? textIn(category.label, lang) : incident.categoryIds[i]))
    .join(', ');
}

/**
 * A detail panel's keydown handler: Escape closes it from anywhere inside (its Close button, a
 * link), as it does from the chart.
 */
function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
}

export function renderIncidentDetail(
  incident: Incident,
  dataset: Dataset,
  lang: string,
  onClose: () => void,
) {
  const messages = messagesFor(lang);
  const title = resolveText(incident.title, lang);
  const summary = resolveText(incident.summary, lang);
  const placeNote = resolveText(dataset.places.find((p) => p.id === incident.placeId)?.note, lang);
  const outcomes = incident.outcomes
    ?.map((tag) => (Object.hasOwn(messages.outcomeNames, tag) ? messages.outcomeNames[tag] : tag))
    .join(', ');
  return detailFrame(
    html`<span lang=${title.lang ?? nothing}>${title.text}</span>`,
    lang,
    onClose,
    html`<dl>
        <dt>${messages.date}</dt>
        <dd>${formatIncidentDate(incident, lang)}</dd>
        <dt>${messages.location}</dt>
        <dd>${incidentLocation(incident, dataset, lang)}</dd>
        ${
          placeNote.text
            ? html`<dt>${messages.placeNote}</dt>
                <dd lang=${placeNote.lang ?? nothing}>${placeNote.text}</dd>`
            : nothing
        }
        <dt>${messages.category}</dt>
        <dd>${incidentCategories(incident, dataset, lang)}</dd>
        ${
          incident.peopleAffected !== undefined
            ? html`<dt>${messages.peopleAffected}</dt>
                <dd>${formatPeople(incident.peopleAffected, lang)}</dd>`
            : nothing
        }
        ${
          incident.verification
            ? html`<dt>${messages.verification}</dt>
                <dd>${messages.verificationNames[incident.verification]}</dd>`
            : nothing
        }
        ${
          outcomes
            ? html`<dt>${messages.outcomes}</dt>
                <dd>${outcomes}</dd>`
            : nothing
        }
      </dl>
      ${summary.text ? html`<p class="summary-text" lang=${summary.lang ?? nothing}>${summary.text}</p>` : nothing}
      <h4>${messages.sources}</h4>
      ${renderSources(incident.sourceIds, dataset, lang)}`,
  );
}

/**
 * The panel every detail is drawn in (part `detail`): a heading, a Close button, and `body`;
 * Escape closes it from anywhere inside.
 */
export function detailFrame(
  heading: TemplateResult | string,
  lang: string,
  onClose: () => void,
  body: TemplateResult,
) {
  return html`<section
    part="detail"
    class="detail"
    aria-labelledby="detail-title"
    @keydown=${closeOnEscape(onClose)}
  >
    <header>
      <h3 id="detail-title">${heading}</h3>
      <button type="button" class="close" @click=${onClose}>${messagesFor(lang).close}</button>
    </header>
    ${body}
  </section>`;
}

/** The sources named by `ids`, as a list; each a link when it has a safe http(s) URL. */
export function renderSources(ids: readonly string[], dataset: Dataset, lang: string) {
  const sources = ids
    .map((id) => dataset.sources.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  return html`<ul class="sources">
    ${sources.map((source) => {
      const name = [source.publisher, source.title && textIn(source.title, lang)]
        .filter(Boolean)
        .join(': ');
      const published = source.published ? ` (${formatPartialDate(source.published, lang)})` : '';
      // Checked again here: a link is the one place dataset text could become navigation.
      return html`<li>
        ${
          source.url && isSafeUrl(source.url)
            ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${name}</a>`
            : name
        }${published}
      </li>`;
    })}
  </ul>`;
}

/** The publishers of the sources named by `ids`, for a table cell: "CIVICUS Monitor; Daily NK". */
export function sourcePublishers(ids: readonly string[], dataset: Dataset): string {
  return ids.map((id) => dataset.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');
}
