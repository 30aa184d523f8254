import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface ProvinceProperties {
  name: { en: string; ko: string };
}
type Province = Feature<Geometry, ProvinceProperties>;

interface DatasetExcerpt {
  regions: { id: string }[];
  places: { id: string; regionId: string; coordinates?: [number, number] }[];
}

const provinceIds = [
  'KP-01',
  'KP-02',
  'KP-03',
  'KP-04',
  'KP-05',
  'KP-06',
  'KP-07',
  'KP-08',
  'KP-09',
  'KP-10',
  'KP-13',
];

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  expect(response.ok, `${path} should be served, got status ${response.status}`).to.equal(true);
  return (await response.json()) as T;
}

describe('province boundaries (data/boundaries/kp-provinces.topo.json)', () => {
  let provinces: Map<string, Province>;
  let dataset: DatasetExcerpt;

  before(async () => {
    const topology = await fetchJson<Topology>('/data/boundaries/kp-provinces.topo.json');
    const object = topology.objects.provinces as GeometryCollection<ProvinceProperties>;
    const shapes = feature(topology, object).features;
    provinces = new Map(shapes.map((shape) => [String(shape.id), shape]));
    expect(provinces.size, 'province ids are unique').to.equal(shapes.length);
    dataset = await fetchJson<DatasetExcerpt>('/data/north-korea.json');
  });

  it('has exactly the ISO 3166-2 provinces, each named in English and Korean', () => {
    expect([...provinces.keys()].sort()).to.deep.equal(provinceIds);
    for (const [id, province] of provinces) {
      const { en, ko } = province.properties.name;
      expect(en, `${id} English name`).to.match(/\S/);
      expect(ko, `${id} Korean name`).to.match(/^[\uac00-\ud7a3]+$/);
    }
  });

  // A ring wound the wrong way round would contain the rest of the globe instead.
  it('is wound so that d3-geo finds a point in the right province only', () => {
    const pyongyang: [number, number] = [125.75, 39.03];
    const seoul: [number, number] = [126.98, 37.57];
    expect(geoContains(provinces.get('KP-01')!, pyongyang)).to.equal(true);
    expect(geoContains(provinces.get('KP-09')!, pyongyang)).to.equal(false);
    const containingSeoul = [...provinces].filter(([, shape]) => geoContains(shape, seoul));
    expect(containingSeoul.map(([id]) => id)).to.deep.equal([]);
  });

  it("puts every place of data/north-korea.json inside its region's shape", () => {
    for (const place of dataset.places) {
      if (!place.coordinates) continue;
      const shape = provinces.get(place.regionId);
      const label = `${place.id} (${place.coordinates.join(', ')}) in ${place.regionId}`;
      expect(shape, `a shape for ${label}`).to.not.equal(undefined);
      expect(geoContains(shape!, place.coordinates), label).to.equal(true);
    }
  });

  it('has a shape for every region of data/north-korea.json', () => {
    const missing = dataset.regions.map((region) => region.id).filter((id) => !provinces.has(id));
    expect(missing, 'regions without a shape').to.deep.equal([]);
  });
});
