/**
 * A widget's picture in Node: the dataset (and boundaries) through the widget's own pure model
 * (`deriveTimeline`, `deriveMap`, `deriveTracker`), its export description and picture, drawn
 * with the colours of its own style sheets. The picture a widget exports in a browser, at the
 * same width, language and filter, holds the same marks at the same places (tested).
 */
import type { Boundaries } from '../../data/boundaries.js';
import type { Dataset } from '../../data/schema.js';
import type { Filter } from '../../filter/filter.js';
import { mapExport } from '../../map/map-export.js';
import { deriveMap } from '../../map/map-model.js';
import { mapStyles } from '../../map/province-map.styles.js';
import { tokenStyles } from '../../shared/tokens.js';
import type { ViewExport } from '../../shared/view-credits.js';
import { viewSvg } from '../../shared/view-svg.js';
import { categoryCss } from '../../timeline/category-colors.js';
import { timelineStyles } from '../../timeline/incident-timeline.styles.js';
import { drawnTimeline, timelineExport } from '../../timeline/timeline-export.js';
import { drawTimelineChart } from '../../timeline/timeline-picture.js';
import { drawMapChart } from '../../map/map-picture.js';
import type { ChartMarkup, Paint } from '../../shared/svg-picture.js';
import { deriveTimeline, type TimelineInputs } from '../../timeline/timeline-model.js';
import { trackerStyles } from '../../tracker/recommendation-tracker.styles.js';
import { trackerExport } from '../../tracker/tracker-export.js';
import { deriveTracker } from '../../tracker/tracker-model.js';
import { stylePaint } from './style-paint.js';

export const widgetNames = ['timeline', 'map', 'tracker'] as const;
export type WidgetName = (typeof widgetNames)[number];

/** Space the picture keeps on each side of the widget's drawing (shared/svg-picture.ts). */
export const pictureMargin = 16;

export interface RenderInput {
  widget: WidgetName;
  dataset: Dataset;
  /** The map's regions and, around them, the neighbouring countries (none for a `--geo` file). */
  boundaries?: { regions: Boundaries; context: Boundaries | undefined };
  lang: string;
  /** Width of the whole picture in pixels: the widget is drawn in it, within the margins. */
  width: number;
  filter: Filter;
}

/**
 * The widget's view as its element would export it at that width, the style sheets its
 * colours come from, and its chart drawn from the model (where the element would draw one).
 */
export function renderedView({ widget, dataset, boundaries, lang, width, filter }: RenderInput): {
  view: ViewExport;
  styles: string[];
  chart: (paint: Paint) => ChartMarkup | undefined;
} {
  const inner = Math.max(1, width - 2 * pictureMargin);
  if (widget === 'timeline') {
    const inputs: TimelineInputs = { dataset, filter, lang, width: inner, groupBy: 'category' };
    const atWidth = (at: number) => deriveTimeline({ ...inputs, width: at });
    const model = deriveTimeline(inputs);
    const drawn = drawnTimeline(model, atWidth).chart;
    return {
      view: timelineExport(model, lang, atWidth),
      styles: [timelineStyles.cssText, categoryCss(dataset.categories)],
      chart: (paint) => drawn && drawTimelineChart(drawn, paint),
    };
  }
  if (widget === 'map') {
    if (!boundaries) throw new Error('The map needs boundaries.');
    const inputs = {
      dataset,
      filter,
      lang,
      boundaries: boundaries.regions,
      context: boundaries.context,
      contextFailed: false,
      measure: 'incidents',
      height: undefined,
    };
    const model = deriveMap({ ...inputs, width: inner });
    return {
      view: mapExport(model, lang),
      styles: [mapStyles.cssText],
      chart: (paint) => model.drawing && drawMapChart(model.drawing, paint),
    };
  }
  const model = deriveTracker({
    dataset,
    filter,
    lang,
    linked: false,
    reviewId: undefined,
    trackerFilter: {},
  });
  return {
    view: trackerExport(model, filter, inner, lang),
    styles: [trackerStyles.cssText],
    chart: () => undefined,
  };
}

/** The widget's picture as the text of an SVG file, and its size. */
export function renderSvg(input: RenderInput) {
  const { view, styles, chart } = renderedView(input);
  const paint = stylePaint([tokenStyles.cssText, ...styles]);
  return viewSvg(view, paint, input.lang, chart(paint));
}
