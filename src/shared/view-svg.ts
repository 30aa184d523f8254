/**
 * A view as one standalone SVG file: its picture and the footer that credits it. The same
 * function makes a widget's `exportSVG()` in a browser and `render` in Node. No DOM.
 */
import { textIn } from '../data/text.js';
import { standaloneSvg, type ChartMarkup, type Paint } from './svg-picture.js';
import { footerLines, type ViewExport } from './view-credits.js';

/** The SVG file of `view` around `chart`, drawn with `paint`, in `lang`; with its size. */
export function viewSvg(view: ViewExport, paint: Paint, lang: string, chart?: ChartMarkup) {
  return standaloneSvg({
    picture: view.picture(paint, chart),
    title: `${view.label}: ${textIn(view.dataset.title, lang)}`,
    footer: footerLines(view, lang),
    lang,
    paint,
  });
}
