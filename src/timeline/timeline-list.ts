/**
 * The timeline in a narrow container: incidents listed by month (or year, for those dated
 * only to a year), each a button, rather than an axis squeezed below legibility.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { resolveText } from '../data/text.js';
import { formatPartialDate, formatPeriod } from '../shared/format-date.js';
import type { TimelineItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

/** What the element adds to the list: focus, selection, and its handlers of keys and clicks. */
export interface ListReader {
  /** The incident holding the roving tabindex. */
  activeId: string | undefined;
  selectedId: string | null;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

export function renderList(items: readonly TimelineItem[], lang: string, reader: ListReader) {
  return html`<div
    class="list"
    role="group"
    aria-label=${timelineMessages(lang).label}
    @keydown=${reader.onKeydown}
    @click=${reader.onClick}
  >
    ${renderMonths(items, lang, reader)}
  </div>`;
}

function renderMonths(
  items: readonly TimelineItem[],
  lang: string,
  { activeId, selectedId }: ListReader,
) {
  const groups = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const key =
      item.kind === 'year' ? item.incident.date.slice(0, 4) : item.incident.date.slice(0, 7);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(
    ([key, group]) =>
      html`<h3>${formatPartialDate(key, lang)}</h3>
        <ol>
          ${repeat(
            group,
            (item) => item.id,
            (item) => {
              const title = resolveText(item.incident.title, lang);
              const selected = item.id === selectedId;
              return html`<li>
                <button
                  type="button"
                  part="incident"
                  class="cat-${item.categoryIndex} kind-${item.kind}${selected ? ' selected' : ''}"
                  data-id=${item.id}
                  tabindex=${item.id === activeId ? '0' : '-1'}
                  aria-pressed=${selected ? 'true' : 'false'}
                >
                  <span class="when"
                    >${formatPeriod(item.incident.date, item.incident.endDate, lang)}</span
                  >
                  <span lang=${title.lang ?? nothing}>${title.text}</span>
                </button>
              </li>`;
            },
          )}
        </ol>`,
  );
}
