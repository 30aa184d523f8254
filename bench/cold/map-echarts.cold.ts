/** Cold page: an Apache ECharts map series drawing the map's choropleth (bench/map-echarts.ts). */
import { echartsMap } from '../map-echarts.js';
import type { Dataset } from '../map-kit.js';
import { frames } from '../timeline-kit.js';
import { runColdPeer } from './peer-page.js';

runColdPeer<Dataset>({
  // registerMap with the provinces, before the data arrives: as a page sets its map up.
  prepare: (container) => echartsMap.prepare?.(container, undefined as never),
  async draw(container, dataset) {
    await echartsMap.mount(container, dataset);
    await frames(2);
  },
});
