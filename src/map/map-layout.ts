/**
 * The map's math, pure: a projection fitted to the box and path strings (once per size and
 * boundaries), counts per region and place (per filter), classed colour steps with rounded
 * breaks, labels that do not collide, and which region lies east/west/north/south of another.
 */
import {
  geoArea,
  geoIdentity,
  geoMercator,
  geoPath,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Incident } from '../data/schema.js';
import type { Boundaries, Shape } from './map-boundaries.js';

// ---------------------------------------------------------------- geometry (per size)

export interface RegionLayout {
  id: string;
  /** SVG path of the region's shape. */
  d: string;
  /** Where its label goes: the centroid of its largest polygon. */
  x: number;
  y: number;
  /** Width of its bounding box, in pixels (labels much wider than this are dropped). */
  width: number;
  /** Area in square pixels. */
  area: number;
}

export interface MapLayout {
  width: number;
  height: number;
  regions: RegionLayout[];
  /** One path for all land that is no region. */
  land: string;
  /** One path for the neighbouring countries, clipped to the box. */
  context: string;
  /** [longitude, latitude] (or planar x, y) to pixels; undefined outside the box. */
  project: (point: readonly [number, number]) => [number, number] | undefined;
}

/** Space kept around the shapes for strokes and focus rings. */
export const mapPadding = 8;

function largestPolygon(shape: Shape): Feature<Polygon> {
  const geometry = shape.geometry;
  if (geometry.type === 'Polygon') return { type: 'Feature', properties: null, geometry };
  let best = geometry.coordinates[0]!;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: best } };
}

const collection = (features: Shape[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/**
 * Fits the boundaries to `width` pixels (Mercator for longitude/latitude, the plane as it is
 * for projected files), as tall as their shape asks but at most `maxHeight`.
 */
export function fitProjection(
  boundaries: Boundaries,
  width: number,
  maxHeight: number,
): { projection: GeoProjection; height: number } {
  const all = collection([...boundaries.regions.map((r) => r.shape), ...boundaries.land]);
  const projection = (
    boundaries.planar ? geoIdentity().reflectY(true) : geoMercator()
  ) as GeoProjection;
  const inner = Math.max(1, width - 2 * mapPadding);
  // d3's fitWidth then fitExtent, in one pass over the points instead of three.
  projection.scale(150).translate([0, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(all);
  const shapeWidth = Math.max(x1 - x0, 1e-9);
  const shapeHeight = Math.max(y1 - y0, 1e-9);
  const natural = Math.ceil((shapeHeight * inner) / shapeWidth) + 2 * mapPadding;
  const height = Math.max(2 * mapPadding + 1, Math.min(natural, Math.round(maxHeight)));
  const innerHeight = height - 2 * mapPadding;
  const k = Math.min(inner / shapeWidth, innerHeight / shapeHeight);
  projection
    .scale(150 * k)
    .translate([
      mapPadding + (inner - k * (x1 + x0)) / 2,
      mapPadding + (innerHeight - k * (y1 + y0)) / 2,
    ]);
  return { projection, height };
}

/** Points closer than this (in pixels) to the last one drawn are skipped: invisible detail. */
export const pixelTolerance = 0.7;

/**
 * The projection followed by a filter that drops points within `pixelTolerance` of the last
 * point kept in the same line or ring: boundaries made for print carry far more points than a
 * screen shows, and every one costs path building, parsing and painting.
 */
function screenDetail(projection: GeoProjection): GeoStreamWrapper {
  const tolerance2 = pixelTolerance * pixelTolerance;
  return {
    stream(output) {
      let lastX = NaN;
      let lastY = NaN;
      const filtered: GeoStream = {
        point(x, y) {
          const dx = x - lastX;
          const dy = y - lastY;
          if (dx * dx + dy * dy < tolerance2) return;
          lastX = x;
          lastY = y;
          output.point(x, y);
        },
        lineStart() {
          lastX = lastY = NaN;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(filtered);
    },
  };
}

/** Everything that depends only on the boundaries and the size: computed once per size. */
export function layoutMap(
  boundaries: Boundaries,
  context: Boundaries | undefined,
  width: number,
  maxHeight: number,
): MapLayout {
  const { projection, height } = fitProjection(boundaries, width, maxHeight);
  const path = geoPath(screenDetail(projection)).digits(1);
  const regions = boundaries.regions.map(({ id, shape }) => {
    const [[x0], [x1]] = path.bounds(shape);
    const [x, y] = path.centroid(largestPolygon(shape));
    return { id, d: path(shape) ?? '', x, y, width: x1 - x0, area: path.area(shape) };
  });
  const land = path(collection(boundaries.land)) ?? '';
  // Neighbours reach far outside the box: clipped to it, so that their paths stay short.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const contextPath = context
    ? (geoPath(projection).digits(1)(
        collection([...context.regions.map((r) => r.shape), ...context.land]),
      ) ?? '')
    : '';
  const project = (point: readonly [number, number]): [number, number] | undefined => {
    const xy = projection([point[0], point[1]]);
    if (!xy || !(xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height)) return undefined;
    return [xy[0], xy[1]];
  };
  return { width, height, regions, land, context: contextPath, project };
}

// ---------------------------------------------------------------- counts (per filter)

export const measures = ['incidents', 'people'] as const;
export type Measure = (typeof measures)[number];

export interface Tally {
  incidents: number;
  /** Sum of `peopleAffected` where the source gives it. */
  people: number;
  /** Incidents that give no number of people affected. */
  withoutNumber: number;
}

export interface Counts {
  byRegion: Map<string, Tally>;
  byPlace: Map<string, Tally>;
  /** Incidents whose source names no region: counted, never dropped. */
  unlocated: Tally;
  all: Tally;
}

const emptyTally = (): Tally => ({ incidents: 0, people: 0, withoutNumber: 0 });

function add(tally: Tally, incident: Incident): void {
  tally.incidents += 1;
  if (incident.peopleAffected === undefined) tally.withoutNumber += 1;
  else tally.people += incident.peopleAffected;
}

/** Tallies per region and place of the given incidents; every dataset region starts at 0. */
export function countIncidents(
  incidents: readonly Incident[],
  regionIds: readonly string[],
): Counts {
  const byRegion = new Map(regionIds.map((id) => [id, emptyTally()]));
  const byPlace = new Map<string, Tally>();
  const unlocated = emptyTally();
  const all = emptyTally();
  for (const incident of incidents) {
    add(all, incident);
    const regionId = incident.regionId;
    if (regionId === undefined) {
      add(unlocated, incident);
      continue;
    }
    let tally = byRegion.get(regionId);
    if (!tally) byRegion.set(regionId, (tally = emptyTally()));
    add(tally, incident);
    if (incident.placeId !== undefined) {
      let place = byPlace.get(incident.placeId);
      if (!place) byPlace.set(incident.placeId, (place = emptyTally()));
      add(place, incident);
    }
  }
  return { byRegion, byPlace, unlocated, all };
}

export const valueOf = (tally: Tally | undefined, measure: Measure): number =>
  tally ? (measure === 'people' ? tally.people : tally.incidents) : 0;

// ---------------------------------------------------------------- classes

/** Colour steps of the scale (besides the step for zero). */
export const colorSteps = 5;

const niceSteps = [1, 2, 3, 5, 10];

/** The smallest of 1, 2, 3, 5 × 10ⁿ at least `value` (whole numbers only). */
export function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = niceSteps.find((s) => s * power >= value - 1e-9) ?? 10;
  return Math.max(1, Math.round(step * power));
}

/** The nearest of 1, 2, 3, 5 × 10ⁿ to `value`, in a logarithmic sense. */
function niceNear(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  let best = 1;
  for (const s of niceSteps)
    if (
      Math.abs(Math.log(s * power) - Math.log(value)) <
      Math.abs(Math.log(best * power) - Math.log(value))
    )
      best = s;
  return Math.round(best * power);
}

/**
 * Upper bounds (inclusive, ascending, whole numbers) of the classes of positive values; zero
 * is a class of its own. Up to `classes` classes, with rounded bounds readers can say aloud:
 * one class per number when the largest is small (1, 2, 3); equal rounded steps (20, 40, …);
 * or, when the values span more than an order of magnitude, rounded steps that grow (2, 10,
 * 50, …), so that one large region does not make every other one look the same.
 */
export function classBreaks(values: readonly number[], classes = colorSteps): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const max = positive[positive.length - 1];
  if (max === undefined) return [];
  if (max <= classes) return Array.from({ length: Math.ceil(max) }, (_, i) => i + 1);
  const median = positive[Math.floor((positive.length - 1) / 2)]!;
  const breaks: number[] = [];
  if (max / median >= 10) {
    for (let k = 1; k < classes; k += 1) {
      const bound = niceNear(max ** (k / classes));
      if (bound > (breaks[breaks.length - 1] ?? 0) && bound < max) breaks.push(bound);
    }
    breaks.push(niceCeil(max));
    return breaks;
  }
  const step = niceCeil(max / classes);
  for (let bound = step; bound < max + step; bound += step) breaks.push(bound);
  return breaks;
}

/** The class of a value: 0 for zero, k (1-based) for the k-th class of positive values. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value <= 0) return 0;
  const index = breaks.findIndex((bound) => value <= bound);
  return index === -1 ? breaks.length : index + 1;
}

/** The colour step (1 … colorSteps) of class k of n: spread over the whole ramp. */
export function colorStep(k: number, n: number): number {
  if (k <= 0) return 0;
  if (n <= 1) return Math.ceil(colorSteps / 2);
  return Math.round(1 + ((k - 1) * (colorSteps - 1)) / (n - 1));
}

/** "1", "2–5", "6–10": the range of whole numbers each class holds. */
export function classLabels(breaks: readonly number[], lang: string): string[] {
  const number = (n: number) => n.toLocaleString(lang);
  return breaks.map((bound, i) => {
    const low = i ? breaks[i - 1]! + 1 : 1;
    return low >= bound ? number(bound) : `${number(low)}–${number(bound)}`;
  });
}

// ---------------------------------------------------------------- labels

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
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
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

// ---------------------------------------------------------------- keyboard

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Stop {
  id: string;
  x: number;
  y: number;
}

const vectors: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The stop nearest in a direction from `fromId` (east for right, north for up): among those
 * within 60° of it, the one with the least distance, counting sideways distance double.
 */
export function nextInDirection(
  stops: readonly Stop[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = stops.find((s) => s.id === fromId);
  if (!from) return stops[0]?.id;
  const [dx, dy] = vectors[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const stop of stops) {
    if (stop.id === fromId) continue;
    const vx = stop.x - from.x;
    const vy = stop.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [stop.id, score];
  }
  return best;
}

/** Reading order (top to bottom, then left to right, in bands): Home, End and Tab order. */
export function readingOrder<T extends Stop>(stops: readonly T[], band = 24): T[] {
  return [...stops].sort(
    (a, b) =>
      Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x || a.id.localeCompare(b.id),
  );
}
