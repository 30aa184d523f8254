/**
 * The SVG of the timeline, as Lit templates of what `timeline-layout.ts` computed: lanes of
 * marks (one focusable element per incident) or of counts (two paths per lane), the axis with
 * its brush band, and the brushed or filtered period.
 */
import { nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  binPaths,
  sizes,
  type Bin,
  type LaneLayout,
  type TimelineItem,
} from './timeline-layout.js';
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
        return svg`<rect
          part="incident"
          class="mark cat-${item.categoryIndex} kind-${item.kind}${selected ? ' selected' : ''}"
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
