/**
 * The timeline's geometry, as pure functions of (incidents, view, size): where each incident
 * goes, how overlapping ones stack, and when dense marks become counts per period. No DOM;
 * the element renders what these return. View math is in timeline-scale.ts, axis ticks in
 * timeline-ticks.ts.
 */
import { bisector, bisectRight } from 'd3-array';
import type { TimeSpan } from '../data/partial-date.js';
import type { Dataset, Incident } from '../data/schema.js';
import { resolveText, type ResolvedText } from '../data/text.js';
import { day, xOf, type View } from './timeline-scale.js';
import { chooseInterval, type TickInterval } from './timeline-ticks.js';
import { reachDataEdges, timingOf, type TimeKind } from './timeline-timing.js';

/** How lanes are formed. */
export const groupings = ['category', 'region', 'none'] as const;
export type Grouping = (typeof groupings)[number];

export interface TimelineItem {
  incident: Incident;
  id: string;
  /** Start and end of the span it covers, in ms (UTC), end exclusive. */
  start: number;
  end: number;
  kind: TimeKind;
  laneKey: string;
  /** Index of its (first) category in the dataset, for its colour. */
  categoryIndex: number;
  /** The month it falls in (year × 12 + month − 1), when its date says so: a day or a month. */
  month?: number;
  /** For a date that only bounds it or that it lies about: the span of that date itself. */
  bound?: TimeSpan;
}

export interface Lane {
  key: string;
  label: string;
  /** The language the label is in, when it comes from the dataset. */
  labelLang?: string | undefined;
}

/** Lane key of incidents with no stated region, when grouped by region. */
export const unlocatedLane = '\u0000unlocated';
const singleLane = '\u0000all';

export interface TimelineItems {
  /** In time order: by start, then end, then the dataset's order. */
  items: TimelineItem[];
  lanes: Lane[];
  /** The latest end among items[0..i]: lets a view skip, by binary search, all that ended before it. */
  endsBy: Float64Array;
  /** The incidents whose source gives no date: not on the axis, counted and listed apart. */
  undated: UndatedItem[];
}

/** An incident whose source gives no date, in the dataset's order. */
export type UndatedItem = Pick<TimelineItem, 'incident' | 'id' | 'categoryIndex'>;

/**
 * The incidents as the narrow list shows them (and the arrow keys step through it): by the date
 * their source gives, a bound by its own date rather than the edge it is drawn to, then those
 * without a date. Sorting is stable: the others keep their time order.
 */
export function listOrder({ items, undated }: TimelineItems): (TimelineItem | UndatedItem)[] {
  const at = (item: TimelineItem) => item.bound?.start ?? item.start;
  return [...[...items].sort((a, b) => at(a) - at(b)), ...undated];
}

/**
 * The incidents (of a validated dataset) as timeline items in time order, and the lanes they
 * fall in. An incident with several categories sits in the lane of its first.
 */
export function timelineItems(
  dataset: Dataset,
  incidents: readonly Incident[],
  grouping: Grouping,
  lang: string,
  unlocatedLabel: string,
): TimelineItems {
  const categoryIndex = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const items: TimelineItem[] = [];
  const undated: UndatedItem[] = [];
  for (const incident of incidents) {
    const firstCategory = incident.categoryIds[0] ?? '';
    if (incident.date === undefined) {
      const index = categoryIndex.get(firstCategory) ?? 0;
      undated.push({ incident, id: incident.id, categoryIndex: index });
      continue;
    }
    const { start, end, kind, month, bound } = timingOf(incident as Incident & { date: string });
    items.push({
      incident,
      id: incident.id,
      start,
      end,
      kind,
      month,
      bound,
      laneKey:
        grouping === 'category'
          ? firstCategory
          : grouping === 'region'
            ? (incident.regionId ?? unlocatedLane)
            : singleLane,
      categoryIndex: categoryIndex.get(firstCategory) ?? 0,
    });
  }
  reachDataEdges(items);
  // Array sort is stable: ties keep the dataset's order, so the result is deterministic.
  items.sort((a, b) => a.start - b.start || a.end - b.end);

  const used = new Set(items.map((item) => item.laneKey));
  let lanes: Lane[];
  if (grouping === 'category') {
    lanes = dataset.categories.map((c) => lane(c.id, resolveText(c.label, lang)));
  } else if (grouping === 'region') {
    lanes = dataset.regions.map((r) => lane(r.id, resolveText(r.name, lang)));
    lanes.push({ key: unlocatedLane, label: unlocatedLabel });
  } else {
    lanes = [{ key: singleLane, label: '' }];
  }
  const endsBy = new Float64Array(items.length);
  let latest = -Infinity;
  items.forEach((item, i) => (endsBy[i] = latest = Math.max(latest, item.end)));
  return { items, lanes: lanes.filter((lane) => used.has(lane.key)), endsBy, undated };
}

/** The items' extent with a margin of 4% on each side (at least a month in all). */
export function defaultView({ items, endsBy }: TimelineItems): View | undefined {
  if (!items.length) return undefined;
  // Items are in time order, and endsBy holds the latest end so far.
  const start = items[0]!.start;
  const end = endsBy[items.length - 1]!;
  const margin = Math.max((end - start) * 0.04, 15 * day);
  return { start: start - margin, end: end + margin };
}

export const sizes = {
  /** Narrowest mark: a day at any zoom stays a target a finger or pointer can hit. */
  minMarkWidth: 10,
  rowHeight: 18,
  markHeight: 12,
  laneLabelHeight: 18,
  laneGap: 10,
  aggregateHeight: 44,
  /** Bins of an aggregate are at least this wide. */
  minBinWidth: 8,
} as const;

/** Beyond these, marks would hide each other or overwhelm the page: counts are drawn instead. */
export const densityLimits = { maxMarks: 500, maxRows: 16 } as const;

export interface Mark {
  item: TimelineItem;
  x: number;
  width: number;
  row: number;
}

export interface Bin {
  start: number;
  end: number;
  x: number;
  width: number;
  /** Incidents whose whole span lies in this bin. */
  certain: number;
  /** Incidents dated only to a longer period that overlaps this bin (they may fall here). */
  uncertain: number;
}

export interface LaneLayout extends Lane {
  y: number;
  height: number;
  marks: Mark[];
  bins: Bin[];
}

export interface TimelineLayout {
  mode: 'marks' | 'aggregate';
  lanes: LaneLayout[];
  height: number;
  /** Items within the view, in time order: the order arrow keys follow. */
  visible: TimelineItem[];
  /** Bin interval when aggregated. */
  binInterval?: TickInterval;
  /** Largest bin total, for scaling bar heights. */
  maxBinTotal: number;
}

/**
 * Places marks in rows so that none overlaps another in pixels: each mark takes the first row
 * whose last mark ends before it starts (marks arrive in time order). Returns the row count.
 */
export function stackRows(marks: Mark[], gap = 2): number {
  const rowEnds: number[] = [];
  for (const mark of marks) {
    let row = rowEnds.findIndex((end) => end + gap <= mark.x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = mark.x + mark.width;
    mark.row = row;
  }
  return rowEnds.length;
}

const byStart = bisector((item: TimelineItem) => item.start);

/** The items within the view, in time order, found without walking all of them. */
export function visibleItems({ items, endsBy }: TimelineItems, view: View): TimelineItem[] {
  // Before `from`, every item ended by the view's start; from `to` on, all start after its end.
  const from = bisectRight(endsBy, view.start);
  const to = byStart.left(items, view.end);
  const visible: TimelineItem[] = [];
  for (let i = from; i < to; i += 1) if (items[i]!.end > view.start) visible.push(items[i]!);
  return visible;
}

/** Lays the items out in `width` pixels for `view`: as marks, or as counts when too dense. */
export function layoutTimeline(timeline: TimelineItems, view: View, width: number): TimelineLayout {
  const { lanes } = timeline;
  const visible = visibleItems(timeline, view);
  // Too many to draw one by one: count them, without placing marks that would not be drawn.
  if (visible.length > densityLimits.maxMarks) return aggregateLayout(visible, lanes, view, width);
  const byLane = new Map<string, Mark[]>(lanes.map((lane) => [lane.key, []]));
  for (const item of visible) {
    const x0 = xOf(item.start, view, width);
    const x1 = xOf(item.end, view, width);
    const markWidth = Math.max(sizes.minMarkWidth, x1 - x0);
    // A narrow mark is centred on its span, so a day sits on its day at every zoom.
    const x = x1 - x0 < sizes.minMarkWidth ? (x0 + x1) / 2 - sizes.minMarkWidth / 2 : x0;
    byLane.get(item.laneKey)?.push({ item, x, width: markWidth, row: 0 });
  }
  const rows = new Map<string, number>();
  for (const [key, marks] of byLane) {
    const count = stackRows(marks);
    if (count > densityLimits.maxRows) return aggregateLayout(visible, lanes, view, width);
    rows.set(key, count);
  }

  const stacked = stackLanes(lanes, (lane) => ({
    height: Math.max(1, rows.get(lane.key) ?? 0) * sizes.rowHeight,
    marks: byLane.get(lane.key) ?? [],
    bins: [],
  }));
  return { mode: 'marks', ...stacked, visible, maxBinTotal: 0 };
}

/** Lanes one under another, each as tall as its label and content, with gaps between. */
function stackLanes(
  lanes: readonly Lane[],
  content: (lane: Lane) => { height: number; marks: Mark[]; bins: Bin[] },
): { lanes: LaneLayout[]; height: number } {
  let y = 0;
  const layouts = lanes.map((lane) => {
    const inner = content(lane);
    const height = (lane.label ? sizes.laneLabelHeight : 0) + inner.height;
    const layout: LaneLayout = { ...lane, ...inner, y, height };
    y += height + sizes.laneGap;
    return layout;
  });
  return { lanes: layouts, height: Math.max(0, y - sizes.laneGap) };
}

/** Bins of a lane: counts per period of incidents overlapping the view. */
function aggregateLayout(
  visible: TimelineItem[],
  lanes: readonly Lane[],
  view: View,
  width: number,
): TimelineLayout {
  const interval = binInterval(view, width);
  const binStarts = interval.interval.range(
    interval.interval.floor(new Date(view.start)),
    new Date(view.end),
  );
  const edges = binStarts.map((d) => d.getTime());
  edges.push(
    interval.interval.offset(new Date(edges[edges.length - 1] ?? view.start), 1).getTime(),
  );
  const binCount = edges.length - 1;
  const counts = new Map(
    lanes.map((lane) => [
      lane.key,
      { certain: new Uint32Array(binCount), uncertain: new Uint32Array(binCount) },
    ]),
  );
  // The bin of t: the last edge at or before it, within the bins.
  const binOf = (t: number) => Math.min(binCount - 1, Math.max(0, bisectRight(edges, t) - 1));
  for (const item of visible) {
    const lane = counts.get(item.laneKey);
    if (!lane) continue;
    const first = binOf(Math.max(item.start, edges[0]!));
    const last = binOf(Math.min(item.end - 1, edges[binCount]! - 1));
    if (first === last && item.start >= edges[first]! && item.end <= edges[first + 1]!)
      lane.certain[first]! += 1;
    else for (let b = first; b <= last; b += 1) lane.uncertain[b]! += 1;
  }
  let maxBinTotal = 0;
  const stacked = stackLanes(lanes, (lane) => {
    const { certain, uncertain } = counts.get(lane.key)!;
    const bins: Bin[] = [];
    for (let b = 0; b < binCount; b += 1) {
      const total = certain[b]! + uncertain[b]!;
      if (!total) continue;
      maxBinTotal = Math.max(maxBinTotal, total);
      const x0 = xOf(edges[b]!, view, width);
      const x1 = xOf(edges[b + 1]!, view, width);
      bins.push({
        start: edges[b]!,
        end: edges[b + 1]!,
        x: x0,
        width: x1 - x0,
        certain: certain[b]!,
        uncertain: uncertain[b]!,
      });
    }
    return { height: sizes.aggregateHeight, marks: [], bins };
  });
  return {
    mode: 'aggregate',
    ...stacked,
    visible,
    binInterval: interval,
    maxBinTotal,
  };
}

/** Bins for aggregates: never finer than a day, at least `minBinWidth` pixels wide. */
export function binInterval(view: View, width: number): TickInterval {
  return chooseInterval(view, width, sizes.minBinWidth);
}

/**
 * The bars of a lane's bins as two SVG paths, the certain counts at the bottom and the
 * uncertain ones above them: two nodes per lane however many bins, so that thousands of
 * incidents cost the page no more than a handful of elements.
 */
export function binPaths(bins: readonly Bin[], bottom: number, height: number, maxTotal: number) {
  const scale = height / Math.max(1, maxTotal);
  let certain = '';
  let uncertain = '';
  for (const bin of bins) {
    const x0 = (bin.x + 0.5).toFixed(1);
    const x1 = Math.max(bin.x + 1.5, bin.x + bin.width - 0.5).toFixed(1);
    const top = bottom - bin.certain * scale;
    if (bin.certain) certain += `M${x0} ${bottom}V${top.toFixed(1)}H${x1}V${bottom}Z`;
    if (bin.uncertain)
      uncertain += `M${x0} ${top.toFixed(1)}V${(top - bin.uncertain * scale).toFixed(1)}H${x1}V${top.toFixed(1)}Z`;
  }
  return { certain, uncertain };
}

function lane(key: string, label: ResolvedText): Lane {
  return { key, label: label.text, labelLang: label.lang };
}
