/**
 * What the timeline's export reads of its model (shared/view-credits.ts): the summary, what the
 * filter keeps, the sources of the incidents shown, the chart as the element draws it, the
 * picture around it and the table with every incident the filter keeps. Used by the element
 * and by `render` alike.
 */
import { isFilterEmpty } from '../filter/filter.js';
import { describeFilter } from '../shared/filter-bar.js';
import type { ViewExport } from '../shared/view-credits.js';
import { renderChart, type ChartReader } from './timeline-chart.js';
import { narrowWidth, type TimelineModel } from './timeline-model.js';
import { timelineMessages } from './timeline-messages.js';
import { timelinePicture } from './timeline-picture.js';
import type { TimelinePointer } from './timeline-pointer.js';
import { incidentTable } from './timeline-table.js';

/** Width of the chart of a timeline that has none yet (not on the page). */
const defaultWidth = 800;

/** The chart as no reader has touched it: no focus, selection, brush or gesture. */
const untouched: ChartReader = {
  activeId: undefined,
  selectedId: null,
  activeBin: 0,
  engaged: false,
  brush: undefined,
  pointer: {} as TimelinePointer,
  onClick: () => {},
  onKeydown: () => {},
};

/**
 * The model whose chart the picture shows: the model itself, or, where the element is too
 * narrow for a chart (a list) or not on the page, the same view derived by `atWidth` at a
 * width that draws one.
 */
export function drawnTimeline(
  model: TimelineModel,
  atWidth: (width: number) => TimelineModel,
): TimelineModel {
  return model.chart || !model.view ? model : atWidth(model.narrow ? narrowWidth : defaultWidth);
}

export function timelineExport(
  model: TimelineModel,
  lang: string,
  atWidth: (width: number) => TimelineModel,
): ViewExport {
  const { dataset, filter, timeline } = model;
  let drawn: TimelineModel | undefined;
  const chartModel = () => (drawn ??= drawnTimeline(model, atWidth));
  // The rows of the table view: dated in time order, then those without a stated date.
  const incidents = () => [...timeline.items, ...timeline.undated].map((item) => item.incident);
  return {
    name: 'incident-timeline',
    label: timelineMessages(lang).label,
    dataset,
    summary: model.summary,
    filtered: isFilterEmpty(filter) ? '' : describeFilter(filter, dataset, lang),
    sourceIds: () => incidents().flatMap((incident) => incident.sourceIds),
    chart() {
      const { chart } = chartModel();
      return chart && renderChart(chart, lang, untouched);
    },
    picture: (paint, chart) =>
      timelinePicture(chartModel(), chart?.width ?? narrowWidth, paint, lang, chart),
    table: () => incidentTable(incidents(), dataset, lang),
  };
}
