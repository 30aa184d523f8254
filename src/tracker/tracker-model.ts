/**
 * Everything the tracker shows, derived in one pure step from its inputs (dataset, shared
 * filter, language, the review asked for and the reader's own filters): the review, its
 * recommendations with what the filters read, the honest arithmetic and the proportion bars,
 * the choices of the filters, the recommendations the filters leave by theme, and, inside
 * `<civic-dataset>`, the incidents of the twelve months up to the review. The element renders
 * this model and keeps only what the reader does (the review chosen, the filters, the open
 * recommendation, the rows shown, the table open).
 */
import type { Dataset, Incident, Review } from '../data/schema.js';
import type { Filter } from '../filter/filter.js';
import { lastResult } from '../shared/changed-inputs.js';
import {
  contextIncidents,
  filterEntries,
  groupByTheme,
  implementationProportions,
  pickReview,
  responseProportions,
  statesOfReview,
  themesOfReview,
  trackerEntries,
  type Proportions,
  type ThemeGroup,
  type TrackerEntry,
  type TrackerFilter,
} from './tracker-layout.js';
import { trackerSummary } from './tracker-summary.js';

export interface TrackerInputs {
  dataset: Dataset;
  /** The shared filter (or the widget's own): its words narrow the list, all of it the context. */
  filter: Filter;
  lang: string;
  /** Inside `<civic-dataset>`: the incidents around the review are shown as context. */
  linked: boolean;
  /** The review asked for (the reader's choice, else the `review` attribute); default: the latest. */
  reviewId: string | undefined;
  /** The reader's own filters of the tracker. */
  trackerFilter: TrackerFilter;
  /**
   * The review those filters were set on (none: the review shown). On another review only
   * their words carry over, as its themes and recommending states differ.
   */
  filtersReview?: Review;
}

/** What happened around the review, inside `<civic-dataset>`. */
export interface TrackerContext {
  /** The incidents of the twelve months up to the review matching the shared filter, latest first. */
  incidents: Incident[];
  /** The shared filter narrows them (words, categories or regions). */
  matching: boolean;
}

/** The review shown, and all the tracker draws of it. */
export interface ReviewModel {
  review: Review;
  /** Its recommendations, each with what the filters read. */
  entries: TrackerEntry[];
  byResponse: Proportions;
  byImplementation: Proportions;
  /** The honest arithmetic in one sentence (`trackerSummary`). */
  summary: string;
  /** The theme ids its recommendations use: the theme filter's choices. */
  themeOptions: string[];
  /** Its recommending states, sorted: the state filter's choices. */
  stateOptions: string[];
  /** The entries the reader's filters and the shared words leave. */
  shown: TrackerEntry[];
  /** Those entries by theme, in the dataset's order of themes. */
  groups: ThemeGroup[];
  /** The same entries in the groups' order: the order of the list, its pages and the table. */
  ordered: TrackerEntry[];
  /** Entries per group id. */
  groupTotals: Map<string, number>;
  /** The shared filter's words, trimmed ('' for none), named beside the count. */
  sharedQuery: string;
  /** Undefined outside `<civic-dataset>`. */
  context: TrackerContext | undefined;
}

export interface TrackerModel {
  dataset: Dataset;
  /** The reader's filters in effect: as set, or only their words on a review other than theirs. */
  filter: TrackerFilter;
  /** Undefined when the dataset has no review. */
  current: ReviewModel | undefined;
}

/** What a review shows whatever the filters: its arithmetic and the filters' choices. */
interface ReviewFacts {
  byResponse: Proportions;
  byImplementation: Proportions;
  summary: string;
  themeOptions: string[];
  stateOptions: string[];
}

/** What the filters leave. */
interface Shown {
  shown: TrackerEntry[];
  groups: ThemeGroup[];
  ordered: TrackerEntry[];
  groupTotals: Map<string, number>;
}

/**
 * What `deriveTracker` keeps between calls, one per element: the entries once per review, the
 * arithmetic once per review and language, the filtered list once per filter (so the element
 * can tell a new list by its identity), and a call with the same inputs returns the same model.
 */
export function trackerMemo() {
  return {
    entries: new WeakMap<Review, TrackerEntry[]>(),
    facts: lastResult<ReviewFacts>(),
    shown: lastResult<Shown>(),
    context: lastResult<TrackerContext | undefined>(),
    model: lastResult<TrackerModel>(),
  };
}
export type TrackerMemo = ReturnType<typeof trackerMemo>;

/** The tracker's model. Pass the same `memo` on each call to recompute only what changed. */
export function deriveTracker(
  inputs: TrackerInputs,
  memo: TrackerMemo = trackerMemo(),
): TrackerModel {
  const { dataset, filter: shared, lang, linked, trackerFilter } = inputs;
  const review = pickReview(dataset.reviews, inputs.reviewId);
  const { filtersReview } = inputs;
  const filter =
    !filtersReview || filtersReview === review ? trackerFilter : { query: trackerFilter.query };
  if (!review)
    return memo.model([dataset, filter], () => ({ dataset, filter, current: undefined }));
  let entries = memo.entries.get(review);
  if (!entries) {
    entries = trackerEntries(review, dataset);
    memo.entries.set(review, entries);
  }
  const themeOrder = dataset.themes.map((theme) => theme.id);
  const announced = review.recommendationCount;
  const facts = memo.facts([entries, lang], () => {
    const byResponse = responseProportions(entries, announced);
    const byImplementation = implementationProportions(entries, announced);
    return {
      byResponse,
      byImplementation,
      summary: trackerSummary(entries, announced, byResponse, byImplementation, lang),
      themeOptions: themesOfReview(entries, themeOrder),
      stateOptions: statesOfReview(entries, lang),
    };
  });
  const shown = memo.shown([entries, filter, shared.query], () => {
    const shown = filterEntries(entries, filter, filter.query, shared.query);
    const groups = groupByTheme(shown, themeOrder, filter.theme);
    return {
      shown,
      groups,
      ordered: groups.flatMap((group) => group.entries),
      groupTotals: new Map(groups.map((group) => [group.id, group.entries.length])),
    };
  });
  const context = memo.context([dataset, review, shared, linked], () => {
    if (!linked) return undefined;
    const { query, categoryIds, regionIds, verifiedOnly } = shared;
    return {
      incidents: contextIncidents(dataset, review, shared),
      matching: Boolean(query || categoryIds.length || regionIds.length || verifiedOnly),
    };
  });
  const sharedQuery = shared.query?.trim() ?? '';
  return memo.model([dataset, filter, review, entries, facts, shown, sharedQuery, context], () => ({
    dataset,
    filter,
    current: { review, entries, ...facts, ...shown, sharedQuery, context },
  }));
}
