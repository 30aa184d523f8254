/**
 * civic-space-widgets: importing this module registers every element. It also re-exports
 * the classes, events and dataset types for sites that script the widgets.
 */
export * from './dataset/index.js';
export * from './timeline/index.js';
export { ProvinceMap } from './map/index.js';
export { RecommendationTracker } from './tracker/index.js';
export * from './data/index.js';
