/**
 * Export in the browser: the widget's colours read from the element itself (whatever the page
 * set, light or dark), its chart drawn as the element draws it with those styles written on
 * it, the SVG, the PNG drawn from it, the CSV, the citation with the page's address, and
 * saving each as a file. Nothing is fetched:
 * the PNG is the SVG drawn onto a canvas through an image of a `blob:` URL made on the spot,
 * which is the one thing a page's Content-Security-Policy must allow (`img-src blob:`); where
 * it does not, the reader is told so.
 */
import { render, type TemplateResult } from 'lit';
import { writeFilterParams } from '../filter/filter-url.js';
import type { Filter } from '../filter/filter.js';
import { exportMessages } from './export-messages.js';
import type { ExportAction } from './export-menu.js';
import type { ChartMarkup, Paint } from './svg-picture.js';
import { tableCsv } from './table-csv.js';
import { viewCitation, type ViewExport } from './view-credits.js';
import { viewSvg } from './view-svg.js';

// What the widgets' export methods use besides this module's own, in the same loaded file.
export { tableCsv, viewCitation };

/**
 * The widget's styles, resolved on a probe inside its shadow root: a colour or number is what
 * the browser computes for `value` on an element of `className` there, so page overrides of
 * `--civic-…` properties, the dark scheme and the category colours all come through.
 */
export function elementPaint(host: HTMLElement, root: ShadowRoot): Paint {
  const cache = new Map<string, string>();
  const read = (property: 'color' | 'opacity', value: string, className = '') => {
    const key = `${property}|${value}|${className}`;
    let computed = cache.get(key);
    if (computed === undefined) {
      const probe = document.createElement('span');
      probe.className = className;
      probe.hidden = true;
      // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
      probe.style.setProperty(property, value);
      root.append(probe);
      computed = getComputedStyle(probe).getPropertyValue(property);
      probe.remove();
      cache.set(key, computed);
    }
    return computed;
  };
  const style = getComputedStyle(host);
  return {
    color: (value, className) => read('color', value, className),
    number: (value, className) => Number.parseFloat(read('opacity', value, className)),
    font: style.fontFamily,
    size: Number.parseFloat(style.fontSize) || 15,
  };
}

/** What a drawn element's computed style is written as, unless it is the value shown here. */
const drawnStyle: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
};
/** And on text, besides. */
const textStyle: Record<string, string> = {
  'font-size': '',
  'font-weight': '400',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};

/** Writes the computed style of each element of `live` on its twin in `copy`. */
function writeStyles(live: Element, copy: Element): void {
  const style = getComputedStyle(live);
  if (style.display === 'none') return copy.remove();
  const written = live.localName === 'text' ? { ...drawnStyle, ...textStyle } : drawnStyle;
  for (const [property, plain] of Object.entries(written)) {
    // A local reference is written as such: `url("#hatch")`, never with the page's address.
    const value = style.getPropertyValue(property).replace(/url\("?[^#]*(#[^")]+)"?\)/, 'url($1)');
    if (value && value !== plain) copy.setAttribute(property, value);
  }
  // What makes it a control on the page; in a picture it is none.
  for (const name of ['tabindex', 'role', 'aria-pressed']) copy.removeAttribute(name);
  const copies = [...copy.children];
  [...live.children].forEach((child, i) => writeStyles(child, copies[i]!));
}

/**
 * The chart of `template` as the widget draws it: rendered off screen inside the widget (so
 * its styles apply), copied with its computed styles written on each element.
 */
function chartMarkup(root: ShadowRoot, template: TemplateResult): ChartMarkup | undefined {
  const box = document.createElement('div');
  box.style.setProperty('position', 'fixed');
  box.style.setProperty('left', '-100000px');
  root.append(box);
  try {
    render(template, box);
    const live = box.querySelector('svg');
    if (!live) return undefined;
    const copy = live.cloneNode(true) as SVGSVGElement;
    writeStyles(live, copy);
    // Lit's markers are comments: no part of the picture.
    const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const found: Node[] = [];
    while (comments.nextNode()) found.push(comments.currentNode);
    found.forEach((comment) => comment.parentNode?.removeChild(comment));
    return {
      svg: new XMLSerializer().serializeToString(copy),
      width: Number(live.getAttribute('width')),
      height: Number(live.getAttribute('height')),
    };
  } finally {
    box.remove();
  }
}

/** The SVG file of the widget's view, with its size. */
export function exportSvg(host: HTMLElement, view: ViewExport, lang: string) {
  const root = host.shadowRoot!;
  const template = view.chart?.();
  return viewSvg(view, elementPaint(host, root), lang, template && chartMarkup(root, template));
}

/**
 * The PNG of the SVG, `scale` times its size: the SVG drawn onto a canvas through an image of
 * a `blob:` URL. Rejects with a sentence for the reader, in their language.
 */
export async function svgPng(
  svg: { svg: string; width: number; height: number },
  scale: number,
  lang: string,
): Promise<Blob> {
  const w = exportMessages(lang);
  const url = URL.createObjectURL(new Blob([svg.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    // Our own SVG from a URL made here fails to load only where the page's policy forbids it.
    await new Promise((loaded, failed) => {
      image.onload = loaded;
      image.onerror = () => failed(new Error(w.pngBlocked));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    // Null when the canvas is larger than the browser draws.
    const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!png) throw new Error(w.failed);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The page's address for a citation: where the page mirrors the filter in its URL
 * (`<civic-dataset sync-url>`), with the filter written in, as the page will read it back;
 * elsewhere the address as it is (the citation says the filter in words).
 */
export function citedUrl(host: HTMLElement, filter: Filter, linked: boolean): string {
  const sync = linked ? host.closest('civic-dataset')?.getAttribute('sync-url') : null;
  if (sync === null || sync === undefined) return location.href;
  const name = sync.trim().replace(/[^\w-]/g, '');
  const url = new URL(location.href);
  url.search = writeFilterParams(url.search, filter, name ? `${name}-` : 'civic-');
  return url.href;
}

/** Saves `blob` as a file called `name`, through a link to a `blob:` URL. */
function save(host: HTMLElement, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host.shadowRoot!.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from the dataset's id and the widget: `north-korea-province-map.svg`. */
const fileName = (view: ViewExport, extension: string) =>
  `${view.dataset.id.replace(/[^\w-]+/g, '-').slice(0, 60)}-${view.name}.${extension}`;

/** What the widget and its page give an export. */
export interface ExportContext {
  host: HTMLElement;
  view: ViewExport;
  lang: string;
  filter: Filter;
  linked: boolean;
}

/** Runs a choice of the export menu and says what happened, in the reader's language. */
export async function runExport(
  action: ExportAction,
  { host, view, lang, filter, linked }: ExportContext,
): Promise<string> {
  const w = exportMessages(lang);
  try {
    if (action === 'cite') {
      const citation = viewCitation(view, lang, citedUrl(host, filter, linked));
      const copied = await navigator.clipboard?.writeText(citation).then(
        () => true,
        () => false,
      );
      return (copied ? w.copied : w.copyByHand) + citation;
    }
    let blob: Blob;
    if (action === 'csv')
      blob = new Blob([tableCsv(view.table())], { type: 'text/csv;charset=utf-8' });
    else {
      const svg = exportSvg(host, view, lang);
      blob =
        action === 'png'
          ? await svgPng(svg, 2, lang)
          : new Blob([svg.svg], { type: 'image/svg+xml' });
    }
    const name = fileName(view, action);
    save(host, name, blob);
    return w.saved(name);
  } catch (error) {
    return error instanceof Error ? error.message : w.failed;
  }
}
