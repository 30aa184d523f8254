/**
 * Everything the timeline shows, derived in one pure step from its inputs (dataset, filter,
 * language, width, and the element's grouping, window and height): the incidents as items in
 * time order and their lanes, the summary, the category colours and, in the window, each lane's
 * marks or counts, the axis, the filtered period and what a screen reader hears of each mark.
 * The element keeps only what the reader does (the window they zoom to, the selection, focus,
 * the table open).
 */
import { spanOf, type Precision } from '../data/partial-date.js';
import type { Dataset, Incident } from '../data/schema.js';
import { isUnverified } from '../data/verification.js';
import { filterIncidents, type Filter } from '../filter/filter.js';
import { lastResult } from '../shared/changed-inputs.js';
import { messagesFor } from '../shared/messages.js';
import { categoryCss } from './category-colors.js';
import { markLabel } from './timeline-labels.js';
import {
  defaultView,
  groupings,
  layoutTimeline,
  listOrder,
  timelineItems,
  type Bin,
  type Grouping,
  type LaneLayout,
  type TimelineItem,
  type TimelineItems,
  type TimelineLayout,
  type UndatedItem,
} from './timeline-layout.js';
import { timelineMessages } from './timeline-messages.js';
import { timeAt, wholeDays, type View } from './timeline-scale.js';
import { axisTicks, type Tick } from './timeline-ticks.js';
import { timelineSummary } from './timeline-summary.js';

/** Below this width the timeline becomes a list by month rather than a squeezed axis. */
export const narrowWidth = 480;

export interface TimelineInputs {
  dataset: Dataset;
  filter: Filter;
  lang: string;
  /** Whole pixels; 0 before the element is on the page, when no chart is laid out yet. */
  width: number;
  /** The `group-by` attribute as given: anything but a known grouping groups by category. */
  groupBy: string;
  /** The `from` and `to` attributes (partial dates): the initial window. */
  from?: string | undefined;
  to?: string | undefined;
  /** The `height` attribute: the least height of the chart area, in pixels. */
  height?: number | undefined;
  /** The window the reader zoomed or panned to; undefined for the initial window. */
  view?: View | undefined;
}

/** A bin the keyboard can stop on, where counts are drawn. */
export interface BinStop {
  lane: LaneLayout;
  bin: Bin;
}

/** The chart of the items in the window. */
export interface TimelineChart {
  view: View;
  width: number;
  layout: TimelineLayout;
  /** The lanes' height, or the `height` asked for if taller. */
  plotHeight: number;
  ticks: Tick[];
  /** The filter's period, shaded (an open end reaches the window's edge); undefined without one. */
  period: View | undefined;
  /** Where counts are drawn: the note that says so, and the precision of their periods. */
  aggregateNote: string | undefined;
  binPrecision: Precision;
  /** Where counts are drawn: the bins the keyboard stops on, in time order across lanes. */
  binStops: BinStop[];
  /** Where counts are drawn: each lane's colour, the index of its category (0 if none). */
  laneCategories: number[];
  /** What each mark drawn is called (its title and accessible name), by incident id. */
  markLabels: ReadonlyMap<string, string>;
  /** Some incident is dated only by a bound or roughly: the key says how that is drawn. */
  bounded: boolean;
  /** Some incident is reported or alleged, not verified: the key says how that is drawn. */
  unverified: boolean;
}

export interface TimelineModel {
  /** The dataset and filter it was derived from, for the toolbar, the detail and the table. */
  dataset: Dataset;
  filter: Filter;
  /** The incidents in the filter as items in time order, and the lanes they fall in. */
  timeline: TimelineItems;
  summary: string;
  /** `.cat-N` colour rules for the dataset's categories (category-colors.ts). */
  categoryCss: string;
  /** The window drawn: the one asked for, else the initial one; undefined with nothing to show. */
  view: View | undefined;
  /** The window "Show all" goes to: every item, with a margin. */
  fullView: View | undefined;
  /** The whole days in the window, first and last: what "Filter to this period" keeps. */
  visibleDays: [string, string] | undefined;
  /** Narrower than `narrowWidth`: a list by month instead of the chart. */
  narrow: boolean;
  /** Undefined when narrow, before the width is known, or with no window. */
  chart: TimelineChart | undefined;
  /** The incident ids the arrow keys step through, in time order: those drawn one by one. */
  markOrder: string[];
  /** The incidents in the order of the narrow list, those without a date last. */
  list: (TimelineItem | UndatedItem)[];
}

/**
 * What `deriveTimeline` keeps between calls, one per element: the items once per dataset,
 * filter, grouping and language, the chart once per window and width, and a call with the
 * same inputs returns the same model.
 */
export function timelineMemo() {
  return {
    colors: lastResult<string>(),
    items: lastResult<{
      timeline: TimelineItems;
      summary: string;
      fullView: View | undefined;
      marked: Pick<TimelineChart, 'bounded' | 'unverified'>;
      list: (TimelineItem | UndatedItem)[];
    }>(),
    initialView: lastResult<View | undefined>(),
    chart: lastResult<TimelineChart | undefined>(),
    model: lastResult<TimelineModel>(),
  };
}
export type TimelineMemo = ReturnType<typeof timelineMemo>;

/** The timeline's model. Pass the same `memo` on each call to recompute only what changed. */
export function deriveTimeline(
  inputs: TimelineInputs,
  memo: TimelineMemo = timelineMemo(),
): TimelineModel {
  const { dataset, filter, lang, width, from, to, height } = inputs;
  const grouping: Grouping = (groupings as readonly string[]).includes(inputs.groupBy)
    ? (inputs.groupBy as Grouping)
    : 'category';
  const colors = memo.colors([dataset.categories], () => categoryCss(dataset.categories));
  const items = memo.items([dataset, filter, grouping, lang], () => {
    const shown = filterIncidents(dataset, filter);
    const unlocated = messagesFor(lang).locationNotStated;
    const timeline = timelineItems(dataset, shown, grouping, lang, unlocated);
    return {
      timeline,
      summary: timelineSummary(timeline.items, lang, timeline.undated.length),
      fullView: defaultView(timeline),
      // Once per filter, not per zoom: whether the key explains bounds and reports not verified.
      marked: {
        bounded: timeline.items.some((item) => item.bound),
        unverified: timeline.items.some((item) => isUnverified(item.incident)),
      },
      list: listOrder(timeline),
    };
  });
  const { timeline } = items;
  const view =
    inputs.view ??
    memo.initialView([timeline, filter.from, filter.to, from, to], () =>
      initialView(timeline, filter, from, to),
    );
  const narrow = width > 0 && width < narrowWidth;
  const chart = memo.chart(
    [dataset, timeline, filter.from, filter.to, view, width, height, lang, narrow],
    () =>
      view && width && !narrow
        ? chartOf({ dataset, filter, lang, width, height, view }, timeline, items.marked)
        : undefined,
  );
  return memo.model([dataset, filter, items, colors, view, narrow, chart], () => ({
    dataset,
    filter,
    timeline,
    summary: items.summary,
    categoryCss: colors,
    view,
    fullView: items.fullView,
    visibleDays: view && wholeDays(view.start, view.end),
    narrow,
    chart,
    list: items.list,
    markOrder: !chart
      ? items.list.map((item) => item.id)
      : chart.layout.mode === 'marks'
        ? chart.layout.visible.map((item) => item.id)
        : [],
  }));
}

/** The item of incident `id`, if the filter shows it. */
export function itemWithId(model: TimelineModel, id: string): TimelineItem | undefined {
  return model.timeline.items.find((item) => item.id === id);
}

/** Incident `id`, if the filter shows it: on the axis, or among those without a stated date. */
export function incidentWithId(model: TimelineModel, id: string): Incident | undefined {
  return (
    itemWithId(model, id)?.incident ??
    model.timeline.undated.find((item) => item.id === id)?.incident
  );
}

/** The bin drawn at pixel `x` of the lane `laneKey`, where counts are drawn. */
export function binStopAt(chart: TimelineChart, laneKey: string, x: number): BinStop | undefined {
  const t = timeAt(x, chart.view, chart.width);
  return chart.binStops.find((s) => s.lane.key === laneKey && s.bin.start <= t && t < s.bin.end);
}

/**
 * The window first shown: the filter's period, else the `from`/`to` attributes, else (and for
 * an open end) the items' extent with a margin.
 */
function initialView(
  timeline: TimelineItems,
  filter: Filter,
  from: string | undefined,
  to: string | undefined,
): View | undefined {
  const start = spanOf(filter.from ?? from ?? '')?.start;
  const end = spanOf(filter.to ?? to ?? '')?.end;
  const fallback = defaultView(timeline);
  if (start === undefined && end === undefined) return fallback;
  const view = { start: start ?? fallback?.start ?? 0, end: end ?? fallback?.end ?? 0 };
  return view.end > view.start ? view : fallback;
}

/** The chart of `timeline` in `view`, `width` pixels wide. */
function chartOf(
  inputs: Pick<TimelineInputs, 'dataset' | 'filter' | 'lang' | 'width' | 'height'> & {
    view: View;
  },
  timeline: TimelineItems,
  marked: Pick<TimelineChart, 'bounded' | 'unverified'>,
): TimelineChart {
  const { dataset, filter, lang, width, height, view } = inputs;
  const layout = layoutTimeline(timeline, view, width);
  const aggregated = layout.mode === 'aggregate';
  const interval = layout.binInterval;
  const t = timelineMessages(lang);
  const from = filter.from ? spanOf(filter.from)?.start : undefined;
  const to = filter.to ? spanOf(filter.to)?.end : undefined;
  const categoryIds = dataset.categories.map((c) => c.id);
  return {
    view,
    width,
    layout,
    plotHeight: Math.max(layout.height, height ?? 0),
    ticks: axisTicks(view, width, lang).ticks,
    period:
      from !== undefined || to !== undefined
        ? { start: from ?? view.start, end: to ?? view.end }
        : undefined,
    aggregateNote:
      aggregated && interval
        ? t.aggregated(t.intervals[interval.name] ?? interval.name)
        : undefined,
    binPrecision: interval?.precision ?? 'day',
    binStops: layout.lanes
      .flatMap((lane) => lane.bins.map((bin) => ({ lane, bin })))
      .sort((a, b) => a.bin.start - b.bin.start),
    laneCategories: layout.lanes.map((lane) => Math.max(0, categoryIds.indexOf(lane.key))),
    markLabels: new Map(
      layout.lanes.flatMap((lane) =>
        lane.marks.map(({ item }) => [item.id, markLabel(item, dataset, lang)] as const),
      ),
    ),
    ...marked,
  };
}
