/**
 * The tracker's arithmetic, as pure functions: which review to show, the search text of each
 * recommendation (built once per dataset), which recommendations match the reader's filters,
 * how they group by theme (and a page of those groups), the segments of the proportion bars,
 * where the recommendations a review announced but the dataset does not list are a segment of
 * their own, and the incidents of the months up to the review.
 */
import { comparePartialDates, isPartialDate, type PartialDate } from '../data/partial-date.js';
import { implementationStatuses, responses } from '../data/schema-values.js';
import type {
  Dataset,
  ImplementationStatus,
  Incident,
  Recommendation,
  Response,
  Review,
} from '../data/schema.js';
import type { Text } from '../data/text.js';
import { filterIncidents, overlapsWindow, type Filter } from '../filter/filter.js';

/** The `data-id` of the group of recommendations that name no theme ("Other / no theme"). */
export const noTheme = '(none)';

/** The reader's own filters of the tracker; an empty string or undefined means "all". */
export interface TrackerFilter {
  theme?: string;
  response?: Response | '';
  implementation?: ImplementationStatus | '';
  state?: string;
  query?: string;
}

/** One recommendation with what the filters read, computed once per dataset. */
export interface TrackerEntry {
  recommendation: Recommendation;
  /** Its implementation, `unknown` where the data does not say (never guessed). */
  implementation: ImplementationStatus;
  /** Its theme ids, or `[noTheme]`. */
  themeKeys: string[];
  /** Every word it can be found by, in every language, lower-cased. */
  haystack: string;
}

export interface ThemeGroup {
  /** A theme id, or `noTheme`. */
  id: string;
  entries: TrackerEntry[];
}

/** Reviews newest first (by date; for equal dates, in the dataset's order). */
export function reviewsByDate(reviews: readonly Review[]): Review[] {
  return reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => comparePartialDates(b.review.date, a.review.date) || a.index - b.index)
    .map(({ review }) => review);
}

/** The review named by `id`, else the latest. */
export function pickReview(reviews: readonly Review[], id?: string | null): Review | undefined {
  return (id ? reviews.find((r) => r.id === id) : undefined) ?? reviewsByDate(reviews)[0];
}

function textValues(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** The entries of a review, with their search text in every language (themes included). */
export function trackerEntries(review: Review, dataset: Pick<Dataset, 'themes'>): TrackerEntry[] {
  const themeLabels = new Map(
    dataset.themes.map((theme) => [theme.id, textValues(theme.label).join('\n')]),
  );
  return review.recommendations.map((recommendation) => {
    const themeKeys = recommendation.themeIds.length ? [...recommendation.themeIds] : [noTheme];
    const haystack = [
      recommendation.id,
      ...textValues(recommendation.text),
      ...recommendation.themeIds.map((id) => themeLabels.get(id) ?? id),
      ...(recommendation.recommendingStates ?? []),
    ]
      .join('\n')
      .toLocaleLowerCase();
    return {
      recommendation,
      implementation: recommendation.implementation ?? 'unknown',
      themeKeys,
      haystack,
    };
  });
}

/** The words of a query, lower-cased: each must appear for a record to match. */
export function queryWords(query: string | undefined): string[] {
  return query?.toLocaleLowerCase().split(/\s+/).filter(Boolean) ?? [];
}

/** The entries matching the reader's filters and every word of the given queries. */
export function filterEntries(
  entries: readonly TrackerEntry[],
  filter: TrackerFilter,
  ...queries: (string | undefined)[]
): TrackerEntry[] {
  const words = queries.flatMap(queryWords);
  const { theme, response, implementation, state } = filter;
  if (!theme && !response && !implementation && !state && !words.length) return [...entries];
  return entries.filter(
    (entry) =>
      (!theme || entry.themeKeys.includes(theme)) &&
      (!response || entry.recommendation.response === response) &&
      (!implementation || entry.implementation === implementation) &&
      (!state || (entry.recommendation.recommendingStates ?? []).includes(state)) &&
      words.every((word) => entry.haystack.includes(word)),
  );
}

export function isTrackerFilterEmpty(filter: TrackerFilter): boolean {
  return (
    !filter.theme &&
    !filter.response &&
    !filter.implementation &&
    !filter.state &&
    !filter.query?.trim()
  );
}

/**
 * The entries by theme, in the dataset's order of themes, with "no theme" last. Each
 * recommendation appears once, under its first theme (or, with a theme filter, under that
 * theme); its other themes are shown on its row.
 */
export function groupByTheme(
  entries: readonly TrackerEntry[],
  themeOrder: readonly string[],
  themeFilter?: string,
): ThemeGroup[] {
  const groups = new Map<string, TrackerEntry[]>();
  for (const entry of entries) {
    const key =
      themeFilter && entry.themeKeys.includes(themeFilter) ? themeFilter : entry.themeKeys[0]!;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const rank = new Map(themeOrder.map((id, i) => [id, i]));
  const order = (id: string) =>
    id === noTheme ? Number.MAX_SAFE_INTEGER : (rank.get(id) ?? themeOrder.length);
  return [...groups]
    .map(([id, list]) => ({ id, entries: list }))
    .sort((a, b) => order(a.id) - order(b.id));
}

/**
 * The first `rows` entries of `groups`, still in their groups: a page of the list. The same as
 * grouping the first `rows` entries of the groups' order, without grouping again.
 */
export function firstRows(groups: readonly ThemeGroup[], rows: number): ThemeGroup[] {
  const page: ThemeGroup[] = [];
  let left = rows;
  for (const group of groups) {
    if (left <= 0) break;
    page.push(
      group.entries.length <= left
        ? group
        : { id: group.id, entries: group.entries.slice(0, left) },
    );
    left -= group.entries.length;
  }
  return page;
}

/** The theme ids a review's recommendations use, in the dataset's order, "no theme" last. */
export function themesOfReview(entries: readonly TrackerEntry[], themeOrder: readonly string[]) {
  const used = new Set(entries.flatMap((entry) => entry.themeKeys));
  const known = themeOrder.filter((id) => used.has(id));
  const other = [...used].filter((id) => id !== noTheme && !themeOrder.includes(id));
  return [...known, ...other, ...(used.has(noTheme) ? [noTheme] : [])];
}

/** The recommending states of a review's recommendations, sorted, each once. */
export function statesOfReview(entries: readonly TrackerEntry[], lang: string): string[] {
  const states = new Set(entries.flatMap((entry) => entry.recommendation.recommendingStates ?? []));
  return [...states].sort((a, b) => a.localeCompare(b, lang));
}

/** One segment of a proportion bar. */
export interface Segment {
  /** A response or implementation status, or `unlisted`. */
  key: string;
  count: number;
  /** Share of the bar's total, 0–1. */
  fraction: number;
  /** Where the segment starts, 0–1. */
  offset: number;
}

export interface Proportions {
  /** The bar's total: the announced count, or the listed count when larger or not stated. */
  total: number;
  listed: number;
  /** Announced but not listed in the dataset (0 when no count is announced). */
  unlisted: number;
  /** Non-empty segments in the order of `keys`, then `unlisted`. */
  segments: Segment[];
  /** Every key with its count (zeros included), for legends. */
  counts: Map<string, number>;
}

/**
 * The segments of a proportion bar: each value's share of the recommendations the review
 * announced, and the unlisted remainder as a segment of its own, so that six listed of 206
 * announced fill six 206ths of the bar, never all of it.
 */
export function proportions<K extends string>(
  values: readonly K[],
  keys: readonly K[],
  announced: number | undefined,
): Proportions {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const listed = values.length;
  // The schema's rules keep the list within the count; a larger list still shows every row.
  const total = Math.max(announced ?? 0, listed);
  const unlisted = total - listed;
  const segments: Segment[] = [];
  let offset = 0;
  for (const [key, count] of [...counts, ['unlisted', unlisted] as const]) {
    if (!count) continue;
    const fraction = count / total;
    segments.push({ key, count, fraction, offset });
    offset += fraction;
  }
  return { total, listed, unlisted, segments, counts };
}

export function responseProportions(entries: readonly TrackerEntry[], announced?: number) {
  return proportions(
    entries.map((e) => e.recommendation.response),
    responses,
    announced,
  );
}

export function implementationProportions(entries: readonly TrackerEntry[], announced?: number) {
  return proportions(
    entries.map((e) => e.implementation),
    implementationStatuses,
    announced,
  );
}

/**
 * The period of incidents shown as context: the twelve months before the review's date
 * through that date, at the date's own precision (`2024-12` → `2023-12` to `2024-12`).
 */
export function contextWindow(date: PartialDate): { from: PartialDate; to: PartialDate } {
  const year = Number(date.slice(0, 4));
  let from = `${String(year - 1).padStart(4, '0')}${date.slice(4)}`;
  // 29 February of a leap year has no twin a year before: use the month.
  if (!isPartialDate(from)) from = from.slice(0, 7);
  return { from, to: date };
}

/** The incidents of the review's context window that match the shared filter, latest first. */
export function contextIncidents(dataset: Dataset, review: Review, filter: Filter): Incident[] {
  const window = { categoryIds: [], regionIds: [], ...contextWindow(review.date) };
  return (
    filterIncidents(dataset, filter)
      .filter((incident) => overlapsWindow(incident, window))
      // Undated incidents lie in no window: every one left has a date.
      .sort((a, b) => comparePartialDates(b.date ?? '', a.date ?? ''))
  );
}
