/**
 * The timeline in a narrow container: incidents listed by month (or year, for those dated
 * only to a year), those whose source gives no date last, each a button, rather than an axis
 * squeezed below legibility.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { resolveText } from '../data/text.js';
import { isUnverified } from '../data/verification.js';
import { formatIncidentDate, formatPartialDate } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';
import type { TimelineItem, UndatedItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

/** What the element adds to the list: focus, selection, and its handlers of keys and clicks. */
export interface ListReader {
  /** The incident holding the roving tabindex. */
  activeId: string | undefined;
  selectedId: string | null;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

type ListItem = TimelineItem | UndatedItem;

export function renderList(items: readonly ListItem[], lang: string, reader: ListReader) {
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
  items: readonly ListItem[],
  lang: string,
  { activeId, selectedId }: ListReader,
) {
  const groups = new Map<string, ListItem[]>();
  for (const item of items) {
    // A month, or a year for a date known only to its year; "" for no date at all.
    const key = item.incident.date?.slice(0, 7) ?? '';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(
    ([key, group]) =>
      html`<h3>${key ? formatPartialDate(key, lang) : messagesFor(lang).dateNotStated}</h3>
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
                  class="cat-${item.categoryIndex} kind-${'kind' in item ? item.kind : 'undated'}${selected ? ' selected' : ''}${isUnverified(item.incident) ? ' unverified' : ''}"
                  data-id=${item.id}
                  tabindex=${item.id === activeId ? '0' : '-1'}
                  aria-pressed=${selected ? 'true' : 'false'}
                >
                  <span class="when">${formatIncidentDate(item.incident, lang)}</span>
                  <span lang=${title.lang ?? nothing}>${title.text}</span>
                </button>
              </li>`;
            },
          )}
        </ol>`,
  );
}
