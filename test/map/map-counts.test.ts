import { expect } from '@open-wc/testing';
import type { Incident } from '../../src/data/schema.js';
import { countIncidents, valueOf } from '../../src/map/map-counts.js';

const incident = (
  id: string,
  regionId?: string,
  peopleAffected?: Incident['peopleAffected'],
  placeId?: string,
  verification?: Incident['verification'],
) =>
  ({
    id,
    date: '2024',
    title: id,
    categoryIds: ['c'],
    sourceIds: ['s'],
    ...(regionId && { regionId }),
    ...(placeId && { placeId }),
    ...(peopleAffected !== undefined && { peopleAffected }),
    ...(verification && { verification }),
  }) as Incident;

// Tallies of datasets without ranges or verification: what they always counted, and nothing more.
const plain = { ranged: 0, unverified: 0 };

describe('map-counts', () => {
  it('countIncidents() counts per region and place, zero for quiet regions, and apart those without a region', () => {
    const counts = countIncidents(
      [
        incident('a', 'R1', 3, 'p'),
        incident('b', 'R1'),
        incident('c', 'R2', 0),
        incident('d', undefined, 4),
        incident('e'),
      ],
      ['R1', 'R2', 'R3'],
    );
    expect(counts.byRegion.get('R1')).to.deep.equal({
      incidents: 2,
      people: 3,
      withoutNumber: 1,
      ...plain,
    });
    expect(counts.byRegion.get('R3')).to.deep.equal({
      incidents: 0,
      people: 0,
      withoutNumber: 0,
      ...plain,
    });
    expect(counts.byPlace.get('p')!.incidents).to.equal(1);
    expect(counts.unlocated).to.deep.equal({ incidents: 2, people: 4, withoutNumber: 1, ...plain });
    expect(counts.all.incidents).to.equal(5);
    expect(valueOf(counts.byRegion.get('R1'), 'people')).to.equal(3);
    expect(valueOf(undefined, 'incidents')).to.equal(0);
  });

  it('countIncidents() sums the least number of a range, and counts ranges and unverified reports', () => {
    const counts = countIncidents(
      [
        incident('a', 'R1', { min: 30 }),
        incident('b', 'R1', { min: 12, max: 20 }, undefined, 'reported'),
        incident('c', 'R1', 5, undefined, 'verified'),
        incident('d', 'R2', undefined, undefined, 'alleged'),
      ],
      ['R1', 'R2'],
    );
    expect(counts.byRegion.get('R1')).to.deep.equal({
      incidents: 3,
      people: 47,
      withoutNumber: 0,
      ranged: 2,
      unverified: 1,
    });
    expect(counts.byRegion.get('R2')).to.include({ unverified: 1, withoutNumber: 1 });
    expect(valueOf(counts.byRegion.get('R1'), 'people')).to.equal(47);
  });
});
