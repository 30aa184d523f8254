/** Cold page: Observable Plot drawing the timeline's chart (bench/timeline-plot.ts). */
import { plotContender } from '../timeline-plot.js';
import { runColdPeer } from './peer-page.js';

runColdPeer({ draw: (container, dataset) => plotContender.mount(container, dataset as never) });
