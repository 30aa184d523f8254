/**
 * Makes a country's boundaries small enough for a web page while neighbouring regions still
 * meet: points are removed from the topology's arcs (topojson-simplify, Visvalingam's effective
 * area on the sphere), small detached rings go (islets no region needs), and the coordinates
 * are re-quantized to a coarser grid. Every step works on shared arcs, so a border two regions
 * share is simplified once and stays shared.
 *
 * Only as much as needed: the full detail at the coarsest grid is kept when it fits the budget;
 * otherwise the least simplification that fits is found. No region ever disappears.
 */
import { geoArea } from 'd3-geo';
import type { GeoJsonProperties } from 'geojson';
import { feature } from 'topojson-client';
import {
  filter,
  filterAttachedWeight,
  presimplify,
  quantile,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type Filter,
} from 'topojson-simplify';
import type { Arc, GeometryObject, Objects, Topology } from 'topojson-specification';

export interface SimplifyOptions {
  /** The largest the file may be, in bytes, when simplification can get it there. */
  maxBytes: number;
  /** The coarsest grid to re-quantize to, in cells of the source's grid. */
  maxCoarsening: number;
  /** The object whose geometries are the regions: each must keep an area. */
  regionsObject: string;
  /** The file's text for a topology, to measure its size. */
  serialize(topology: Topology): string;
}

export interface SimplifiedBoundaries {
  topology: Topology;
  text: string;
  /** How many cells of the source's grid one cell of the output's grid spans. */
  coarsening: number;
  /** The share of the source's points simplification kept, most significant first (1: all). */
  detail: number;
  /** False when even the most simplified file that keeps every region is over the budget. */
  withinBudget: boolean;
}

type Point = [number, number, number];
type LonLat = [number, number];
/** A topology as topojson-simplify's types take it. */
type SimplifiableTopology = Parameters<typeof presimplify>[0];
type AnyGeometry = GeometryObject<GeoJsonProperties>;
type Ring = number[];

const tau = 2 * Math.PI;

/** Polygons of a geometry, each a list of rings of arc indexes. */
function polygonsOf(geometry: AnyGeometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

function geometriesOf(object: AnyGeometry | undefined): AnyGeometry[] {
  if (!object) return [];
  return object.type === 'GeometryCollection' ? object.geometries : [object];
}

/** A ring's points from absolute arcs (an arc index ~i runs arc i backwards). */
function ringPoints(ring: Ring, arcs: readonly (readonly number[])[][]): (readonly number[])[] {
  const points: (readonly number[])[] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/** Twice the planar area of a ring, in grid cells: zero when it has collapsed to a line. */
function doubledArea(points: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i += 1) {
    const [x0 = 0, y0 = 0] = points[i - 1]!;
    const [x1 = 0, y1 = 0] = points[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Delta-encoded arcs as absolute positions. */
function absolute(arcs: Arc[]): number[][][] {
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
  });
}

/**
 * Arcs in cells of the source's grid, re-quantized to a grid `factor` times coarser and
 * delta-encoded: a point that falls in the same cell as the one before is dropped, but both
 * ends of every arc stay, so that arcs join where they did. (topojson-client's `quantize` would
 * also drop an arc's last point when it falls in its neighbour's cell: the same shapes, but not
 * the same file as the map's built-in North Korea, whose drawn paths its tests hold.)
 */
function coarsen(arcs: readonly (readonly number[])[][], factor: number): Arc[] {
  return arcs.map((arc) => {
    const cells: [number, number][] = [];
    arc.forEach(([x = 0, y = 0], i) => {
      const cell: [number, number] = [Math.round(x / factor), Math.round(y / factor)];
      const last = cells[cells.length - 1];
      if (!last || last[0] !== cell[0] || last[1] !== cell[1] || i === arc.length - 1)
        cells.push(cell);
    });
    return cells.map(([x, y], i) => (i ? [x - cells[i - 1]![0], y - cells[i - 1]![1]] : [x, y]));
  });
}

/** True when every one of the `count` regions of the quantized topology still has an area. */
function everyRegionHasArea(topology: Topology, regionsObject: string, count: number): boolean {
  const arcs = absolute(topology.arcs);
  const regions = geometriesOf(topology.objects[regionsObject]);
  return (
    regions.length === count &&
    regions.every((geometry) =>
      polygonsOf(geometry).some(
        ([exterior]) => exterior && doubledArea(ringPoints(exterior, arcs)),
      ),
    )
  );
}

/**
 * False for a ring d3-geo would read as covering the rest of the globe: an exterior ring, or a
 * hole, wound the wrong way. A ring with no area at all draws nothing and may stay.
 */
function woundRight(topology: Topology, ring: unknown, interior: boolean): boolean {
  const polygon = { type: 'Polygon' as const, arcs: [ring as Ring] };
  const area = geoArea(feature(topology, polygon));
  return interior ? !(area > 0 && area <= tau) : area <= tau;
}

/** A ring's area on the sphere whichever way it is wound, in steradians. */
function ringArea(points: LonLat[]): number {
  const area = sphericalRingArea(points, false);
  return Math.min(area, 2 * tau - area);
}

/**
 * The rings simplification must not remove or collapse: each region's largest exterior ring,
 * whose two most significant inner points per arc are kept, so that it stays a polygon.
 */
function protectLargestRings(
  topology: Topology,
  regionsObject: string,
  lonLat: (point: readonly number[]) => LonLat,
): Set<string> {
  const arcs = topology.arcs as unknown as Point[][];
  const kept = new Set<string>();
  for (const geometry of geometriesOf(topology.objects[regionsObject])) {
    const rings = polygonsOf(geometry).flatMap(([exterior]) => (exterior ? [exterior] : []));
    const areas = rings.map((ring) => ringArea(ringPoints(ring, arcs).map(lonLat)));
    const largest = rings[areas.indexOf(Math.max(...areas))];
    if (!largest) continue;
    kept.add(largest.join());
    for (const index of largest) {
      const inner = arcs[index < 0 ? ~index : index]!.slice(1, -1);
      for (const point of inner.sort((a, b) => b[2] - a[2]).slice(0, 2)) point[2] = Infinity;
    }
  }
  return kept;
}

/**
 * Simplifies `topology` (quantized, as the source is) within `options.maxBytes` if it can:
 * the result keeps the source's transform origin, on a grid `coarsening` times coarser.
 */
export function simplifyBoundaries(
  topology: Topology,
  options: SimplifyOptions,
): SimplifiedBoundaries {
  const source = topology.transform;
  if (!source) throw new Error('the boundaries to simplify are not quantized');
  const lonLat = ([x = 0, y = 0]: readonly number[]): LonLat => [
    x * source.scale[0] + source.translate[0],
    y * source.scale[1] + source.translate[1],
  ];
  // Work in cells of the source's grid: a unit transform decodes the arcs to exact integers,
  // which the coarser grid then divides without any rounding error creeping in.
  const cells: Topology = { ...topology, transform: { scale: [1, 1], translate: [0, 0] } };
  const weighted = presimplify(cells as SimplifiableTopology, (triangle) =>
    sphericalTriangleArea(triangle.map(lonLat) as [LonLat, LonLat, LonLat]),
  );
  const protectedRings = protectLargestRings(weighted, options.regionsObject, lonLat);
  const ringWeight = (ring: readonly number[][]) => ringArea(ring.map(lonLat));

  const build = (minWeight: number, coarsening: number): Topology => {
    const simplified = simplify(weighted, minWeight);
    const keep = filterAttachedWeight(simplified, minWeight, ringWeight as never);
    const keepRing: Filter = (ring, interior) =>
      protectedRings.has((ring as unknown as Ring).join()) || keep(ring, interior);
    const filtered = filter(simplified, keepRing);
    const quantized: Topology = {
      type: 'Topology',
      transform: {
        scale: [source.scale[0] * coarsening, source.scale[1] * coarsening],
        translate: source.translate,
      },
      objects: filtered.objects as Objects,
      arcs: coarsen(filtered.arcs, coarsening),
    };
    // A ring smaller than a grid cell can come out of the grid wound the other way round.
    const turned = filter(quantized as SimplifiableTopology, (ring, interior) =>
      woundRight(quantized, ring, interior),
    );
    return {
      type: 'Topology',
      transform: quantized.transform,
      // A collection whose every ring was filtered out is left out (topojson-simplify nulls it).
      objects: Object.fromEntries(
        Object.entries(turned.objects).filter(([, object]) => object.type !== null),
      ) as Objects,
      arcs: turned.arcs,
    };
  };
  const regionCount = geometriesOf(topology.objects[options.regionsObject]).length;
  const survives = (result: Topology) =>
    everyRegionHasArea(result, options.regionsObject, regionCount);

  // The coarsest grid at which every region, in full detail, still has an area.
  let coarsening = Math.max(1, Math.floor(options.maxCoarsening));
  while (coarsening > 1 && !survives(build(0, coarsening))) coarsening -= 1;

  const measure = (detail: number) => {
    const minWeight = detail >= 1 ? 0 : quantile(weighted, detail);
    const result = build(minWeight, coarsening);
    const text = options.serialize(result);
    const fits = Buffer.byteLength(text) <= options.maxBytes;
    return { result, text, fits, detail, survives: survives(result) };
  };
  const full = measure(1);
  if (!full.survives) throw new Error('a region has no area even in full detail');
  if (full.fits) return finish(full, true);

  // The most detail that fits (the file shrinks as detail drops), then, if some region has lost
  // its area there, the least detail above it at which every region has one again.
  let fitting = measure(0);
  if (fitting.fits) {
    let [low, high] = [0, 1];
    for (let step = 0; step < 14; step += 1) {
      const middle = (low + high) / 2;
      const attempt = measure(middle);
      if (attempt.fits) [low, fitting] = [middle, attempt];
      else high = middle;
    }
  }
  if (fitting.survives) return finish(fitting, fitting.fits);
  let [low, high, surviving] = [fitting.detail, 1, full];
  for (let step = 0; step < 14; step += 1) {
    const middle = (low + high) / 2;
    const attempt = measure(middle);
    if (attempt.survives) [high, surviving] = [middle, attempt];
    else low = middle;
  }
  return finish(surviving, surviving.fits);

  function finish(attempt: ReturnType<typeof measure>, withinBudget: boolean) {
    return {
      topology: attempt.result,
      text: attempt.text,
      coarsening,
      detail: attempt.detail,
      withinBudget,
    };
  }
}
