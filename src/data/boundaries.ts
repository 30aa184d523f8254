/**
 * Boundaries for a map: a TopoJSON topology (a file at a URL, an object given as a property,
 * or the map's built-in one) read into GeoJSON features once, with every problem reported by
 * its path in the file, like a dataset's. Never throws.
 */
import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { makeIssue, type DatasetIssue } from './dataset-issues.js';
import { errorText, parseJson } from './json-value.js';
import type { Text } from './text.js';
import { datasetError, type DatasetError } from './validate-dataset.js';

export type Shape = Feature<Polygon | MultiPolygon>;

/** A region of the boundaries: its id (a dataset region id) and the name the file gives it. */
export interface RegionShape {
  id: string;
  shape: Shape;
  name: Text | undefined;
}

export interface Boundaries {
  regions: RegionShape[];
  /** Polygons of the file that are no region (islets no region claims, other objects). */
  land: Shape[];
  /** Coordinates already projected (not longitude/latitude): drawn as they are. */
  planar: boolean;
}

export type BoundariesResult =
  { ok: true; boundaries: Boundaries } | { ok: false; error: DatasetError };

const what = 'The boundaries file';
const fail = (issues: DatasetIssue[]): BoundariesResult => ({
  ok: false,
  error: datasetError(issues, what),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const polygonal = (type: unknown) => type === 'Polygon' || type === 'MultiPolygon';

/** A name the file gives: a string, or an object of language tag to string. */
function nameOf(properties: unknown): Text | undefined {
  const name =
    isRecord(properties) && Object.hasOwn(properties, 'name') ? properties.name : undefined;
  if (typeof name === 'string' && name) return name;
  if (isRecord(name)) {
    const entries = Object.entries(name).filter(([, text]) => typeof text === 'string' && text);
    if (entries.length) return Object.fromEntries(entries) as Record<string, string>;
  }
  return undefined;
}

/** d3-geo reads rings by their winding: one wound the other way would cover the whole globe. */
function outward(shape: Shape): Shape {
  if (geoArea(shape) <= 2 * Math.PI) return shape;
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  const geometry = shape.geometry;
  return {
    ...shape,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: reverse(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverse) },
  };
}

/** True when no coordinate could be a longitude and latitude. */
function isPlanar(shapes: readonly Shape[]): boolean {
  for (const shape of shapes) {
    const geometry = shape.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const [x = 0, y = 0] of ring) if (Math.abs(x) > 180 || Math.abs(y) > 90) return true;
  }
  return false;
}

function geometriesOf(object: unknown): GeometryObject[] {
  if (!isRecord(object)) return [];
  if (object.type === 'GeometryCollection')
    return Array.isArray(object.geometries) ? (object.geometries as GeometryObject[]) : [];
  return [object as unknown as GeometryObject];
}

/**
 * Reads a parsed topology: the regions are the polygons of object `objectName` (default: the
 * first object) that have an id; every other polygon is plain land.
 */
export function readBoundaries(
  value: unknown,
  objectName?: string,
  requireRegions = true,
): BoundariesResult {
  if (!isRecord(value)) {
    const received = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : typeof value;
    return fail([makeIssue('', 'type', { expected: 'a TopoJSON topology (an object)', received })]);
  }
  if (value.type !== 'Topology') {
    const shown = JSON.stringify(value.type ?? null).slice(0, 60);
    return fail([makeIssue('type', 'one-of', { value: shown, allowed: '"Topology" (TopoJSON)' })]);
  }
  const issues: DatasetIssue[] = [];
  if (!Array.isArray(value.arcs)) issues.push(makeIssue('arcs', 'required'));
  const objects = isRecord(value.objects) ? value.objects : undefined;
  const names = objects ? Object.keys(objects) : [];
  if (!objects) issues.push(makeIssue('objects', 'required'));
  else if (!names.length) issues.push(makeIssue('objects', 'empty'));
  const name = objectName || names[0];
  if (objects && name !== undefined && !Object.hasOwn(objects, name))
    issues.push(makeIssue('objects', 'unknown-reference', { value: name, collection: 'objects' }));
  if (issues.length || !objects || name === undefined) return fail(issues);

  const topology = value as unknown as Topology;
  const regions: RegionShape[] = [];
  const land: Shape[] = [];
  // Each region id and the path of the geometry that has it, for a duplicate's message.
  const seen = new Map<string, string>();
  try {
    for (const objectKey of names) {
      geometriesOf(objects[objectKey]).forEach((geometry, index) => {
        if (!isRecord(geometry) || !polygonal(geometry.type)) return;
        const shape = outward(feature(topology, geometry) as Shape);
        const id = geometry.id;
        const isRegion =
          objectKey === name && (typeof id === 'string' || typeof id === 'number') && id !== '';
        if (!isRegion) {
          land.push(shape);
          return;
        }
        const at = `objects.${objectKey}.geometries[${index}]`;
        const other = seen.get(String(id));
        if (other !== undefined) {
          issues.push(makeIssue(`${at}.id`, 'duplicate-id', { value: String(id), other }));
          return;
        }
        seen.set(String(id), at);
        regions.push({ id: String(id), shape, name: nameOf(geometry.properties) });
      });
    }
  } catch {
    // Arcs or indexes that do not fit together: topojson-client throws on them.
    return fail([makeIssue('arcs', 'invalid')]);
  }
  if (requireRegions && !regions.length && !issues.length)
    issues.push(makeIssue(`objects.${name}`, 'too-few', { min: 1 }));
  if (issues.length) return fail(issues);
  return { ok: true, boundaries: { regions, land, planar: isPlanar(regions.map((r) => r.shape)) } };
}

/** Fetches and reads a TopoJSON file; HTTP, network and format problems come back as errors. */
export async function loadBoundaries(
  url: string,
  objectName: string | undefined,
  signal: AbortSignal,
  requireRegions = true,
): Promise<BoundariesResult> {
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) return fail([makeIssue('', 'http-status', { url, status: response.status })]);
    const json = parseJson(await response.text());
    if (!json.ok) return fail(json.issues);
    return readBoundaries(json.value, objectName, requireRegions);
  } catch (error) {
    return fail([makeIssue('', 'network', { url, detail: errorText(error) })]);
  }
}
