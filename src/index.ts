/**
 * civic-space-widgets: importing this module registers every element. Its exports are the
 * public API that docs/components.md describes: the four element classes, their events, the
 * shared filter and the contexts of linked views, and the dataset's types with the functions
 * that validate and load a dataset as the widgets do.
 */
// The word tables first, side by side: Korean text compresses far better in one stretch of
// the bundle than scattered between modules (0.4 kB gzip, measured with npm run check:size).
import './shared/messages.js';
import './timeline/timeline-messages.js';
import './map/map-messages.js';
import './tracker/tracker-messages.js';

export * from './dataset/index.js';
export { IncidentTimeline } from './timeline/index.js';
export { ProvinceMap } from './map/index.js';
export { RecommendationTracker } from './tracker/index.js';
export * from './data/index.js';
