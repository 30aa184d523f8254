/**
 * The one-sentence summary of what the map shows, for screen readers and as a caption:
 * "Incidents documented in 4 of 11 regions; most in North Hamgyong (3). 2 incidents without a
 * stated location."
 */
import { messagesFor } from '../shared/messages.js';
import { mapMessages } from './map-messages.js';
import { valueOf, type Counts, type Measure } from './map-counts.js';
import { formatNumber } from '../shared/format-number.js';

/** `drawn`: the ids of the regions on the map; `regionName` gives a region's name by id. */
export function mapSummary(
  drawn: readonly string[],
  counts: Counts,
  measure: Measure,
  regionName: (id: string) => string,
  lang: string,
): string {
  const t = mapMessages(lang);
  let top: { id: string; value: number } | undefined;
  let documented = 0;
  for (const id of drawn) {
    const value = valueOf(counts.byRegion.get(id), measure);
    if (value > 0) documented += 1;
    if (value > 0 && (!top || value > top.value)) top = { id, value };
  }
  const topName = top ? regionName(top.id) : undefined;
  let topValue = top ? formatNumber(top.value, lang) : '';
  // A region's people counted from a range ("at least 30") is itself only a least number.
  if (top && measure === 'people' && counts.byRegion.get(top.id)?.ranged)
    topValue = messagesFor(lang).atLeast(topValue);
  const sentence = (measure === 'people' ? t.summaryPeople : t.summary)(
    documented,
    drawn.length,
    topName,
    topValue,
  );
  const unlocated = counts.unlocated.incidents;
  const unverified = counts.all.unverified;
  return [
    sentence,
    unlocated ? ` ${t.unlocated(unlocated)}.` : '',
    unverified ? ` ${t.notVerifiedOf(unverified)}.` : '',
  ].join('');
}
