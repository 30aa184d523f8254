/** Cold page: Apache ECharts drawing the timeline's chart (bench/timeline-echarts.ts). */
import { echartsContender } from '../timeline-echarts.js';
import { runColdPeer } from './peer-page.js';

runColdPeer({ draw: (container, dataset) => echartsContender.mount(container, dataset as never) });
