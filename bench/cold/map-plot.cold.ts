/** Cold page: Observable Plot drawing the map's choropleth (bench/map-plot.ts). */
import type { Dataset } from '../map-kit.js';
import { plotGeo } from '../map-plot.js';
import { frames } from '../timeline-kit.js';
import { runColdPeer } from './peer-page.js';

runColdPeer<Dataset>({
  async draw(container, dataset) {
    await plotGeo.mount(container, dataset);
    await frames(2);
  },
});
