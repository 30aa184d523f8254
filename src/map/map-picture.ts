/**
 * The map's picture for export and `render`: the summary, the map as map-chart.ts draws it
 * (the same paths, classes, outlines, names and markers, each region and place with its `part`
 * and `data-id`), and its key with what the shading cannot show, as SVG markup with every
 * colour written out. No DOM.
 */
import {
  keyRows,
  paragraph,
  type ChartMarkup,
  type KeyEntry,
  type Paint,
  type Picture,
} from '../shared/svg-picture.js';
import { tag, xml } from '../shared/svg-text.js';
import { mapMessages } from './map-messages.js';
import type { MapDrawing, MapLegend, MapModel } from './map-model.js';
import { formatNumber } from '../shared/format-number.js';

/** The picture of the model around `map`, `width` pixels wide (the map's, once drawn). */
export function mapPicture(
  model: MapModel,
  width: number,
  paint: Paint,
  lang: string,
  map: ChartMarkup | undefined,
): Picture {
  const head = paragraph(model.summary, 0, 0, width, paint.size, {
    fill: paint.color('var(--_text)'),
  });
  let y = head.height + 6;
  const parts = [head.svg];
  if (map) {
    parts.push(tag('g', { class: 'map', transform: `translate(0 ${y})` }, map.svg));
    y += map.height + 10;
  }
  const key = drawKey(model.legend, y, width, paint, lang);
  parts.push(key.svg);
  return { width, height: Math.ceil(y + key.height), body: parts.join('') };
}

/** The map as map-chart.ts draws it, for `render` in Node: one `<svg>` of the drawing's size. */
export function drawMapChart(drawing: MapDrawing, paint: Paint): ChartMarkup {
  const { width, height } = drawing;
  const svg = tag(
    'svg',
    { width, height, viewBox: `0 0 ${width} ${height}` },
    drawMap(drawing, paint),
  );
  return { svg, width, height };
}

function drawMap(drawing: MapDrawing, paint: Paint): string {
  const c = (value: string) => paint.color(value);
  const text = c('var(--_text)');
  const background = c('var(--_background)');
  const regions = drawing.regions.map((r) =>
    tag('path', {
      part: 'region',
      class: `region ${r.tally ? r.colorClass : 'no-data'}`,
      'data-id': r.id,
      d: r.d,
      fill: r.tally ? c(`var(--_${r.colorClass})`) : 'url(#hatch)',
      stroke: r.tally
        ? c('var(--civic-map-border, light-dark(#c9ccd2, #4a5059))')
        : c('var(--_muted)'),
      'stroke-width': r.tally ? 0.75 : 0.5,
      'stroke-linejoin': 'round',
    }),
  );
  const outlines = [
    ...drawing.regions
      .filter((r) => r.unverified)
      .map((r) =>
        tag('path', {
          class: 'unverified',
          d: r.d,
          fill: 'none',
          stroke: text,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 3',
        }),
      ),
    ...drawing.regions
      .filter((r) => r.filtered)
      .map((r) =>
        tag('path', {
          class: 'filtered',
          d: r.d,
          fill: 'none',
          stroke: c('var(--_selected)'),
          'stroke-width': 2.5,
          'stroke-linejoin': 'round',
        }),
      ),
  ];
  const labels = drawing.labels.map((l) =>
    tag(
      'text',
      {
        class: `label ${l.kind}`,
        x: l.x.toFixed(1),
        y: l.y.toFixed(1),
        'text-anchor': l.anchor,
        'dominant-baseline': 'central',
        'font-size': 12,
        'font-weight': l.kind === 'place' ? 600 : undefined,
        fill: text,
        stroke: background,
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      },
      xml(l.text),
    ),
  );
  const place = c('var(--_place)');
  const places = drawing.places.map((p) =>
    tag(
      'circle',
      {
        part: 'place',
        'data-id': p.id,
        cx: p.x.toFixed(1),
        cy: p.y.toFixed(1),
        r: 4.5,
        fill: p.unverified ? background : place,
        stroke: p.unverified ? place : background,
        'stroke-width': 1.5,
        'stroke-dasharray': p.unverified ? '2 1.5' : undefined,
      },
      tag('title', {}, xml(p.label)),
    ),
  );
  return [
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c('var(--_no-data)')}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${c('var(--_muted)')}"/></pattern></defs>`,
    drawing.context
      ? tag('path', {
          class: 'context',
          d: drawing.context,
          fill: c('var(--_context)'),
          stroke: c('var(--_border)'),
          'stroke-width': 0.75,
        })
      : '',
    drawing.land
      ? tag('path', {
          class: 'land',
          d: drawing.land,
          fill: c('var(--_no-data)'),
          stroke: c('var(--_muted)'),
          'stroke-width': 0.5,
        })
      : '',
    tag('g', { class: 'regions' }, regions.join('')),
    tag('g', { class: 'outlines' }, outlines.join('')),
    tag('g', { class: 'labels' }, labels.join('')),
    tag('g', { class: 'places' }, places.join('')),
  ].join('');
}

/** The key: its title, the classes from none to the most, and the notes of the legend. */
function drawKey(legend: MapLegend, y: number, width: number, paint: Paint, lang: string) {
  const t = mapMessages(lang);
  const size = paint.size * 0.875;
  const text = paint.color('var(--_text)');
  const muted = paint.color('var(--_muted)');
  const border = paint.color('var(--_border)');
  const box =
    (fill: string, extra: Record<string, string | number> = {}) =>
    (x: number, top: number) =>
      tag('rect', { x, y: top, width: 18, height: 12, fill, stroke: border, ...extra });
  const entry = (label: string, swatch: KeyEntry['swatch'], swatchWidth = 18): KeyEntry => ({
    label,
    swatch,
    swatchWidth,
  });
  const entries: KeyEntry[] = [
    ...(legend.noData ? [entry(t.noData, box('url(#hatch)'))] : []),
    entry(formatNumber(0, lang), box(paint.color('var(--_s0)'))),
    ...legend.steps.map(({ label, step }) => entry(label, box(paint.color(`var(--_s${step})`)))),
    ...(legend.places
      ? [
          entry(
            t.place,
            (x, top) =>
              tag('circle', { cx: x + 5, cy: top + 6, r: 4.5, fill: paint.color('var(--_place)') }),
            10,
          ),
        ]
      : []),
    ...(legend.unverified
      ? [
          entry(
            `${t.unverifiedKey} (${t.notVerified(legend.unverified)})`,
            box('none', { stroke: text, 'stroke-dasharray': '3 2' }),
          ),
        ]
      : []),
  ];
  const title = paragraph(
    legend.measure === 'people' ? t.peopleTitle : t.incidentsTitle,
    0,
    y,
    width,
    size,
    {
      fill: text,
      'font-weight': 600,
    },
  );
  let at = y + title.height + 2;
  const scale = keyRows(entries, at, width, size, text);
  at += scale.height + 2;
  const notes: [string, boolean][] = [];
  if (legend.unlocated) notes.push([t.unlocated(legend.unlocated), true]);
  if (legend.measure === 'people') {
    notes.push([t.peopleCaveat(legend.withoutNumber), false]);
    if (legend.ranged) notes.push([t.rangeCaveat(legend.ranged), false]);
  }
  if (legend.notOnMap) notes.push([t.notOnMap(legend.notOnMap), false]);
  if (legend.contextFailed) notes.push([t.contextFailed, false]);
  const parts = [title.svg, scale.svg];
  for (const [note, strong] of notes) {
    const block = paragraph(note, 0, at, width, size, {
      fill: strong ? text : muted,
      'font-weight': strong ? 600 : undefined,
    });
    parts.push(block.svg);
    at += block.height;
  }
  return { svg: parts.join(''), height: at - y };
}
