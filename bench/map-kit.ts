/**
 * What the province map's benchmark pages share: the dataset and filter types, the contender
 * interface, the size of the map, and the built-in provinces as GeoJSON for the peers.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { kpProvincesJson } from '../src/map/default-boundaries.generated.js';
import type { syntheticKoreaDataset } from '../test/fixtures/map-datasets.js';

export type Dataset = ReturnType<typeof syntheticKoreaDataset>;
export interface Filter {
  categoryIds: string[];
  regionIds: string[];
}
export interface Mounted {
  /** Applies a filter; resolves when its result is in the DOM / canvas (before paint). */
  filter(filter: Filter): Promise<void>;
  dispose(): void;
}
export interface Contender {
  name: string;
  prepare?(container: HTMLElement, dataset: Dataset): Promise<void>;
  mount(container: HTMLElement, dataset: Dataset): Promise<Mounted>;
}

export const width = 800;
export const height = 760;
const topology = JSON.parse(kpProvincesJson) as Topology;
export const provinces = feature(
  topology,
  topology.objects.provinces as GeometryCollection,
) as unknown as FeatureCollection;

/** What the chart libraries leave to the embedder: incidents per region in the filter. */
export function countsFor(dataset: Dataset, filter?: Filter): Map<string, number> {
  const counts = new Map(dataset.regions.map((r) => [r.id, 0]));
  for (const incident of dataset.incidents) {
    const regionId = incident.regionId as string | undefined;
    if (!regionId) continue;
    const categories = incident.categoryIds as string[];
    if (filter?.categoryIds.length && !categories.some((c) => filter.categoryIds.includes(c)))
      continue;
    counts.set(regionId, (counts.get(regionId) ?? 0) + 1);
  }
  return counts;
}
