import { expect } from '@open-wc/testing';
import type { Incident } from '../../src/data/schema.js';
import { builtInBoundaries, readBoundaries } from '../../src/map/map-boundaries.js';
import {
  classBreaks,
  classLabels,
  classOf,
  colorStep,
  countIncidents,
  layoutMap,
  mapPadding,
  nextInDirection,
  niceCeil,
  placeLabels,
  readingOrder,
  textWidth,
  valueOf,
  type LabelCandidate,
} from '../../src/map/map-layout.js';

const square = (x: number, y: number, size = 1) => ({
  type: 'Topology',
  objects: {
    regions: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: 'A', arcs: [[0]], properties: { name: 'A' } }],
    },
  },
  arcs: [
    [
      [x, y],
      [x, y + size],
      [x + size, y + size],
      [x + size, y],
      [x, y],
    ],
  ],
});

const incident = (id: string, regionId?: string, peopleAffected?: number, placeId?: string) =>
  ({
    id,
    date: '2024',
    title: id,
    categoryIds: ['c'],
    sourceIds: ['s'],
    ...(regionId && { regionId }),
    ...(placeId && { placeId }),
    ...(peopleAffected !== undefined && { peopleAffected }),
  }) as Incident;

describe('map-boundaries', () => {
  it('readBoundaries() reads the built-in provinces: 11 regions with names, islets as land', () => {
    const { provinces, context } = builtInBoundaries();
    expect(provinces.regions.map((r) => r.id)).to.have.length(11);
    expect(provinces.regions[8]).to.include({ id: 'KP-09' });
    expect(provinces.regions[8]!.name).to.deep.equal({ en: 'North Hamgyong', ko: '함경북도' });
    expect(provinces.land).to.have.length(1);
    expect(provinces.planar).to.equal(false);
    expect(context.regions.map((r) => r.id)).to.deep.equal(['CN', 'KR', 'RU']);
  });

  it('readBoundaries() reports what is not TopoJSON by path', () => {
    const notObject = readBoundaries([1, 2]);
    expect(notObject.ok).to.equal(false);
    const geoJson = readBoundaries({ type: 'FeatureCollection', features: [] });
    expect(!geoJson.ok && geoJson.error.issues.map((i) => i.path)).to.deep.equal(['type']);
    const noObjects = readBoundaries({ type: 'Topology', arcs: [] });
    expect(!noObjects.ok && noObjects.error.issues.map((i) => i.path)).to.deep.equal(['objects']);
    const missing = readBoundaries(square(0, 0), 'nope');
    expect(!missing.ok && missing.error.issues[0]!.message).to.include('nope');
    const badArcs = readBoundaries({ ...square(0, 0), arcs: 'x' });
    expect(!badArcs.ok && badArcs.error.issues[0]!.path).to.equal('arcs');
  });

  it('readBoundaries() rewinds a ring wound inside out instead of drawing the whole globe', () => {
    const topology = square(10, 10);
    topology.arcs[0]!.reverse();
    const result = readBoundaries(topology);
    expect(result.ok).to.equal(true);
    const layout = layoutMap(
      result.ok ? result.boundaries : builtInBoundaries().provinces,
      undefined,
      200,
      400,
    );
    expect(layout.regions[0]!.area).to.be.greaterThan(150 * 150);
  });

  it('readBoundaries() draws projected (planar) coordinates as they are', () => {
    const result = readBoundaries(square(5000, 5000, 1000));
    expect(result.ok && result.boundaries.planar).to.equal(true);
  });
});

describe('map-layout', () => {
  it('layoutMap() fits the provinces to the width, as tall as their shape, within the box', () => {
    const layout = layoutMap(builtInBoundaries().provinces, undefined, 600, 2000);
    expect(layout.width).to.equal(600);
    expect(layout.height).to.be.within(450, 800);
    for (const region of layout.regions) {
      expect(region.d).to.match(/^M/);
      expect(region.x).to.be.within(mapPadding, 600 - mapPadding);
      expect(region.y).to.be.within(mapPadding, layout.height - mapPadding);
    }
    const xs = layout.regions.flatMap((r) => [r.x - r.width / 2, r.x + r.width / 2]);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.greaterThan(400);
  });

  it('layoutMap() keeps the shape inside a shorter box when the height is capped', () => {
    const layout = layoutMap(builtInBoundaries().provinces, undefined, 1000, 300);
    expect(layout.height).to.equal(300);
    for (const region of layout.regions) expect(region.y).to.be.within(0, 300);
  });

  it('layoutMap() projects places inside the box and nothing outside it', () => {
    const layout = layoutMap(builtInBoundaries().provinces, builtInBoundaries().context, 500, 800);
    const hoeryong = layout.project([129.75, 42.44])!;
    const sinuiju = layout.project([124.4, 40.1])!;
    expect(hoeryong[0]).to.be.greaterThan(sinuiju[0]);
    expect(hoeryong[1]).to.be.lessThan(sinuiju[1]);
    expect(layout.project([139.7, 35.7])).to.equal(undefined);
    expect(layout.context).to.match(/^M/);
  });

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
    expect(counts.byRegion.get('R1')).to.deep.equal({ incidents: 2, people: 3, withoutNumber: 1 });
    expect(counts.byRegion.get('R3')).to.deep.equal({ incidents: 0, people: 0, withoutNumber: 0 });
    expect(counts.byPlace.get('p')!.incidents).to.equal(1);
    expect(counts.unlocated).to.deep.equal({ incidents: 2, people: 4, withoutNumber: 1 });
    expect(counts.all.incidents).to.equal(5);
    expect(valueOf(counts.byRegion.get('R1'), 'people')).to.equal(3);
    expect(valueOf(undefined, 'incidents')).to.equal(0);
  });

  it('classBreaks() gives one class per number when the largest is small', () => {
    expect(classBreaks([0, 1, 3])).to.deep.equal([1, 2, 3]);
    expect(classBreaks([0, 0])).to.deep.equal([]);
  });

  it('classBreaks() gives equal rounded steps for even values', () => {
    expect(classBreaks([10, 40, 55, 80, 100])).to.deep.equal([20, 40, 60, 80, 100]);
    expect(classBreaks([7, 6])).to.deep.equal([2, 4, 6, 8]);
  });

  it('classBreaks() gives growing rounded steps when values span orders of magnitude', () => {
    const breaks = classBreaks([1, 1, 2, 3, 1000]);
    expect(breaks.length).to.be.within(3, 5);
    expect(breaks[breaks.length - 1]).to.equal(1000);
    breaks.forEach((b) => expect(String(b)).to.match(/^[1235]0*$/));
    expect(breaks[0]).to.be.lessThan(10);
  });

  it('classOf() puts zero in a class of its own and bounds inclusive', () => {
    const breaks = [2, 4, 6];
    expect([0, 1, 2, 3, 6, 7].map((v) => classOf(v, breaks))).to.deep.equal([0, 1, 1, 2, 3, 3]);
  });

  it('colorStep() spreads fewer classes over the whole ramp', () => {
    expect([1, 2, 3].map((k) => colorStep(k, 3))).to.deep.equal([1, 3, 5]);
    expect(colorStep(0, 3)).to.equal(0);
    expect(colorStep(1, 1)).to.equal(3);
  });

  it('classLabels() names each class by its whole numbers', () => {
    expect(classLabels([1, 2, 5, 10], 'en')).to.deep.equal(['1', '2', '3–5', '6–10']);
    expect(classLabels([2000], 'en')).to.deep.equal(['1–2,000']);
    expect(niceCeil(7)).to.equal(10);
    expect(niceCeil(2.4)).to.equal(3);
  });

  it('placeLabels() drops the lower-priority label that would overlap another', () => {
    const candidates: LabelCandidate[] = [
      { id: 'big', text: 'Big region', x: 100, y: 100, kind: 'region', priority: 10 },
      { id: 'near', text: 'Near region', x: 105, y: 100, kind: 'region', priority: 5 },
      { id: 'far', text: 'Far', x: 300, y: 300, kind: 'region', priority: 1 },
    ];
    const placed = placeLabels(candidates, { width: 400, height: 400 });
    const ids = placed.map((l) => l.id);
    expect(ids).to.include('big');
    expect(ids).to.include('far');
    // "near" moves above or below "big", or is dropped: never on top of it.
    const near = placed.find((l) => l.id === 'near');
    if (near) expect(Math.abs(near.y - 100)).to.be.at.least(12);
  });

  it('placeLabels() drops the name of a region much narrower than the name', () => {
    const placed = placeLabels(
      [
        {
          id: 'tiny',
          text: 'A long name',
          x: 50,
          y: 50,
          kind: 'region',
          priority: 1,
          fitWidth: 10,
        },
      ],
      { width: 400, height: 400 },
    );
    expect(placed).to.deep.equal([]);
  });

  it('placeLabels() puts a place name beside its marker, and on the other side at the edge', () => {
    const [right] = placeLabels(
      [{ id: 'p', text: 'Town', x: 50, y: 50, kind: 'place', priority: 1 }],
      { width: 400, height: 400 },
    );
    expect(right).to.include({ anchor: 'start' });
    expect(right!.x).to.be.greaterThan(50);
    const [left] = placeLabels(
      [{ id: 'p', text: 'Town', x: 395, y: 50, kind: 'place', priority: 1 }],
      { width: 400, height: 400 },
    );
    expect(left).to.include({ anchor: 'end' });
    expect(textWidth('함경북도', 10)).to.equal(40);
  });

  it('nextInDirection() moves to the nearest stop east, west, north or south', () => {
    const stops = [
      { id: 'centre', x: 100, y: 100 },
      { id: 'east', x: 200, y: 110 },
      { id: 'far-east', x: 400, y: 100 },
      { id: 'north', x: 90, y: 20 },
      { id: 'south-east', x: 180, y: 260 },
    ];
    expect(nextInDirection(stops, 'centre', 'right')).to.equal('east');
    expect(nextInDirection(stops, 'centre', 'up')).to.equal('north');
    expect(nextInDirection(stops, 'centre', 'down')).to.equal('south-east');
    expect(nextInDirection(stops, 'centre', 'left')).to.equal(undefined);
    expect(readingOrder(stops).map((s) => s.id)[0]).to.equal('north');
  });
});
