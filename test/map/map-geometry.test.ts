import { expect } from '@open-wc/testing';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import { mapPadding, projectMap } from '../../src/map/map-geometry.js';

describe('map-geometry', () => {
  it('projectMap() fits the provinces to the width, as tall as their shape, within the box', () => {
    const layout = projectMap(builtInBoundaries().provinces, undefined, 600, 2000);
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

  it('projectMap() keeps the shape inside a shorter box when the height is capped', () => {
    const layout = projectMap(builtInBoundaries().provinces, undefined, 1000, 300);
    expect(layout.height).to.equal(300);
    for (const region of layout.regions) expect(region.y).to.be.within(0, 300);
  });

  it('projectMap() projects places inside the box and nothing outside it', () => {
    const layout = projectMap(builtInBoundaries().provinces, builtInBoundaries().context, 500, 800);
    const hoeryong = layout.project([129.75, 42.44])!;
    const sinuiju = layout.project([124.4, 40.1])!;
    expect(hoeryong[0]).to.be.greaterThan(sinuiju[0]);
    expect(hoeryong[1]).to.be.lessThan(sinuiju[1]);
    expect(layout.project([139.7, 35.7])).to.equal(undefined);
    expect(layout.context).to.match(/^M/);
  });
});
