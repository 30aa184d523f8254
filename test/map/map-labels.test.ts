import { expect } from '@open-wc/testing';
import { placeLabels, textWidth, type LabelCandidate } from '../../src/map/map-labels.js';

describe('map-labels', () => {
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
});
