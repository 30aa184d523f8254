/** `civic-space-widgets/map`: registers `<civic-province-map>`. */
export { ProvinceMap } from './province-map.js';
export * from '../shared/events.js';
