/**
 * `civic-space-widgets/dataset`: registers `<civic-dataset>`, and exports what a page or an
 * element of its own needs to take part in linked views: the filter, its events, and the
 * contexts `<civic-dataset>` provides (a registered symbol each, so another copy finds them).
 */
export { CivicDataset } from './civic-dataset.js';
export { datasetContext } from '../provider/dataset-context.js';
export { filterContext, type FilterContextValue } from '../provider/filter-context.js';
export { emptyFilter, isFilterEmpty, normalizeFilter, type Filter } from '../filter/filter.js';
export {
  CivicErrorEvent,
  CivicFilterChangeEvent,
  CivicLoadEvent,
  CivicSelectEvent,
  selectionTypes,
  type SelectionType,
} from '../provider/events.js';
