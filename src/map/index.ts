/**
 * `civic-space-widgets/map`: registers `<civic-province-map>`; exports its class and the events of
 * components.md (the whole list in `provider/events.ts`: the same for every widget).
 */
export { ProvinceMap } from './province-map.js';
export * from '../provider/events.js';
