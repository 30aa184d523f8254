/**
 * The tracker's picture for export and `render`: the review, its honest arithmetic, its
 * proportion bars as the widget draws them (tracker-bars-picture.ts), and the recommendations
 * the filters leave, by theme, each row a group with its `part` and `data-id`, its text and its
 * response and implementation in words beside their colours. At most `pictureRows` rows are
 * drawn; the picture says how many more the CSV holds. SVG markup with every colour written
 * out. No DOM.
 */
import type { Dataset } from '../data/schema.js';
import { resolveText } from '../data/text.js';
import { exportMessages } from '../shared/export-messages.js';
import { messagesFor } from '../shared/messages.js';
import {
  keyRows,
  paragraph,
  type KeyEntry,
  type Paint,
  type Picture,
} from '../shared/svg-picture.js';
import { tag } from '../shared/svg-text.js';
import { trackerBars } from './tracker-bars-picture.js';
import type { TrackerEntry } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';
import type { TrackerModel } from './tracker-model.js';
import { reviewName } from './tracker-review.js';
import { themeLabel } from './tracker-rows.js';
import { formatNumber } from '../shared/format-number.js';

/**
 * Rows drawn at most: about what a few printed pages hold. A review of thousands of rows would
 * make a picture tens of thousands of pixels tall, past what a browser's canvas draws as PNG;
 * the CSV has every row.
 */
export const pictureRows = 300;

/** The picture of the tracker's review, `width` pixels wide. */
export function trackerPicture(
  { dataset, current }: TrackerModel,
  width: number,
  paint: Paint,
  lang: string,
): Picture {
  const t = trackerMessages(lang);
  const text = paint.color('var(--_text)');
  const muted = paint.color('var(--_muted)');
  let y = 0;
  const parts: string[] = [];
  const write = (
    words: string,
    size: number,
    attributes: Record<string, string | number | undefined>,
  ) => {
    const block = paragraph(words, 0, y, width, size, attributes);
    parts.push(block.svg);
    y += block.height + 4;
  };
  if (!current) write(messagesFor(lang).emptyDataset, paint.size, { fill: text });
  else {
    const bold = { fill: text, 'font-weight': 600 };
    write(reviewName(current.review, lang), paint.size * 1.15, bold);
    write(current.summary, paint.size, bold);
    const { byResponse, byImplementation } = current;
    const bars = trackerBars(byResponse, byImplementation, y + 4, width, paint, lang);
    if (bars.height) {
      parts.push(bars.svg);
      y += bars.height + 12;
    }
    const shared = current.sharedQuery ? `, ${t.sharedQuery(current.sharedQuery)}` : '';
    write(
      current.entries.length
        ? `${t.showing(current.shown.length, current.entries.length)}${shared}`
        : t.noRecommendations,
      paint.size * 0.9,
      { fill: muted },
    );
    let left = pictureRows;
    for (const group of current.groups) {
      const entries = group.entries.slice(0, Math.max(0, left));
      if (!entries.length) break;
      left -= entries.length;
      const label = themeLabel(group.id, dataset, lang);
      const start = parts.length;
      y += 6;
      write(`${label.text} (${formatNumber(group.entries.length, lang)})`, paint.size, {
        ...bold,
        lang: label.lang,
      });
      for (const entry of entries) {
        const row = drawRow(entry, dataset, y, width, paint, lang);
        parts.push(row.svg);
        y += row.height + 4;
      }
      parts.push(tag('g', { part: 'theme', 'data-id': group.id }, parts.splice(start).join('')));
    }
    const hidden = current.ordered.length - pictureRows;
    if (hidden > 0) write(exportMessages(lang).moreRows(hidden), paint.size * 0.9, { fill: muted });
  }
  return { width, height: Math.ceil(y), body: parts.join('') };
}

/** A recommendation: its text (at most three lines), its response and implementation. */
function drawRow(
  entry: TrackerEntry,
  dataset: Dataset,
  y: number,
  width: number,
  paint: Paint,
  lang: string,
) {
  const t = trackerMessages(lang);
  const { recommendation } = entry;
  const words = resolveText(recommendation.text, lang);
  const body = paragraph(
    words.text,
    8,
    y + 6,
    width - 16,
    paint.size,
    {
      fill: paint.color('var(--_text)'),
      lang: words.lang,
    },
    3,
  );
  const badge = (kind: 'response' | 'implementation', key: string, name: string): KeyEntry => ({
    swatchWidth: 10,
    label: `${t[kind]}: ${name}`,
    swatch: (x, top) =>
      tag('rect', {
        x,
        y: top,
        width: 10,
        height: 10,
        rx: 2,
        fill: paint.color('var(--_color)', `${kind}-${key}`),
      }),
  });
  const { response } = recommendation;
  const { implementation } = entry;
  const badges = keyRows(
    [
      badge('response', response, t.responseNames[response] ?? response),
      badge(
        'implementation',
        implementation,
        t.implementationNames[implementation] ?? implementation,
      ),
    ],
    y + 8 + body.height,
    width - 16,
    paint.size * 0.85,
    paint.color('var(--_text)'),
  );
  const height = body.height + badges.height + 14;
  const frame = tag('rect', {
    x: 0.5,
    y: y + 0.5,
    width: width - 1,
    height: height - 1,
    rx: 4,
    fill: 'none',
    stroke: paint.color('var(--_border)'),
  });
  // keyRows draws from x = 0: moved in by the row's padding.
  const moved = tag('g', { transform: 'translate(8 0)' }, badges.svg);
  return {
    svg: tag(
      'g',
      { part: 'recommendation', 'data-id': recommendation.id },
      frame + body.svg + moved,
    ),
    height,
  };
}
