import { expect } from '@open-wc/testing';
import { readBoundaries } from '../../src/data/boundaries.js';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import { projectMap } from '../../src/map/map-geometry.js';

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

describe('boundaries', () => {
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
    const layout = projectMap(
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
