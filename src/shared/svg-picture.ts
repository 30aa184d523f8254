/**
 * A widget's picture as one standalone SVG document (the export, and `render` in Node): its
 * drawing, then a footer that credits it (the dataset's title, the sources, when the dataset
 * was updated, what the filter keeps). Colours and sizes are written on each element as
 * presentation attributes, resolved from the widget's styles (`Paint`), so the file needs no
 * stylesheet, custom property or font from anywhere: a design tool, a mail client and a
 * rasteriser all read it. No DOM.
 */
import { tag, textWidth, wrapText, xml as xmlText } from './svg-text.js';

/** The widget's styles, resolved: in a browser from the element, in Node from its defaults. */
export interface Paint {
  /** The colour `property` (a custom property such as `--_text`) gives an element of `className`. */
  color(property: string, className?: string): string;
  /** The number `property` gives (an opacity). */
  number(property: string, className?: string): number;
  /** The widget's font family. */
  font: string;
  /** Its base font size, in pixels. */
  size: number;
}

/** What a widget draws: SVG markup in the box from (0, 0) to (width, height). */
export interface Picture {
  width: number;
  height: number;
  body: string;
}

/**
 * A chart as one `<svg>` element's markup, with its size: in a browser the widget's own chart,
 * its computed styles written on it; in Node drawn from the model (`render`).
 */
export interface ChartMarkup {
  svg: string;
  width: number;
  height: number;
}

/** Space around the drawing and the footer, in pixels. */
const margin = 16;
const footerSize = 12;
export const lineHeight = 1.35;

/**
 * Lines of text, the first baseline a font size below `y`, as one `<text>`; returns its markup
 * and the height it takes.
 */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  attributes: Record<string, string | number | undefined> = {},
): { svg: string; height: number } {
  if (!lines.length) return { svg: '', height: 0 };
  const step = size * lineHeight;
  const spans = lines
    .map((line, i) => tag('tspan', { x, y: (y + size + i * step).toFixed(1) }, xmlText(line)))
    .join('');
  return {
    svg: tag('text', { 'font-size': size, ...attributes }, spans),
    height: lines.length * step,
  };
}

/** `text` wrapped to `width`, as `textLines`. */
export function paragraph(
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  attributes: Record<string, string | number | undefined> = {},
  maxLines?: number,
) {
  return textLines(wrapText(text, width, size, maxLines), x, y, size, attributes);
}

export interface StandaloneParts {
  picture: Picture;
  /** The document's title: what it shows, for screen readers and file browsers. */
  title: string;
  /** The footer's lines: the first (the dataset's title) in bold. */
  footer: readonly string[];
  lang: string;
  paint: Paint;
}

/** The picture with its footer, as the text of a standalone SVG file. */
export function standaloneSvg({ picture, title, footer, lang, paint }: StandaloneParts): {
  svg: string;
  width: number;
  height: number;
} {
  const width = Math.ceil(picture.width + 2 * margin);
  const inner = width - 2 * margin;
  let y = margin + picture.height + 12;
  const parts = [
    tag('title', {}, xmlText(title)),
    tag('rect', { width: '100%', height: '100%', fill: paint.color('var(--_background)') }),
    tag('g', { transform: `translate(${margin} ${margin})` }, picture.body),
    tag('line', {
      x1: margin,
      x2: width - margin,
      y1: y,
      y2: y,
      stroke: paint.color('var(--_border)'),
    }),
  ];
  y += 6;
  const lines = footer.map((line, i) => {
    const block = paragraph(line, margin, y, inner, footerSize, {
      fill: paint.color(i ? 'var(--_muted)' : 'var(--_text)'),
      'font-weight': i ? undefined : 600,
    });
    y += block.height;
    return block.svg;
  });
  parts.push(tag('g', { class: 'footer' }, lines.join('')));
  const height = Math.ceil(y + margin);
  const svg = tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'xml:lang': lang,
      'font-family': paint.font,
      'font-size': paint.size,
    },
    parts.join(''),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}

/** An entry of a key: its swatch (markup drawn in a box at x, y) and its words. */
export interface KeyEntry {
  swatch: (x: number, y: number) => string;
  /** The swatch's width; its box is as tall as the text. */
  swatchWidth: number;
  label: string;
}

/**
 * The entries of a key side by side from `y`, on as many lines as `width` needs; returns the
 * markup and the height it takes. The labels are one `<text>` each, in `fill`.
 */
export function keyRows(
  entries: readonly KeyEntry[],
  y: number,
  width: number,
  size: number,
  fill: string,
): { svg: string; height: number } {
  const step = size * 1.5;
  let x = 0;
  let line = 0;
  const parts = entries.map((entry) => {
    const wide = entry.swatchWidth + 6 + textWidth(entry.label, size);
    if (x > 0 && x + wide > width) {
      x = 0;
      line += 1;
    }
    const top = y + line * step;
    const markup =
      entry.swatch(x, top + (step - size) / 2) +
      tag(
        'text',
        {
          x: (x + entry.swatchWidth + 6).toFixed(1),
          y: (top + size).toFixed(1),
          'font-size': size,
          fill,
        },
        xmlText(entry.label),
      );
    x += wide + 14;
    return markup;
  });
  return { svg: parts.join(''), height: entries.length ? (line + 1) * step : 0 };
}
