/**
 * What a widget hands to its export (and to `render`): the view it shows, as words, a picture
 * and a table; and the credits every exported picture and citation carries: the dataset's
 * title, the publishers of the sources behind the records in view, when the dataset was
 * updated, and what the filter keeps. No DOM.
 */
import type { Dataset } from '../data/schema.js';
import { textIn } from '../data/text.js';
import { exportMessages } from './export-messages.js';
import { formatPartialDate } from './format-date.js';
import { messagesFor } from './messages.js';
import type { TemplateResult } from 'lit';
import type { ChartMarkup, Paint, Picture } from './svg-picture.js';
import type { TableData } from './table-cells.js';

/** A widget's current view, as its export reads it. */
export interface ViewExport {
  /** The start of file names: `incident-timeline`. */
  name: string;
  /** What the widget is: "Incident timeline". */
  label: string;
  dataset: Dataset;
  /** What the view shows, in a sentence: the widget's summary. */
  summary: string;
  /** What the filters keep, in words; empty when nothing is filtered. */
  filtered: string;
  /** The sources the records in view cite. */
  sourceIds(): Iterable<string>;
  /**
   * The widget's chart as the element renders it, with no reader's focus or selection on it:
   * the browser draws it off screen and exports it with its computed styles.
   */
  chart?(): TemplateResult | undefined;
  /** The picture of the view around `chart` (the widget's own, or one `render` drew). */
  picture(paint: Paint, chart: ChartMarkup | undefined): Picture;
  /** The data-table view with every row the filter keeps, not only those rendered. */
  table(): TableData;
}

/**
 * The publishers of the sources `sourceIds` names, each once, in the dataset's order; all the
 * dataset's publishers when the view cites none.
 */
export function creditedPublishers(dataset: Dataset, sourceIds: Iterable<string>): string[] {
  const cited = new Set(sourceIds);
  const sources = dataset.sources.filter((source) => cited.has(source.id));
  return [...new Set((sources.length ? sources : dataset.sources).map((s) => s.publisher))];
}

/** The footer of the picture: title; "Sources: …"; "Updated January 2025"; "Filtered: …". */
export function footerLines(view: ViewExport, lang: string): string[] {
  const w = exportMessages(lang);
  const lines = [
    textIn(view.dataset.title, lang),
    w.sources(creditedPublishers(view.dataset, view.sourceIds()).join(', ')),
    w.updated(formatPartialDate(view.dataset.updated, lang)),
  ];
  if (view.filtered) lines.push(messagesFor(lang).filteredBy(view.filtered));
  return lines;
}

/**
 * "Civic space in North Korea. Data: CIVICUS Monitor, Daily NK. Updated January 2025.
 * Incident timeline: 19 incidents between … Filtered: North Hwanghae. https://…": what a
 * reader quotes, with the page's address (which carries the filter when the page syncs it).
 */
export function viewCitation(view: ViewExport, lang: string, url: string): string {
  const w = exportMessages(lang);
  const summary = view.summary.trim().replace(/[.。]?$/, '.');
  const filtered = view.filtered ? ` ${messagesFor(lang).filteredBy(view.filtered)}.` : '';
  return w.cited(
    textIn(view.dataset.title, lang),
    creditedPublishers(view.dataset, view.sourceIds()).join(', '),
    formatPartialDate(view.dataset.updated, lang),
    `${view.label}: ${summary}${filtered}`,
    url,
  );
}
