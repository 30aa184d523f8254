/** `civic-space-widgets/dataset`: registers `<civic-dataset>`. */
export { CivicDataset } from './civic-dataset.js';
export { datasetContext } from './dataset-context.js';
export { filterContext, type FilterContextValue } from '../filter/filter-context.js';
export * from '../filter/filter.js';
export * from '../shared/events.js';
