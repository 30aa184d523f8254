/**
 * The one-sentence summary of what the timeline shows, for screen readers and as a caption:
 * "12 incidents between September 2024 and January 2025; most in October 2024.", followed, when
 * there are any, by those the axis cannot place exactly: without a stated date, dated only by a
 * bound or roughly, not verified.
 */
import { isUnverified } from '../data/verification.js';
import { formatIncidentDate, formatPartialDate } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';
import type { TimelineItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

/** `undated`: how many incidents of the filter have no stated date (they are not in `items`). */
export function timelineSummary(items: readonly TimelineItem[], lang: string, undated = 0): string {
  const t = timelineMessages(lang);
  const bounded = items.filter((item) => item.bound);
  const unverified = items.filter((item) => isUnverified(item.incident)).length;
  const notes = [
    undated ? t.undated(undated) : '',
    bounded[0] ? t.bounded(bounded.length, formatIncidentDate(bounded[0].incident, lang)) : '',
    unverified ? t.unverified(unverified) : '',
  ].filter(Boolean);
  const sentence = datesSentence(items, lang);
  if (!notes.length) return sentence;
  const more = `${notes.join('; ')}.`;
  return items.length ? `${sentence} ${more}` : more;
}

function datesSentence(items: readonly TimelineItem[], lang: string): string {
  const messages = messagesFor(lang);
  const count = messages.incidents(items.length);
  if (!items.length) return count;
  // The first and last dates at the precision the sources give, but no finer than a month:
  // an incident known only to be "in 2024" makes the range start in 2024, not in January. A
  // date that only bounds an incident counts by that date, not by the edge it is drawn to.
  const startOf = (item: TimelineItem) => item.bound?.start ?? item.start;
  const earliest = items.reduce((a, b) => (startOf(b) < startOf(a) ? b : a));
  const latest = items.reduce((a, b) => (startOf(b) > startOf(a) ? b : a));
  const first = earliest.incident.date!.slice(0, 7);
  const last = latest.incident.date!.slice(0, 7);
  if (first === last)
    return timelineMessages(lang).summarySame(count, formatPartialDate(first, lang));
  // The busiest month counts only incidents dated to a day or a month: one dated only to a
  // year or a longer period cannot be said to fall in any one month.
  // Months by their number (year × 12 + month − 1, as items carry it): no string per item.
  const perMonth = new Map<number, number>();
  for (const item of items) {
    if ((item.kind === 'day' || item.kind === 'month') && item.month !== undefined)
      perMonth.set(item.month, (perMonth.get(item.month) ?? 0) + 1);
  }
  const ranked = [...perMonth].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  // "Most in" only when one month clearly leads.
  const top = ranked[0];
  const peak =
    top && top[1] > 1 && top[1] > (ranked[1]?.[1] ?? 0)
      ? `${Math.floor(top[0] / 12)}-${String((top[0] % 12) + 1).padStart(2, '0')}`
      : undefined;
  return timelineMessages(lang).summary(
    count,
    formatPartialDate(first, lang),
    formatPartialDate(last, lang),
    peak && formatPartialDate(peak, lang),
  );
}
