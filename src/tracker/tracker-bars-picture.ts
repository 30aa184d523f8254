/**
 * The tracker's proportion bars in its picture (part `summary-chart`), as the widget draws them
 * (tracker-chart.ts): by response and by implementation, each a caption, a bar whose segments
 * are each value's share of the announced total in the widget's order, the unlisted remainder
 * a muted segment of its own, and a key that says every segment in words. Each segment keeps
 * the widget's `data-key` inside a group of its `data-kind`, so the picture can be checked.
 * SVG markup with every colour written out. No DOM.
 */
import { keyRows, paragraph, type KeyEntry, type Paint } from '../shared/svg-picture.js';
import { tag } from '../shared/svg-text.js';
import type { Proportions } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';
import { formatPercent } from '../shared/format-number.js';
import { uiLanguage } from '../shared/messages.js';

/** The widget's grid: two bars side by side when each gets 16rem, with a 1.5rem gap. */
const columnMin = 256;
const columnGap = 24;

type Kind = 'response' | 'implementation';

/** One bar with its caption and key, drawn from (0, 0), `width` wide; returns its height. */
function drawBar(
  kind: Kind,
  caption: string,
  proportions: Proportions,
  names: Record<string, string>,
  width: number,
  paint: Paint,
  lang: string,
) {
  const t = trackerMessages(lang);
  const text = paint.color('var(--_text)');
  const border = paint.color('var(--_border)');
  const small = paint.size * 0.85;
  const title = paragraph(caption, 0, 0, width, small, { fill: text, 'font-weight': 600 });
  const top = title.height + 4;
  const barHeight = paint.size;
  const color = (key: string) => paint.color('var(--_color)', `${kind}-${key}`);
  const segments = proportions.segments.map((segment) =>
    tag('rect', {
      class: 'seg',
      'data-key': segment.key,
      x: (segment.offset * width).toFixed(2),
      y: top,
      width: (segment.fraction * width).toFixed(2),
      height: barHeight,
      fill: color(segment.key),
    }),
  );
  const box = { x: 0.5, y: top + 0.5, width: width - 1, height: barHeight - 1, rx: 2 };
  const bar =
    tag('rect', { ...box, fill: paint.color('var(--_background)') }) +
    segments.join('') +
    // The border over the segments, as the widget's svg.bar draws its border around them.
    tag('rect', { ...box, fill: 'none', stroke: border });
  const entries = proportions.segments.map((segment): KeyEntry => ({
    swatchWidth: small * 0.8,
    label:
      segment.key === 'unlisted'
        ? `${t.notListed(segment.count)} (${formatPercent(segment.fraction, uiLanguage(lang))})`
        : t.segment(
            names[segment.key] ?? segment.key,
            segment.count,
            formatPercent(segment.fraction, uiLanguage(lang)),
          ),
    swatch: (x, y) =>
      tag('rect', {
        x: x + 0.5,
        y: y + 0.5,
        width: small * 0.8 - 1,
        height: small * 0.8 - 1,
        rx: 2,
        fill: color(segment.key),
        stroke: border,
      }),
  }));
  const key = keyRows(entries, top + barHeight + 4, width, small, text);
  return {
    svg: tag('g', { class: 'bar', 'data-kind': kind }, title.svg + bar + key.svg),
    height: top + barHeight + 4 + key.height,
  };
}

/**
 * The review's two proportion bars from `y`, side by side where `width` allows, as one group
 * of part `summary-chart`; nothing (height 0) when the review counts no recommendation, as the
 * widget draws none.
 */
export function trackerBars(
  byResponse: Proportions,
  byImplementation: Proportions,
  y: number,
  width: number,
  paint: Paint,
  lang: string,
): { svg: string; height: number } {
  if (!byResponse.total) return { svg: '', height: 0 };
  const t = trackerMessages(lang);
  const columns = width >= 2 * columnMin + columnGap ? 2 : 1;
  const columnWidth = columns === 2 ? (width - columnGap) / 2 : width;
  const bars = [
    drawBar('response', t.byResponse, byResponse, t.responseNames, columnWidth, paint, lang),
    drawBar(
      'implementation',
      t.byImplementation,
      byImplementation,
      t.implementationNames,
      columnWidth,
      paint,
      lang,
    ),
  ];
  let height = 0;
  const placed = bars.map((bar, i) => {
    const x = columns === 2 ? i * (columnWidth + columnGap) : 0;
    const top = columns === 2 ? y : y + height + (i ? 8 : 0);
    height = columns === 2 ? Math.max(height, bar.height) : top - y + bar.height;
    return tag('g', { transform: `translate(${x.toFixed(2)} ${top.toFixed(2)})` }, bar.svg);
  });
  return { svg: tag('g', { part: 'summary-chart' }, placed.join('')), height };
}
