/** `civic-space-widgets/tracker`: registers `<civic-recommendation-tracker>`. */
export { RecommendationTracker } from './recommendation-tracker.js';
export * from '../shared/events.js';
