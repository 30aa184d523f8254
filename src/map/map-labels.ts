/**
 * The names written on the map, pure: region and place labels placed greedily by priority so
 * that none overlaps another or a place marker, and none leaves the box.
 */
import type { MapGeometry } from './map-geometry.js';
import { compareIds } from '../shared/spatial-focus.js';

export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Places sit beside their marker; regions are centred on their centroid. */
  kind: 'region' | 'place';
  /** Higher first. */
  priority: number;
  /** For regions: labels much wider than the region are not drawn. */
  fitWidth?: number;
}

export interface PlacedLabel {
  id: string;
  kind: 'region' | 'place';
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Width of a text in pixels, estimated: wide for Hangul and CJK, narrower for Latin. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text)
    width += (char.codePointAt(0) ?? 0) >= 0x1100 ? fontSize : fontSize * 0.58;
  return width;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels greedily by priority: each at its preferred spot, else at another spot near
 * it, else not at all; never over another label or a place marker, never outside the box. A
 * region's label is dropped when the region is far narrower than its name.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  fontSize = 12,
  markerRadius = 5,
): PlacedLabel[] {
  const height = fontSize * 1.25;
  const markers: Box[] = candidates
    .filter((c) => c.kind === 'place')
    .map(({ x, y }) => ({
      x0: x - markerRadius,
      y0: y - markerRadius,
      x1: x + markerRadius,
      y1: y + markerRadius,
    }));
  const taken: Box[] = [...markers];
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || compareIds(a.id, b.id));
  for (const candidate of order) {
    const width = textWidth(candidate.text, fontSize);
    if (
      candidate.kind === 'region' &&
      candidate.fitWidth !== undefined &&
      width > candidate.fitWidth * 1.4
    )
      continue;
    const { x, y } = candidate;
    const gap = markerRadius + 3;
    // [left edge, baseline-centre y, anchor] of each spot tried, best first.
    const spots: [number, number, PlacedLabel['anchor']][] =
      candidate.kind === 'place'
        ? [
            [x + gap, y, 'start'],
            [x - gap - width, y, 'end'],
            [x - width / 2, y - gap - height / 2, 'middle'],
            [x - width / 2, y + gap + height / 2, 'middle'],
          ]
        : [
            [x - width / 2, y, 'middle'],
            [x - width / 2, y - height, 'middle'],
            [x - width / 2, y + height, 'middle'],
          ];
    for (const [left, middle, anchor] of spots) {
      const box = { x0: left, y0: middle - height / 2, x1: left + width, y1: middle + height / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) continue;
      // A place's own marker is not in its way.
      const own =
        candidate.kind === 'place'
          ? markers.find((m) => m.x0 === x - markerRadius && m.y0 === y - markerRadius)
          : undefined;
      if (taken.some((other) => other !== own && overlaps(box, other))) continue;
      taken.push(box);
      placed.push({
        id: candidate.id,
        kind: candidate.kind,
        text: candidate.text,
        x: anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2,
        y: middle,
        anchor,
      });
      break;
    }
  }
  return placed;
}

/** A named place projected onto the map. */
export interface PlacePoint {
  id: string;
  x: number;
  y: number;
  name: string;
}

/**
 * The labels of a map: place names first (beside their markers), then region names, largest
 * region first; `regionName` gives the name of a region by id.
 */
export function mapLabels(
  geometry: MapGeometry,
  places: readonly PlacePoint[],
  regionName: (id: string) => string,
): PlacedLabel[] {
  return placeLabels(
    [
      ...places.map((p) => ({
        id: p.id,
        text: p.name,
        x: p.x,
        y: p.y,
        kind: 'place' as const,
        priority: Infinity,
      })),
      ...geometry.regions.map((r) => ({
        id: r.id,
        text: regionName(r.id),
        x: r.x,
        y: r.y,
        kind: 'region' as const,
        priority: r.area,
        fitWidth: r.width,
      })),
    ],
    geometry,
  );
}
