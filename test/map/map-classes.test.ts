import { expect } from '@open-wc/testing';
import {
  classBreaks,
  classLabels,
  classOf,
  colorStep,
  niceCeil,
} from '../../src/map/map-classes.js';

describe('map-classes', () => {
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
});
