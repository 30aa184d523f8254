/**
 * The one-sentence summary of what the timeline shows, for screen readers and as a caption:
 * "12 incidents between September 2024 and January 2025; most in October 2024."
 */
import { formatPartialDate } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';
import type { TimelineItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

export function timelineSummary(items: readonly TimelineItem[], lang: string): string {
  const messages = messagesFor(lang);
  const count = messages.incidents(items.length);
  if (!items.length) return count;
  // The first and last dates at the precision the sources give, but no finer than a month:
  // an incident known only to be "in 2024" makes the range start in 2024, not in January.
  const latest = items.reduce((a, b) => (b.start > a.start ? b : a));
  const first = items[0]!.incident.date.slice(0, 7);
  const last = latest.incident.date.slice(0, 7);
  if (first === last)
    return timelineMessages(lang).summarySame(count, formatPartialDate(first, lang));
  // The busiest month counts only incidents dated to a day or a month: one dated only to a
  // year or a longer period cannot be said to fall in any one month.
  const perMonth = new Map<string, number>();
  for (const item of items) {
    if (item.kind === 'day' || item.kind === 'month') {
      const month = item.incident.date.slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
  }
  const ranked = [...perMonth].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // "Most in" only when one month clearly leads.
  const peak =
    ranked[0] && ranked[0][1] > 1 && ranked[0][1] > (ranked[1]?.[1] ?? 0)
      ? ranked[0][0]
      : undefined;
  return timelineMessages(lang).summary(
    count,
    formatPartialDate(first, lang),
    formatPartialDate(last, lang),
    peak && formatPartialDate(peak, lang),
  );
}
