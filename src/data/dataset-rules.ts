/**
 * The rules checked once the shape is right (dataset.md, "Rules checked after the shape"):
 * every reference resolves, ids are unique per collection, periods do not end before they
 * start, a place's region agrees with the incident's, and a review lists no more
 * recommendations than it announced. All failures are returned, not only the first.
 */
import { makeIssue, type DatasetIssue } from './dataset-issues.js';
import { isNotBefore } from './partial-date.js';
import type { Dataset } from './schema.js';

interface Identified {
  id: string;
}

/** Ids of a collection, reporting every id used twice with the path of its first use. */
function indexIds(
  records: readonly Identified[],
  pathOf: (index: number) => string,
  issues: DatasetIssue[],
  firstUse: Map<string, string> = new Map(),
): Map<string, string> {
  records.forEach((record, index) => {
    const path = pathOf(index);
    const other = firstUse.get(record.id);
    if (other !== undefined)
      issues.push(makeIssue(`${path}.id`, 'duplicate-id', { value: record.id, other }));
    else firstUse.set(record.id, path);
  });
  return firstUse;
}

export function checkDatasetRules(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sources = indexIds(dataset.sources, (i) => `sources[${i}]`, issues);
  const categories = indexIds(dataset.categories, (i) => `categories[${i}]`, issues);
  const regions = indexIds(dataset.regions, (i) => `regions[${i}]`, issues);
  const places = indexIds(dataset.places, (i) => `places[${i}]`, issues);
  const themes = indexIds(dataset.themes, (i) => `themes[${i}]`, issues);
  indexIds(dataset.incidents, (i) => `incidents[${i}]`, issues);
  indexIds(dataset.reviews, (i) => `reviews[${i}]`, issues);
  // Recommendation ids are unique across reviews: a selection names one without its review.
  const recommendationIds = new Map<string, string>();
  dataset.reviews.forEach((review, r) =>
    indexIds(
      review.recommendations,
      (i) => `reviews[${r}].recommendations[${i}]`,
      issues,
      recommendationIds,
    ),
  );

  const refer = (path: string, id: string, known: Map<string, string>, collection: string) => {
    if (!known.has(id))
      issues.push(makeIssue(path, 'unknown-reference', { value: id, collection }));
  };
  const referAll = (
    path: string,
    ids: readonly string[],
    known: Map<string, string>,
    collection: string,
  ) => ids.forEach((id, i) => refer(`${path}[${i}]`, id, known, collection));

  if (dataset.rating) referAll('rating.sourceIds', dataset.rating.sourceIds, sources, 'sources');
  const placeRegion = new Map<string, string>();
  dataset.places.forEach((place, i) => {
    refer(`places[${i}].regionId`, place.regionId, regions, 'regions');
    placeRegion.set(place.id, place.regionId);
  });

  dataset.incidents.forEach((incident, i) => {
    const path = `incidents[${i}]`;
    referAll(`${path}.categoryIds`, incident.categoryIds, categories, 'categories');
    referAll(`${path}.sourceIds`, incident.sourceIds, sources, 'sources');
    if (incident.regionId !== undefined)
      refer(`${path}.regionId`, incident.regionId, regions, 'regions');
    if (incident.placeId !== undefined) {
      refer(`${path}.placeId`, incident.placeId, places, 'places');
      const regionOfPlace = placeRegion.get(incident.placeId);
      if (
        incident.regionId !== undefined &&
        regionOfPlace !== undefined &&
        regionOfPlace !== incident.regionId
      ) {
        issues.push(
          makeIssue(`${path}.regionId`, 'place-region-mismatch', {
            value: incident.regionId,
            placeId: incident.placeId,
            placeRegionId: regionOfPlace,
          }),
        );
      }
    }
    if (incident.endDate !== undefined && !isNotBefore(incident.endDate, incident.date)) {
      issues.push(
        makeIssue(`${path}.endDate`, 'end-before-start', {
          endDate: incident.endDate,
          date: incident.date,
        }),
      );
    }
  });

  dataset.reviews.forEach((review, r) => {
    const path = `reviews[${r}]`;
    referAll(`${path}.sourceIds`, review.sourceIds, sources, 'sources');
    const listed = review.recommendations.length;
    if (review.recommendationCount !== undefined && listed > review.recommendationCount) {
      issues.push(
        makeIssue(`${path}.recommendationCount`, 'too-many-recommendations', {
          listed,
          count: review.recommendationCount,
        }),
      );
    }
    review.recommendations.forEach((recommendation, i) => {
      referAll(`${path}.recommendations[${i}].themeIds`, recommendation.themeIds, themes, 'themes');
      referAll(
        `${path}.recommendations[${i}].sourceIds`,
        recommendation.sourceIds,
        sources,
        'sources',
      );
    });
  });
  return issues;
}
