/** `civic-space-widgets/map`: registers `<civic-province-map>`; exports its class and the events it fires. */
export { ProvinceMap } from './province-map.js';
export {
  CivicErrorEvent,
  CivicLoadEvent,
  CivicSelectEvent,
  CivicFilterChangeEvent,
  type SelectionType,
} from '../provider/events.js';
