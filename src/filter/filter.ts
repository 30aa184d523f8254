/**
 * The filter the widgets inside one `<civic-dataset>` share (components.md, "Filter"), and
 * the pure functions that say which records match it.
 */
import { possibleSpan } from '../data/incident-dates.js';
import { spanOf, type PartialDate } from '../data/partial-date.js';
import type { Dataset, Incident } from '../data/schema.js';
import { toJsonValue } from '../data/json-value.js';
import { isPartialDate } from '../data/partial-date.js';
import type { Text } from '../data/text.js';

export interface Filter {
  /** Incidents in any of these categories; empty means all. */
  categoryIds: string[];
  /** Incidents in any of these regions; empty means all. */
  regionIds: string[];
  /** Incidents that overlap the span from the start of `from`… */
  from?: PartialDate;
  /** …to the end of `to`. */
  to?: PartialDate;
  /** Words that must all appear in the record's text, in any language. */
  query?: string;
  /** Only incidents whose `verification` is `verified`: those reported, alleged or not assessed are hidden. */
  verifiedOnly?: boolean;
}

export const emptyFilter: Filter = Object.freeze({ categoryIds: [], regionIds: [] }) as Filter;

export function isFilterEmpty(filter: Filter): boolean {
  return (
    !filter.categoryIds.length &&
    !filter.regionIds.length &&
    !filter.from &&
    !filter.to &&
    !filter.query?.trim() &&
    !filter.verifiedOnly
  );
}

/**
 * A filter from whatever an embedder set (a property, a URL): unknown fields dropped, ids kept
 * only if they are strings, dates only if they are partial dates. Never throws.
 */
export function normalizeFilter(value: unknown): Filter {
  const json = toJsonValue(value);
  const input = json.ok && json.value && typeof json.value === 'object' ? json.value : {};
  const read = (key: string): unknown =>
    Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
  const ids = (key: string) => {
    const list = read(key);
    return Array.isArray(list)
      ? [...new Set(list.filter((id): id is string => typeof id === 'string'))]
      : [];
  };
  const date = (key: string) => {
    const text = read(key);
    return typeof text === 'string' && isPartialDate(text) ? text : undefined;
  };
  const filter: Filter = { categoryIds: ids('categoryIds'), regionIds: ids('regionIds') };
  const from = date('from');
  const to = date('to');
  const query = read('query');
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (typeof query === 'string' && query.trim()) filter.query = query.slice(0, 500);
  if (read('verifiedOnly') === true) filter.verifiedOnly = true;
  return filter;
}

function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** True when every word of the query appears (case-insensitively) in one of the texts. */
export function matchesQuery(
  query: string | undefined,
  texts: readonly (Text | undefined)[],
): boolean {
  const words = query?.toLocaleLowerCase().split(/\s+/).filter(Boolean) ?? [];
  if (!words.length) return true;
  const haystack = texts.flatMap(textValues).join('\n').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * Whether the incident lies in the filter's `from`–`to` window: `yes` when its span of time
 * overlaps it (or a date that only bounds it lies wholly inside), `possibly` when a bound
 * ("in or after October 2024") or an "about" date reaches past it, `no` otherwise. An incident
 * whose source gives no date cannot match a window: like one with no region, it is counted apart.
 */
export function windowMatch(incident: Incident, filter: Filter): 'yes' | 'possibly' | 'no' {
  if (!filter.from && !filter.to) return 'yes';
  const span = possibleSpan(incident);
  const from = (filter.from ? spanOf(filter.from)?.start : undefined) ?? -Infinity;
  const to = (filter.to ? spanOf(filter.to)?.end : undefined) ?? Infinity;
  if (!span || span.end <= from || span.start >= to) return 'no';
  return !incident.dateQualifier || (span.start >= from && span.end <= to) ? 'yes' : 'possibly';
}

/** True when the incident's span of time overlaps the filter's `from`–`to` window, or may. */
export function overlapsWindow(incident: Incident, filter: Filter): boolean {
  return windowMatch(incident, filter) !== 'no';
}

export function incidentMatches(incident: Incident, filter: Filter): boolean {
  return (
    (!filter.categoryIds.length ||
      incident.categoryIds.some((id) => filter.categoryIds.includes(id))) &&
    // An incident with no stated region cannot match a region filter: it is counted apart.
    (!filter.regionIds.length ||
      (incident.regionId !== undefined && filter.regionIds.includes(incident.regionId))) &&
    (!filter.verifiedOnly || incident.verification === 'verified') &&
    overlapsWindow(incident, filter) &&
    matchesQuery(filter.query, [incident.title, incident.summary])
  );
}

export function filterIncidents(dataset: Dataset, filter: Filter): Incident[] {
  return isFilterEmpty(filter)
    ? dataset.incidents
    : dataset.incidents.filter((i) => incidentMatches(i, filter));
}

/**
 * How many of the incidents `filter` keeps match its period only possibly (`windowMatch`): what
 * every widget's filter bar says, so that a reader knows how many of them may lie outside it.
 */
export function possibleMatchCount(dataset: Dataset, filter: Filter): number {
  if (!filter.from && !filter.to) return 0;
  let count = 0;
  for (const incident of dataset.incidents)
    if (incident.dateQualifier && windowMatch(incident, filter) === 'possibly')
      count += Number(incidentMatches(incident, filter));
  return count;
}
