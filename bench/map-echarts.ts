/**
 * The province map's ECharts peer: a map series of the same provinces (registerMap with them as
 * GeoJSON), canvas, animation off, labels on; used by the warm page and a cold one.
 */
import { MapChart } from 'echarts/charts';
import { init, registerMap, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { countsFor, height, provinces, width, type Contender, type Filter } from './map-kit.js';

use([MapChart, CanvasRenderer]);

const palette = ['#fff5eb', '#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

export const echartsMap: Contender = {
  name: 'ECharts',
  async prepare() {
    registerMap('kp', provinces as never);
  },
  async mount(container, dataset) {
    const element = document.createElement('div');
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    container.append(element);
    const chart: EChartsType = init(element, undefined, { renderer: 'canvas' });
    const option = (filter?: Filter) => {
      const counts = countsFor(dataset, filter);
      const max = Math.max(1, ...counts.values());
      return {
        animation: false,
        series: [
          {
            type: 'map' as const,
            map: 'kp',
            nameProperty: 'id',
            roam: false,
            label: { show: true, formatter: '{b}' },
            data: [...counts].map(([name, value]) => ({
              name,
              value,
              itemStyle: { areaColor: palette[Math.min(5, Math.ceil((value / max) * 5))] },
            })),
          },
        ],
      };
    };
    await settled(chart, () => chart.setOption(option()));
    return {
      async filter(filter) {
        await settled(chart, () => chart.setOption(option(filter)));
      },
      dispose: () => {
        chart.dispose();
        element.remove();
      },
    };
  },
};

/** Runs `draw` and resolves at ECharts' 'finished' event (everything drawn on the canvas). */
function settled(chart: EChartsType, draw: () => void): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      chart.off('finished', done);
      resolve();
    };
    chart.on('finished', done);
    draw();
  });
}
