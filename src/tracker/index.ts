/** `civic-space-widgets/tracker`: registers `<civic-recommendation-tracker>`; exports its class and the events it fires. */
export { RecommendationTracker } from './recommendation-tracker.js';
export {
  CivicErrorEvent,
  CivicLoadEvent,
  CivicSelectEvent,
  CivicFilterChangeEvent,
  type SelectionType,
} from '../provider/events.js';
