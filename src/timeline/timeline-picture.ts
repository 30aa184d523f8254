/**
 * The timeline's picture for export and `render`: the summary, the chart of the window the
 * reader sees, and the key to its colours and kinds of date, as SVG markup with every colour
 * written out. In a browser the chart is the element's own (timeline-chart.ts); `render` draws
 * it here from the same model (`drawTimelineChart`: the same lanes, marks, counts, axis and
 * filtered period at the same positions, each mark with its `part` and `data-id`), code the
 * widgets' bundle leaves out. No DOM.
 */
import { resolveText } from '../data/text.js';
import {
  keyRows,
  paragraph,
  type ChartMarkup,
  type KeyEntry,
  type Paint,
  type Picture,
} from '../shared/svg-picture.js';
import { tag, xml } from '../shared/svg-text.js';
import { axisHeight } from './timeline-chart.js';
import { binPaths, sizes, type LaneLayout, type Mark } from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';
import type { TimelineChart, TimelineModel } from './timeline-model.js';
import { xOf } from './timeline-scale.js';

/** Kinds of date drawn faint with a dashed edge: known only to a month or year, or by a bound. */
const faint = new Set(['month', 'year', 'after', 'before', 'about']);

/** The masks that fade a date known only by a bound toward its open side, as the chart has. */
function fadeMasks(): string {
  const masks = ['after', 'before', 'about'].map(
    (kind, i) =>
      `<mask id="fade-${kind}" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-1" width="1.2" height="3" fill="url(#fade-${['out', 'in', 'both'][i]})"/></mask>`,
  );
  return `<defs><linearGradient id="fade-out"><stop offset="0.15" stop-color="#fff"/><stop offset="1" stop-color="#1a1a1a"/></linearGradient><linearGradient id="fade-in"><stop offset="0" stop-color="#1a1a1a"/><stop offset="0.85" stop-color="#fff"/></linearGradient><linearGradient id="fade-both"><stop offset="0" stop-color="#1a1a1a"/><stop offset="0.35" stop-color="#fff"/><stop offset="0.65" stop-color="#fff"/><stop offset="1" stop-color="#1a1a1a"/></linearGradient>${masks.join('')}</defs>`;
}

/**
 * The picture of the model around `chart`, `width` pixels wide (the chart's); without a chart
 * (nothing dated to draw), the summary and the key.
 */
export function timelinePicture(
  model: TimelineModel,
  width: number,
  paint: Paint,
  lang: string,
  chart: ChartMarkup | undefined,
): Picture {
  const t = timelineMessages(lang);
  const text = paint.color('var(--_text)');
  const muted = paint.color('var(--_muted)');
  const head = paragraph(model.summary, 0, 0, width, paint.size, { fill: text });
  let y = head.height + 6;
  const parts = [head.svg];
  const aggregated = model.chart?.aggregateNote;
  if (aggregated && chart) {
    const note = paragraph(aggregated, 0, y, width, paint.size * 0.85, { fill: muted });
    parts.push(note.svg);
    y += note.height + 4;
  }
  if (chart) {
    parts.push(tag('g', { class: 'chart', transform: `translate(0 ${y})` }, chart.svg));
    y += chart.height + 10;
  }
  const key = keyRows(keyEntries(model, paint, lang), y, width, paint.size * 0.8, muted);
  parts.push(key.svg);
  y += key.height;
  if (model.timeline.undated?.length) {
    const undated = paragraph(
      t.undated(model.timeline.undated.length),
      0,
      y,
      width,
      paint.size * 0.85,
      {
        fill: text,
        'font-weight': 600,
      },
    );
    parts.push(undated.svg);
    y += undated.height;
  }
  return { width, height: Math.ceil(y), body: parts.join('') };
}

/**
 * The chart as timeline-chart.ts draws it, for `render` in Node: one `<svg>` as wide as the
 * chart and as tall as its lanes and axis, whatever spills over its edges cut off as there.
 */
export function drawTimelineChart(chart: TimelineChart, paint: Paint): ChartMarkup {
  const { layout, view, width, plotHeight } = chart;
  const aggregated = layout.mode === 'aggregate';
  const parts = [chart.bounded ? fadeMasks() : ''];
  if (chart.period) {
    const x0 = Math.max(0, xOf(chart.period.start, view, width));
    const x1 = Math.min(width, xOf(chart.period.end, view, width));
    if (x1 > x0)
      parts.push(
        tag('rect', {
          class: 'period',
          x: x0,
          y: 0,
          width: x1 - x0,
          height: plotHeight,
          fill: paint.color('var(--_accent)'),
          'fill-opacity': 0.06,
        }),
      );
  }
  const lanes = layout.lanes.map((lane, i) =>
    tag(
      'g',
      { class: 'lane', transform: `translate(0 ${lane.y})` },
      laneLabel(lane, paint) +
        (aggregated
          ? drawBins(lane, chart.laneCategories[i] ?? 0, layout.maxBinTotal, paint)
          : lane.marks.map((mark) => drawMark(lane, mark, chart, paint)).join('')),
    ),
  );
  parts.push(...lanes, drawAxis(chart, paint));
  const height = plotHeight + axisHeight;
  return { svg: tag('svg', { width, height }, parts.join('')), width, height };
}

function laneLabel(lane: LaneLayout, paint: Paint): string {
  if (!lane.label) return '';
  return tag(
    'text',
    {
      class: 'lane-label',
      x: 0,
      y: 12,
      lang: lane.labelLang,
      fill: paint.color('var(--_muted)'),
      'font-size': paint.size * 0.8,
      'font-weight': 600,
    },
    xml(lane.label),
  );
}

/** A mark where timeline-chart.ts draws it: the same box, kind, colour and label. */
function drawMark(
  lane: LaneLayout,
  { item, x, width, row }: Mark,
  chart: TimelineChart,
  paint: Paint,
) {
  const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
  const inset = (sizes.rowHeight - sizes.markHeight) / 2;
  const color = paint.color('var(--_color)', `cat-${item.categoryIndex}`);
  const unverified =
    item.incident.verification === 'reported' || item.incident.verification === 'alleged';
  const uncertain = faint.has(item.kind);
  const label = chart.markLabels.get(item.id) ?? '';
  return tag(
    'rect',
    {
      part: 'incident',
      class: `mark cat-${item.categoryIndex} kind-${item.kind}${unverified ? ' unverified' : ''}`,
      'data-id': item.id,
      x: x.toFixed(1),
      y: labelHeight + row * sizes.rowHeight + inset,
      width: width.toFixed(1),
      height: sizes.markHeight,
      rx: item.kind === 'day' ? sizes.markHeight / 2 : 2,
      mask: item.bound ? `url(#fade-${item.kind})` : undefined,
      fill: color,
      'fill-opacity': unverified
        ? 0
        : uncertain
          ? paint.number('var(--_uncertain-opacity)')
          : undefined,
      stroke: color,
      'stroke-width': 1.5,
      'stroke-dasharray': unverified ? '1 2' : uncertain ? '3 2' : undefined,
    },
    tag('title', {}, xml(label)),
  );
}

function drawBins(lane: LaneLayout, categoryIndex: number, maxTotal: number, paint: Paint) {
  const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
  const { certain, uncertain } = binPaths(
    lane.bins,
    labelHeight + sizes.aggregateHeight,
    sizes.aggregateHeight - 4,
    maxTotal,
  );
  const color = paint.color('var(--_color)', `cat-${categoryIndex}`);
  const opacity = paint.number('var(--_uncertain-opacity)');
  return tag(
    'g',
    { part: 'aggregate', class: `cat-${categoryIndex}`, 'data-lane': lane.key },
    tag('path', { class: 'certain', d: certain || 'M0 0', fill: color }) +
      tag('path', {
        class: 'uncertain',
        d: uncertain || 'M0 0',
        fill: color,
        'fill-opacity': opacity,
      }),
  );
}

function drawAxis({ ticks, width, plotHeight }: TimelineChart, paint: Paint): string {
  const border = paint.color('var(--_border)');
  const muted = paint.color('var(--_muted)');
  const tickMarks = ticks.map(
    (tick) =>
      `<g transform="translate(${tick.x.toFixed(1)} 0)"><line y1="0" y2="5" stroke="${border}"/>${tag(
        'text',
        { y: 18, 'text-anchor': 'middle', fill: muted, 'font-size': paint.size * 0.75 },
        xml(tick.label),
      )}</g>`,
  );
  return tag(
    'g',
    { part: 'axis', transform: `translate(0 ${plotHeight})` },
    `<line x1="0" x2="${width}" y1="0.5" y2="0.5" stroke="${border}"/>${tickMarks.join('')}`,
  );
}

/** The categories drawn, each with its colour, then how each kind of date is drawn. */
function keyEntries(model: TimelineModel, paint: Paint, lang: string): KeyEntry[] {
  const t = timelineMessages(lang);
  const drawn = new Set(model.timeline.items.map((item) => item.categoryIndex));
  const categories = model.dataset.categories.flatMap((category, index) =>
    drawn.has(index)
      ? [
          {
            swatchWidth: 10,
            label: resolveText(category.label, lang).text,
            swatch: (x: number, y: number) =>
              tag('rect', {
                x,
                y,
                width: 10,
                height: 10,
                rx: 2,
                fill: paint.color('var(--_color)', `cat-${index}`),
              }),
          },
        ]
      : [],
  );
  const muted = paint.color('var(--_muted)');
  const opacity = paint.number('var(--_uncertain-opacity)');
  const kind = (label: string, attributes: Record<string, string | number>): KeyEntry => ({
    swatchWidth: 26,
    label,
    swatch: (x, y) =>
      tag('rect', {
        x,
        y,
        width: 26,
        height: 10,
        rx: 2,
        fill: muted,
        stroke: muted,
        ...attributes,
      }),
  });
  const kinds = [
    {
      swatchWidth: 26,
      label: t.kindDay,
      swatch: (x: number, y: number) =>
        tag('rect', { x: x + 8, y, width: 10, height: 10, rx: 5, fill: muted, stroke: muted }),
    },
    kind(t.kindUncertain, { 'fill-opacity': opacity, 'stroke-dasharray': '3 2' }),
    kind(t.kindPeriod, {}),
  ];
  if (model.chart?.bounded)
    kinds.push(kind(t.kindBound, { 'fill-opacity': opacity, 'stroke-dasharray': '3 2' }));
  if (model.chart?.unverified)
    kinds.push(kind(t.kindUnverified, { 'fill-opacity': 0, 'stroke-dasharray': '1 2' }));
  return [...categories, ...kinds];
}
