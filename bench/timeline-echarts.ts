/**
 * Apache ECharts, tree-shaken, Canvas renderer: incidents on a UTC time axis, one lane per
 * category, with inside + slider dataZoom. Up to `customLimit` incidents every incident is a
 * rect across its span (custom series); above it, a `large: true` scatter of span midpoints,
 * one series per category, as ECharts advises for big data (custom series has no large mode).
 */
import type { CustomSeriesRenderItem } from 'echarts';
import {
  CustomChart,
  ScatterChart,
  type CustomSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
} from 'echarts/components';
import { graphic, init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import {
  frames,
  incidentRows,
  windowSpan,
  type Contender,
  type Dataset,
  type Mounted,
} from './timeline-kit.js';

use([CustomChart, ScatterChart, GridComponent, DataZoomComponent, CanvasRenderer]);

type Option = ComposeOption<
  CustomSeriesOption | ScatterSeriesOption | GridComponentOption | DataZoomComponentOption
>;

/** Above this many incidents, the large scatter instead of span rects. */
export const customLimit = 10_000;

function option(dataset: Dataset): Option {
  const rows = incidentRows(dataset);
  const colors = dataset.categories.map((category) => category.color);
  const large = rows.length > customLimit;
  const renderItem: CustomSeriesRenderItem = (params, api) => {
    const lane = api.value(0) as number;
    const [x0, y] = api.coord([api.value(1), lane]) as number[];
    const [x1] = api.coord([api.value(2), lane]) as number[];
    const height = (api.size!([0, 1]) as number[])[1]! * 0.6;
    const grid = params.coordSys as unknown as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const shape = graphic.clipRectByRect(
      { x: x0!, y: y! - height / 2, width: Math.max(x1! - x0!, 1), height },
      { x: grid.x, y: grid.y, width: grid.width, height: grid.height },
    );
    return shape && { type: 'rect', shape, style: { fill: colors[lane] } };
  };
  const series: Option['series'] = large
    ? dataset.categories.map((category, lane) => ({
        type: 'scatter',
        name: category.label.en,
        large: true,
        symbolSize: 3,
        itemStyle: { color: category.color },
        data: rows
          .filter((row) => row.lane === lane)
          .map((row) => [(row.start + row.end) / 2, lane]),
      }))
    : [
        {
          type: 'custom',
          renderItem,
          dimensions: ['lane', 'start', 'end'],
          encode: { x: [1, 2], y: 0 },
          data: rows.map((row) => [row.lane, row.start, row.end]),
        },
      ];
  return {
    useUTC: true,
    animation: false,
    grid: { left: 110, right: 30, top: 20, bottom: 70 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: dataset.categories.map((category) => category.label.en) },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter' },
    ],
    series,
  };
}

/** When ECharts drew its first (possibly partial) frame and all of the chart (ms timestamps). */
interface Painted {
  first: number;
  done: number;
}

/**
 * Runs `draw` and resolves once ECharts has drawn everything (its 'finished' event, which
 * waits for progressive rendering) and `framesAfter` more frames have passed; one frame fewer
 * when ECharts drew inside its own animation frame, whose paint follows at once. Also notes,
 * by the same rule, when its first 'rendered' frame (possibly partial) was painted.
 */
function settled(chart: EChartsType, draw: () => void, framesAfter: number): Promise<Painted> {
  return new Promise((resolve, reject) => {
    let synchronous = true;
    let first: Promise<number> | undefined;
    const painted = () =>
      frames(synchronous ? framesAfter : framesAfter - 1).then(() => performance.now());
    const timeout = setTimeout(() => reject(new Error('ECharts never finished')), 60_000);
    const onRendered = () => {
      chart.off('rendered', onRendered);
      first = painted();
    };
    const onFinished = () => {
      chart.off('finished', onFinished);
      clearTimeout(timeout);
      void Promise.all([first ?? painted(), painted()]).then(([first, done]) =>
        resolve({ first, done }),
      );
    };
    chart.on('rendered', onRendered);
    chart.on('finished', onFinished);
    draw();
    synchronous = false;
  });
}

export const echartsContender: Contender = {
  name: 'ECharts',
  async mount(container, dataset): Promise<Mounted> {
    const element = document.createElement('div');
    element.style.height = '400px';
    container.append(element);
    const chart = init(element, null, { renderer: 'canvas' });
    const painted = await settled(chart, () => chart.setOption(option(dataset)), 2);
    return {
      firstPartialFrameAt: painted.first < painted.done ? painted.first : undefined,
      async zoom(window) {
        const { start, end } = windowSpan(window);
        await settled(
          chart,
          () => chart.dispatchAction({ type: 'dataZoom', startValue: start, endValue: end }),
          1,
        );
      },
      dispose() {
        chart.dispose();
        element.remove();
      },
    };
  },
};
