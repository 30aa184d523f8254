import { expect } from '@open-wc/testing';
import { nextInDirection, readingOrder } from '../../src/shared/spatial-focus.js';

describe('spatial-focus', () => {
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
