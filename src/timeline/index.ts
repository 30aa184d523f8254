/** `civic-space-widgets/timeline`: registers `<civic-incident-timeline>`; exports its class and the events it fires. */
export { IncidentTimeline } from './incident-timeline.js';
export {
  CivicErrorEvent,
  CivicLoadEvent,
  CivicSelectEvent,
  CivicFilterChangeEvent,
  type SelectionType,
} from '../provider/events.js';
