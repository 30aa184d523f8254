/**
 * The rules checked beyond the shape (dataset.md, "Rules checked after the shape"): every
 * reference resolves, ids are unique per collection, periods do not end before they start, a
 * date's qualifier or end comes with a date, a range of people does not end below its start, a
 * place's region agrees with the incident's, and a review lists no more recommendations than
 * it announced.
 *
 * They run even when the shape is wrong, on whatever records are readable, so that an editor
 * sees every problem at once: each read here checks its type and skips what is malformed
 * (the shape check reports that). Plain loops: this runs over every incident of a dataset.
 */
import { makeIssue, type DatasetIssue } from './dataset-issues.js';
import { isNotBefore, isPartialDate } from './partial-date.js';
import type { JsonValue } from './json-value.js';

type JsonObject = { [key: string]: JsonValue };
type Ids = Map<string, string>;

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
/** Calls `visit` for each record of a list; anything that is not a record is skipped. */
function eachRecord(
  list: JsonValue | undefined,
  visit: (record: JsonObject, index: number) => void,
) {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i];
    if (isObject(item)) visit(item, i);
  }
}

class RuleChecker {
  readonly issues: DatasetIssue[] = [];

  /** Ids of a collection, reporting every id used twice with the path of its first use. */
  index(list: JsonValue | undefined, path: string): Ids {
    const firstUse: Ids = new Map();
    eachRecord(list, (record, i) => {
      const id = text(record, 'id');
      if (id === undefined) return;
      const other = firstUse.get(id);
      if (other !== undefined) this.add(`${path}[${i}].id`, 'duplicate-id', { value: id, other });
      else firstUse.set(id, `${path}[${i}]`);
    });
    return firstUse;
  }

  refer(path: string, id: string, known: Ids, collection: string): void {
    if (!known.has(id)) this.add(path, 'unknown-reference', { value: id, collection });
  }

  referAll(path: string, ids: JsonValue | undefined, known: Ids, collection: string): void {
    if (!Array.isArray(ids)) return;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i];
      if (typeof id === 'string' && !known.has(id))
        this.refer(`${path}[${i}]`, id, known, collection);
    }
  }

  add(...args: Parameters<typeof makeIssue>): void {
    this.issues.push(makeIssue(...args));
  }
}

export function checkDatasetRules(document: JsonValue): DatasetIssue[] {
  if (!isObject(document)) return [];
  const check = new RuleChecker();
  const list = (key: string) => field(document, key);
  const sources = check.index(list('sources'), 'sources');
  const categories = check.index(list('categories'), 'categories');
  const regions = check.index(list('regions'), 'regions');
  const places = check.index(list('places'), 'places');
  const themes = check.index(list('themes'), 'themes');
  check.index(list('incidents'), 'incidents');
  check.index(list('reviews'), 'reviews');

  const rating = field(document, 'rating');
  if (isObject(rating))
    check.referAll('rating.sourceIds', field(rating, 'sourceIds'), sources, 'sources');

  const placeRegion = new Map<string, string>();
  eachRecord(list('places'), (place, i) => {
    const regionId = text(place, 'regionId');
    const id = text(place, 'id');
    if (regionId === undefined) return;
    check.refer(`places[${i}].regionId`, regionId, regions, 'regions');
    if (id !== undefined) placeRegion.set(id, regionId);
  });

  eachRecord(list('incidents'), (incident, i) => {
    const path = `incidents[${i}]`;
    check.referAll(`${path}.categoryIds`, field(incident, 'categoryIds'), categories, 'categories');
    check.referAll(`${path}.sourceIds`, field(incident, 'sourceIds'), sources, 'sources');
    const regionId = text(incident, 'regionId');
    const placeId = text(incident, 'placeId');
    if (regionId !== undefined) check.refer(`${path}.regionId`, regionId, regions, 'regions');
    if (placeId !== undefined) {
      check.refer(`${path}.placeId`, placeId, places, 'places');
      const regionOfPlace = placeRegion.get(placeId);
      // An unknown region is already reported; saying it is also the wrong one adds nothing.
      const knownRegion = regionId !== undefined && regions.has(regionId);
      if (knownRegion && regionOfPlace !== undefined && regionOfPlace !== regionId) {
        check.add(`${path}.regionId`, 'place-region-mismatch', {
          value: regionId,
          placeId,
          placeRegionId: regionOfPlace,
        });
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
      check.add(`${path}.endDate`, 'end-before-start', { endDate, date });
    }
    // What qualifies or ends a date needs one: an undated incident says so by having none.
    const qualified = field(incident, 'dateQualifier') !== undefined;
    if (!Object.hasOwn(incident, 'date')) {
      if (qualified) check.add(`${path}.dateQualifier`, 'needs-date');
      if (endDate !== undefined) check.add(`${path}.endDate`, 'needs-date');
    } else if (qualified && endDate !== undefined) {
      check.add(`${path}.dateQualifier`, 'qualified-period');
    }
    const people = field(incident, 'peopleAffected');
    if (isObject(people)) {
      const min = field(people, 'min');
      const max = field(people, 'max');
      if (typeof min === 'number' && typeof max === 'number' && max < min)
        check.add(`${path}.peopleAffected.max`, 'min-above-max', { min, max });
    }
  });

  eachRecord(list('reviews'), (review, r) => {
    const path = `reviews[${r}]`;
    check.referAll(`${path}.sourceIds`, field(review, 'sourceIds'), sources, 'sources');
    const recommendations = field(review, 'recommendations');
    // Each review's recommendations are a collection of their own (dataset.md: unique within
    // its collection); a widget names a recommendation within the review it shows.
    check.index(recommendations, `${path}.recommendations`);
    const count = field(review, 'recommendationCount');
    const listed = Array.isArray(recommendations) ? recommendations.length : 0;
    if (typeof count === 'number' && listed > count) {
      check.add(`${path}.recommendationCount`, 'too-many-recommendations', { listed, count });
    }
    eachRecord(recommendations, (recommendation, i) => {
      const at = `${path}.recommendations[${i}]`;
      check.referAll(`${at}.themeIds`, field(recommendation, 'themeIds'), themes, 'themes');
      check.referAll(`${at}.sourceIds`, field(recommendation, 'sourceIds'), sources, 'sources');
    });
  });
  return check.issues;
}
