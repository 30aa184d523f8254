/**
 * What a screen reader hears of the timeline's marks and counts: an incident's title, date,
 * categories and location; a period of counts, how many incidents fall in it and how many of
 * them are dated only to a longer period.
 */
import type { Precision } from '../data/partial-date.js';
import type { Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { formatIncidentDate, formatPartialDate } from '../shared/format-date.js';
import { incidentCategories, incidentLocation } from '../shared/incident-detail.js';
import { messagesFor } from '../shared/messages.js';
import type { Bin, Lane, TimelineItem } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';

/**
 * "Title, September 2024, Expression, Hoeryong, North Hamgyong", and how sure the source is
 * when the dataset says ("reported, not verified").
 */
export function markLabel({ incident }: TimelineItem, dataset: Dataset, lang: string): string {
  const status = incident.verification;
  return [
    resolveText(incident.title, lang).text,
    formatIncidentDate(incident, lang),
    incidentCategories(incident, dataset, lang),
    incidentLocation(incident, dataset, lang),
    ...(status ? [messagesFor(lang).verificationNames[status]] : []),
  ].join(', ');
}

/**
 * "Expression: 12 incidents in March 2024, 3 of them dated only to a longer period", the date
 * written at the `precision` of the bins.
 */
export function binLabel(lane: Lane, bin: Bin, precision: Precision, lang: string): string {
  const date = new Date(bin.start)
    .toISOString()
    .slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
  const text = timelineMessages(lang).bin(
    messagesFor(lang).incidents(bin.certain + bin.uncertain),
    formatPartialDate(date, lang),
    bin.uncertain,
  );
  return lane.label ? `${lane.label}: ${text}` : text;
}
