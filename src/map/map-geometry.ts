/**
 * The map's geometry, pure: a projection fitted to the box and the SVG paths of the regions,
 * the land and the neighbours. The costly part of drawing a map, so computed once per size and
 * boundaries, never per filter.
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
import type { Boundaries, Shape } from '../data/boundaries.js';

/** A region drawn: its shape, and where its name goes. */
export interface RegionGeometry {
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

/** Everything drawn that depends only on the boundaries and the size. */
export interface MapGeometry {
  width: number;
  height: number;
  regions: RegionGeometry[];
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

/**
 * The boundaries projected into a box `width` pixels wide (at most `maxHeight` tall): each
 * region's path and label point, the land around them and the neighbours, clipped to the box.
 */
export function projectMap(
  boundaries: Boundaries,
  context: Boundaries | undefined,
  width: number,
  maxHeight: number,
): MapGeometry {
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
