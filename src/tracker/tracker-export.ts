/**
 * What the tracker's export reads of its model (shared/view-credits.ts): the review and its
 * arithmetic, what the shared filter and the tracker's own filters keep, the sources of the
 * review and of the recommendations shown, the picture, and the table with every
 * recommendation the filters keep. Used by the element and by `render` alike.
 */
import { isFilterEmpty, type Filter } from '../filter/filter.js';
import { describeFilter } from '../shared/filter-bar.js';
import type { ViewExport } from '../shared/view-credits.js';
import { trackerMessages } from './tracker-messages.js';
import { trackerPicture } from './tracker-picture.js';
import type { TrackerModel } from './tracker-model.js';
import { reviewName } from './tracker-review.js';
import { themeLabel } from './tracker-rows.js';
import { recommendationTable } from './tracker-table.js';

/** `shared`: the shared filter (its words narrow the list); `width`: the picture's. */
export function trackerExport(
  model: TrackerModel,
  shared: Filter,
  width: number,
  lang: string,
): ViewExport {
  const t = trackerMessages(lang);
  const { dataset, filter, current } = model;
  // The tracker's own filters in words, after the shared filter's.
  const own = [
    filter.theme && `${t.theme}: ${themeLabel(filter.theme, dataset, lang).text}`,
    filter.response && `${t.response}: ${t.responseNames[filter.response] ?? filter.response}`,
    filter.implementation &&
      `${t.implementation}: ${t.implementationNames[filter.implementation] ?? filter.implementation}`,
    filter.state && `${t.recommendingStates}: ${filter.state}`,
    filter.query?.trim() && `“${filter.query.trim()}”`,
  ];
  const filtered = [isFilterEmpty(shared) ? '' : describeFilter(shared, dataset, lang), ...own]
    .filter(Boolean)
    .join('; ');
  return {
    name: 'recommendation-tracker',
    label: t.label,
    dataset,
    summary: current ? `${reviewName(current.review, lang)}: ${current.summary}` : '',
    filtered,
    sourceIds: () =>
      current
        ? [...current.review.sourceIds, ...current.shown.flatMap((e) => e.recommendation.sourceIds)]
        : [],
    // The rows are HTML in the element: the picture draws them itself.
    picture: (paint) => trackerPicture(model, width, paint, lang),
    table: () =>
      current
        ? recommendationTable(current.ordered, current.review, dataset, lang)
        : { caption: '', columns: [], rows: [] },
  };
}
