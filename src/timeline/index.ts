/**
 * `civic-space-widgets/timeline`: registers `<civic-incident-timeline>`; exports its class and the events of
 * components.md (the whole list in `provider/events.ts`: the same for every widget).
 */
export { IncidentTimeline } from './incident-timeline.js';
export * from '../provider/events.js';
