/**
 * The rules checked beyond the shape (dataset.md, "Rules checked after the shape"): every
 * reference resolves, ids are unique per collection, periods do not end before they start, a
 * place's region agrees with the incident's, and a review lists no more recommendations than
 * it announced.
 *
 * They run even when the shape is wrong, on whatever records are readable, so that an editor
 * sees every problem at once: each read here checks its type and skips what is malformed
 * (the shape check reports that).
 */
import { makeIssue, type DatasetIssue } from './dataset-issues.js';
import { isNotBefore, isPartialDate } from './partial-date.js';
import type { JsonValue } from './json-value.js';

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function field(record: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
function text(record: JsonObject, key: string): string | undefined {
  const value = field(record, key);
  return typeof value === 'string' ? value : undefined;
}
/** The records of a list with their index; anything that is not a record is skipped. */
function records(value: JsonValue | undefined): [JsonObject, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    isObject(item) ? [[item, index] as [JsonObject, number]] : [],
  );
}
function strings(value: JsonValue | undefined): [string, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) =>
    typeof item === 'string' ? [[item, index] as [string, number]] : [],
  );
}

/** Ids of a collection, reporting every id used twice with the path of its first use. */
function indexIds(
  list: [JsonObject, number][],
  pathOf: (index: number) => string,
  issues: DatasetIssue[],
  firstUse: Map<string, string> = new Map(),
): Map<string, string> {
  for (const [record, index] of list) {
    const id = text(record, 'id');
    if (id === undefined) continue;
    const other = firstUse.get(id);
    if (other !== undefined)
      issues.push(makeIssue(`${pathOf(index)}.id`, 'duplicate-id', { value: id, other }));
    else firstUse.set(id, pathOf(index));
  }
  return firstUse;
}

export function checkDatasetRules(document: JsonValue): DatasetIssue[] {
  if (!isObject(document)) return [];
  const issues: DatasetIssue[] = [];
  const list = (key: string) => records(field(document, key));
  const index = (key: string) => indexIds(list(key), (i) => `${key}[${i}]`, issues);
  const sources = index('sources');
  const categories = index('categories');
  const regions = index('regions');
  const places = index('places');
  const themes = index('themes');
  index('incidents');
  index('reviews');
  // Recommendation ids are unique across reviews: a selection names one without its review.
  const recommendationIds = new Map<string, string>();
  for (const [review, r] of list('reviews')) {
    const path = (i: number) => `reviews[${r}].recommendations[${i}]`;
    indexIds(records(field(review, 'recommendations')), path, issues, recommendationIds);
  }

  const refer = (path: string, id: string, known: Map<string, string>, collection: string) => {
    if (!known.has(id))
      issues.push(makeIssue(path, 'unknown-reference', { value: id, collection }));
  };
  const referAll = (
    path: string,
    ids: JsonValue | undefined,
    known: Map<string, string>,
    collection: string,
  ) => {
    for (const [id, i] of strings(ids)) refer(`${path}[${i}]`, id, known, collection);
  };

  const rating = field(document, 'rating');
  if (isObject(rating))
    referAll('rating.sourceIds', field(rating, 'sourceIds'), sources, 'sources');

  const placeRegion = new Map<string, string>();
  for (const [place, i] of list('places')) {
    const regionId = text(place, 'regionId');
    const id = text(place, 'id');
    if (regionId === undefined) continue;
    refer(`places[${i}].regionId`, regionId, regions, 'regions');
    if (id !== undefined) placeRegion.set(id, regionId);
  }

  for (const [incident, i] of list('incidents')) {
    const path = `incidents[${i}]`;
    referAll(`${path}.categoryIds`, field(incident, 'categoryIds'), categories, 'categories');
    referAll(`${path}.sourceIds`, field(incident, 'sourceIds'), sources, 'sources');
    const regionId = text(incident, 'regionId');
    const placeId = text(incident, 'placeId');
    if (regionId !== undefined) refer(`${path}.regionId`, regionId, regions, 'regions');
    if (placeId !== undefined) {
      refer(`${path}.placeId`, placeId, places, 'places');
      const regionOfPlace = placeRegion.get(placeId);
      // An unknown region is already reported; saying it is also the wrong one adds nothing.
      const knownRegion = regionId !== undefined && regions.has(regionId);
      if (knownRegion && regionOfPlace !== undefined && regionOfPlace !== regionId) {
        issues.push(
          makeIssue(`${path}.regionId`, 'place-region-mismatch', {
            value: regionId,
            placeId,
            placeRegionId: regionOfPlace,
          }),
        );
      }
    }
    const date = text(incident, 'date');
    const endDate = text(incident, 'endDate');
    if (
      date &&
      endDate &&
      isPartialDate(date) &&
      isPartialDate(endDate) &&
      !isNotBefore(endDate, date)
    ) {
      issues.push(makeIssue(`${path}.endDate`, 'end-before-start', { endDate, date }));
    }
  }

  for (const [review, r] of list('reviews')) {
    const path = `reviews[${r}]`;
    referAll(`${path}.sourceIds`, field(review, 'sourceIds'), sources, 'sources');
    const recommendations = field(review, 'recommendations');
    const count = field(review, 'recommendationCount');
    const listed = Array.isArray(recommendations) ? recommendations.length : 0;
    if (typeof count === 'number' && listed > count) {
      issues.push(
        makeIssue(`${path}.recommendationCount`, 'too-many-recommendations', { listed, count }),
      );
    }
    for (const [recommendation, i] of records(recommendations)) {
      const at = `${path}.recommendations[${i}]`;
      referAll(`${at}.themeIds`, field(recommendation, 'themeIds'), themes, 'themes');
      referAll(`${at}.sourceIds`, field(recommendation, 'sourceIds'), sources, 'sources');
    }
  }
  return issues;
}
