/**
 * The chart of the timeline, as Lit templates of what `timeline-model.ts` derived: lanes of
 * marks (one focusable element per incident) or of counts (two paths per lane), the axis with
 * its brush band, the brushed or filtered period, and the key to how dates are drawn. The
 * element hands in what the reader is doing: focus, selection, the bin the keyboard is on.
 */
import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isUnverified } from '../data/verification.js';
import { binLabel } from './timeline-labels.js';
import {
  binPaths,
  sizes,
  type Bin,
  type LaneLayout,
  type TimelineItem,
} from './timeline-layout.js';
import { timelineMessages, type TimelineMessages } from './timeline-messages.js';
import { printPatterns } from './timeline-print.js';
import type { TimelineChart } from './timeline-model.js';
import type { TimelinePointer } from './timeline-pointer.js';
import { xOf, type View } from './timeline-scale.js';
import { type Tick } from './timeline-ticks.js';

export const axisHeight = 30;

export interface MarkView {
  /** The mark holding the roving tabindex. */
  activeId: string | undefined;
  selectedId: string | null;
  label: (item: TimelineItem) => string;
}

export function renderMarkLane(lane: LaneLayout, marks: MarkView) {
  const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
  const inset = (sizes.rowHeight - sizes.markHeight) / 2;
  return svg`<g class="lane" transform="translate(0 ${lane.y})">
    ${lane.label ? svg`<text class="lane-label" x="0" y="12" lang=${lane.labelLang ?? nothing}>${lane.label}</text>` : nothing}
    ${repeat(
      lane.marks,
      (mark) => mark.item.id,
      (mark) => {
        const { item } = mark;
        const label = marks.label(item);
        const selected = item.id === marks.selectedId;
        const unverified = isUnverified(item.incident) ? ' unverified' : '';
        return svg`<rect
          part="incident"
          class="mark cat-${item.categoryIndex} kind-${item.kind}${selected ? ' selected' : ''}${unverified}"
          mask=${item.bound ? `url(#fade-${item.kind})` : nothing}
          data-id=${item.id}
          role="button"
          tabindex=${item.id === marks.activeId ? '0' : '-1'}
          aria-label=${label}
          aria-pressed=${selected ? 'true' : 'false'}
          x=${mark.x.toFixed(1)}
          y=${labelHeight + mark.row * sizes.rowHeight + inset}
          width=${mark.width.toFixed(1)}
          height=${sizes.markHeight}
          rx=${item.kind === 'day' ? sizes.markHeight / 2 : 2}
        ><title>${label}</title></rect>`;
      },
    )}
  </g>`;
}

export function renderBinLane(lane: LaneLayout, categoryIndex: number, maxTotal: number) {
  const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
  const paths = binPaths(
    lane.bins,
    labelHeight + sizes.aggregateHeight,
    sizes.aggregateHeight - 4,
    maxTotal,
  );
  return svg`<g class="lane" transform="translate(0 ${lane.y})">
    ${lane.label ? svg`<text class="lane-label" x="0" y="12" lang=${lane.labelLang ?? nothing}>${lane.label}</text>` : nothing}
    <g part="aggregate" class="cat-${categoryIndex}" data-lane=${lane.key}>
      <path class="certain" d=${paths.certain || 'M0 0'}></path>
      <path class="uncertain" d=${paths.uncertain || 'M0 0'}></path>
    </g>
  </g>`;
}

/** The outline of the bin the keyboard is on. */
export function renderActiveBin(lane: LaneLayout, bin: Bin) {
  const labelHeight = lane.label ? sizes.laneLabelHeight : 0;
  return svg`<rect class="active-bin" x=${bin.x} y=${lane.y + labelHeight} width=${Math.max(2, bin.width)}
    height=${sizes.aggregateHeight}></rect>`;
}

export function renderAxis(ticks: readonly Tick[], width: number, top: number) {
  return svg`<g part="axis" transform="translate(0 ${top})">
    <line x1="0" x2=${width} y1="0.5" y2="0.5"></line>
    ${ticks.map(
      (tick) => svg`<g transform="translate(${tick.x.toFixed(1)} 0)">
        <line y1="0" y2="5"></line>
        <text y="18" text-anchor="middle">${tick.label}</text>
      </g>`,
    )}
    <rect class="brush-band" x="0" y="0" width=${width} height=${axisHeight}></rect>
  </g>`;
}

/** A shaded span of time across the plot: the filtered period, or the one being brushed. */
export function renderSpan(
  className: string,
  from: number,
  to: number,
  view: View,
  width: number,
  height: number,
) {
  const x0 = Math.max(0, xOf(from, view, width));
  const x1 = Math.min(width, xOf(to, view, width));
  if (x1 <= x0) return nothing;
  return svg`<rect class=${className} x=${x0} y="0" width=${x1 - x0} height=${height}></rect>`;
}

/** What the element adds to the chart it draws: the reader's focus, selection and gestures. */
export interface ChartReader {
  /** The mark holding the roving tabindex. */
  activeId: string | undefined;
  selectedId: string | null;
  /** Where counts are drawn, the index in `binStops` of the one the keyboard is on. */
  activeBin: number;
  /** The reader is in the chart: the bin the keyboard is on is outlined. */
  engaged: boolean;
  /** The period being brushed (ms). */
  brush: [number, number] | undefined;
  pointer: TimelinePointer;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The chart, or a placeholder of its size while it has no width or window yet. */
export function renderChart(chart: TimelineChart | undefined, lang: string, reader: ChartReader) {
  if (!chart) return html`<div class="chart placeholder"></div>`;
  const { layout, view, width, plotHeight, binStops } = chart;
  const t = timelineMessages(lang);
  const aggregated = layout.mode === 'aggregate';
  const stop = aggregated ? binStops[Math.min(reader.activeBin, binStops.length - 1)] : undefined;
  const stopLabel = stop ? binLabel(stop.lane, stop.bin, chart.binPrecision, lang) : '';
  const marks: MarkView = {
    activeId: reader.activeId,
    selectedId: reader.selectedId,
    label: (item) => chart.markLabels.get(item.id) ?? '',
  };
  const { pointer } = reader;
  return html`
    ${chart.aggregateNote ? html`<p class="note">${chart.aggregateNote}</p>` : nothing}
    <div class="chart" role="group" aria-label=${t.label} aria-describedby="summary keyboard-help">
      <p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
      ${aggregated ? html`<p class="visually-hidden" aria-live="polite">${stopLabel}</p>` : nothing}
      <svg
        width=${width}
        height=${plotHeight + axisHeight}
        viewBox="0 0 ${width} ${plotHeight + axisHeight}"
        tabindex=${aggregated ? '0' : nothing}
        role=${aggregated ? 'img' : nothing}
        aria-label=${aggregated ? `${t.label}: ${stopLabel}` : nothing}
        @pointerdown=${pointer.onPointerDown}
        @pointermove=${pointer.onPointerMove}
        @pointerup=${pointer.onPointerUp}
        @pointercancel=${pointer.onPointerUp}
        @wheel=${pointer.onWheel}
        @click=${reader.onClick}
        @keydown=${reader.onKeydown}
      >
        ${chart.bounded ? fadeMasks : nothing} ${printPatterns}
        ${chart.period ? renderSpan('period', chart.period.start, chart.period.end, view, width, plotHeight) : nothing}
        ${layout.lanes.map((lane, i) =>
          aggregated
            ? renderBinLane(lane, chart.laneCategories[i] ?? 0, layout.maxBinTotal)
            : renderMarkLane(lane, marks),
        )}
        ${stop && reader.engaged ? renderActiveBin(stop.lane, stop.bin) : nothing}
        ${renderAxis(chart.ticks, width, plotHeight)}
        ${reader.brush ? renderSpan('brush', reader.brush[0], reader.brush[1], view, width, plotHeight + axisHeight) : nothing}
      </svg>
    </div>
    ${renderKinds(t, chart)}
  `;
}

/**
 * How a date known only by a bound is drawn: faded out toward its open side ("in or after":
 * to the right; "in or before": to the left; "about": both), as masks whose gradients run
 * across each mark's own box. Only on a chart that has such marks.
 */
const fadeMasks = svg`<defs>
  <linearGradient id="fade-out"><stop offset="0.15" stop-color="#fff"></stop><stop offset="1" stop-color="#1a1a1a"></stop></linearGradient>
  <linearGradient id="fade-in"><stop offset="0" stop-color="#1a1a1a"></stop><stop offset="0.85" stop-color="#fff"></stop></linearGradient>
  <linearGradient id="fade-both"><stop offset="0" stop-color="#1a1a1a"></stop><stop offset="0.35" stop-color="#fff"></stop><stop offset="0.65" stop-color="#fff"></stop><stop offset="1" stop-color="#1a1a1a"></stop></linearGradient>
  ${(['after', 'before', 'about'] as const).map(
    (kind, i) => svg`<mask id="fade-${kind}" maskContentUnits="objectBoundingBox">
      <rect x="-0.1" y="-1" width="1.2" height="3" fill="url(#fade-${['out', 'in', 'both'][i]})"></rect>
    </mask>`,
  )}
</defs>`;

/**
 * The key to how a date is drawn: a day, a month or year ("some time in"), a period; and,
 * where the chart has them, a date known only by a bound, and a report not verified.
 */
function renderKinds(t: TimelineMessages, chart: TimelineChart) {
  return html`<ul class="kinds">
    <li>${kindIcon('day')}${t.kindDay}</li>
    <li>${kindIcon('month')}${t.kindUncertain}</li>
    <li>${kindIcon('period')}${t.kindPeriod}</li>
    ${chart.bounded ? html`<li>${kindIcon('after')}${t.kindBound}</li>` : nothing}
    ${chart.unverified ? html`<li>${kindIcon('unverified')}${t.kindUnverified}</li>` : nothing}
  </ul>`;
}

function kindIcon(kind: 'day' | 'month' | 'period' | 'after' | 'unverified') {
  return html`<svg width="28" height="12" aria-hidden="true">
    <rect
      class="kind-${kind}"
      x=${kind === 'day' ? 9 : 1}
      y="1"
      width=${kind === 'day' ? 10 : 26}
      height="10"
      rx=${kind === 'day' ? 5 : 2}
      mask=${kind === 'after' ? 'url(#fade-after)' : nothing}
    ></rect>
  </svg>`;
}
