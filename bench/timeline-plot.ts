/**
 * Observable Plot: the same chart as an SVG, one rect per incident across its span (rectX:
 * x1/x2 = span, y = category lane, fill = category colour). Plot has no zoom: "zoom" here is a
 * re-render with the window as the x domain, marks clipped to the frame.
 */
import * as Plot from '@observablehq/plot';
import {
  frames,
  incidentRows,
  windowSpan,
  type Contender,
  type Dataset,
  type IncidentRow,
  type Mounted,
} from './timeline-kit.js';

function render(dataset: Dataset, rows: IncidentRow[], domain?: [Date, Date]) {
  const labels = dataset.categories.map((category) => category.label.en);
  return Plot.plot({
    width: 1000,
    height: 400,
    marginLeft: 100,
    x: { type: 'utc', ...(domain ? { domain } : {}) },
    y: { domain: labels },
    color: { domain: labels, range: dataset.categories.map((category) => category.color) },
    marks: [
      Plot.barX(rows, {
        x1: 'start',
        x2: 'end',
        y: (row: IncidentRow) => labels[row.lane],
        fill: (row: IncidentRow) => labels[row.lane],
        clip: true,
      }),
    ],
  });
}

export const plotContender: Contender = {
  name: 'Plot',
  async mount(container, dataset): Promise<Mounted> {
    const rows = incidentRows(dataset);
    let chart: Element = render(dataset, rows);
    container.append(chart);
    await frames(2);
    return {
      async zoom(window) {
        const { start, end } = windowSpan(window);
        const next = render(dataset, rows, [new Date(start), new Date(end)]);
        chart.replaceWith(next);
        chart = next;
        await frames(1);
      },
      dispose() {
        chart.remove();
      },
    };
  },
};
