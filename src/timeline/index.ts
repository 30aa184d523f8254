/** `civic-space-widgets/timeline`: registers `<civic-incident-timeline>`. */
export { IncidentTimeline } from './incident-timeline.js';
export * from '../shared/events.js';
