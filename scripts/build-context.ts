/**
 * Writes `data/boundaries/kp-context.topo.json`, the neighbours drawn muted around the default
 * North Korea map (China, South Korea, Russia), from world-atlas (Natural Earth 1:50m, public
 * domain), clipped to a box around North Korea so that the file stays small. Then writes
 * `src/map/default-boundaries.generated.ts`, the provinces and the neighbours as a module, so
 * that the built-in map needs no request and every bundler and the test runner can import it.
 *
 * Run after build-boundaries: npx tsx scripts/build-context.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds, geoClipRectangle, geoStream, type GeoStream } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { format, resolveConfig } from 'prettier';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { writeGenerated } from './generated-file.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = 'node_modules/world-atlas/countries-50m.json';
const provincesPath = 'data/boundaries/kp-provinces.topo.json';
const outputPath = 'data/boundaries/kp-context.topo.json';
const modulePath = 'src/map/default-boundaries.generated.ts';

/** World-atlas ids are ISO 3166-1 numeric; the output uses alpha-2 like the datasets. */
const neighbours = [
  { source: '156', name: 'China', id: 'CN', en: 'China', ko: '중국' },
  { source: '410', name: 'South Korea', id: 'KR', en: 'South Korea', ko: '대한민국' },
  { source: '643', name: 'Russia', id: 'RU', en: 'Russia', ko: '러시아' },
];
/** Degrees of context around North Korea's bounding box. */
const margin = 1.5;
/** Coordinates are rounded to this many degrees (about 500 m: under a pixel at 1,000 px wide). */
const grid = 0.005;

function fail(message: string): never {
  throw new Error(`build-context: ${message}`);
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

/** Rings of a geometry after clipping to the box, each closed and rounded to the grid. */
function clippedRings(shape: Feature, box: [number, number, number, number]): Position[][] {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const sink: GeoStream = {
    point(x, y) {
      const p = [Math.round(x / grid), Math.round(y / grid)] as Position;
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length >= 3) rings.push(ring);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  // Planar clipping in degrees: geoStream emits the coordinates as they are.
  geoStream(shape, geoClipRectangle(...box)(sink));
  return rings;
}

/** d3-geo reads a ring by its winding; one wound inside out would cover the globe. */
function outward(ring: Position[]): Position[] {
  const degrees = ring.map(([x, y]) => [x! * grid, y! * grid]);
  const polygon: Polygon = { type: 'Polygon', coordinates: [[...degrees, degrees[0]!]] };
  return geoArea(polygon) > 2 * Math.PI ? [...ring].reverse() : ring;
}

/** Quantized, delta-encoded arcs (TopoJSON), one per ring: neighbours share no borders here. */
function build(): Topology {
  const provinces = readJson<Topology>(provincesPath);
  const kp = feature(provinces, provinces.objects.provinces as GeometryCollection);
  const [[west, south], [east, north]] = geoBounds(kp);
  const box: [number, number, number, number] = [
    west - margin,
    south - margin,
    east + margin,
    north + margin,
  ];
  const world = readJson<Topology>(sourcePath);
  const countries = world.objects.countries as GeometryCollection<{ name: string }>;
  const arcs: number[][][] = [];
  const geometries = neighbours.map(({ source, name, id, en, ko }) => {
    const geometry = countries.geometries.find((g) => String(g.id) === source);
    if (!geometry) fail(`${sourcePath} has no country ${source}`);
    const properties = geometry.properties as { name?: string } | undefined;
    if (properties?.name !== name) fail(`${source} is not ${name} in ${sourcePath}`);
    const shape = feature(world, geometry) as Feature<Polygon | MultiPolygon>;
    const rings = clippedRings(shape, box).map(outward);
    const polygons = rings.map((ring) => {
      const closed = [...ring, ring[0]!];
      arcs.push(
        closed.map((p, i) =>
          i ? [p[0]! - closed[i - 1]![0]!, p[1]! - closed[i - 1]![1]!] : [p[0]!, p[1]!],
        ),
      );
      return [[arcs.length - 1]];
    });
    return { type: 'MultiPolygon' as const, arcs: polygons, id, properties: { name: { en, ko } } };
  });
  return {
    type: 'Topology',
    bbox: box,
    transform: { scale: [grid, grid], translate: [0, 0] },
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs: arcs as Topology['arcs'],
  };
}

/** The generated module: both topologies as JSON text, parsed once when first asked for. */
async function moduleText(provincesText: string, contextText: string): Promise<string> {
  const literal = (json: string) => `'${json.trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const source = `// Generated by scripts/build-context.ts from ${provincesPath} and ${outputPath}: do not edit.
// JSON text rather than an object literal: parsed faster, and importable without a JSON loader.

/** The North Korea provinces (object \`provinces\`, ids KP-01 … KP-13, and \`islands\`). */
export const kpProvincesJson = ${literal(provincesText)};

/** China, South Korea and Russia around North Korea (object \`countries\`). */
export const kpContextJson = ${literal(contextText)};
`;
  const options = await resolveConfig(join(root, modulePath));
  return format(source, { ...options, filepath: join(root, modulePath) });
}

const topology = build();
const text = `${JSON.stringify(topology)}\n`;
const size = Buffer.byteLength(text);
if (size > 25_000) fail(`${outputPath} would be ${size} bytes; keep it under 25 kB`);
writeGenerated(
  outputPath,
  text,
  `${neighbours.map((n) => n.id).join(', ')} clipped to [${topology.bbox!.map((v) => v.toFixed(2)).join(', ')}], ${topology.arcs.length} rings, ${size} bytes.`,
);
const provincesText = readFileSync(join(root, provincesPath), 'utf8');
writeGenerated(
  modulePath,
  await moduleText(provincesText, text),
  `the provinces (${Buffer.byteLength(provincesText)} bytes) and their neighbours as a module.`,
);
