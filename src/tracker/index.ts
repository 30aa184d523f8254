/**
 * `civic-space-widgets/tracker`: registers `<civic-recommendation-tracker>`; exports its class and the events of
 * components.md (the whole list in `provider/events.ts`: the same for every widget).
 */
export { RecommendationTracker } from './recommendation-tracker.js';
export * from '../provider/events.js';
