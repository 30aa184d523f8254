import { expect } from '@open-wc/testing';
import { parseJson, toJsonValue } from '../../src/data/json-value.js';
import { validateDataset, validateJsonValue } from '../../src/data/validate-dataset.js';
import { exampleDataset } from '../fixtures/datasets.js';

type Polluted = Record<string, unknown>;

describe('JSON values and a polluted Object.prototype', () => {
  afterEach(() => {
    delete (Object.prototype as Polluted).regionId;
    delete (Object.prototype as Polluted).summary;
    delete (Object.prototype as Polluted).en;
  });

  it('parseJson() builds objects without a prototype', () => {
    const result = parseJson('{"a": {"b": [ {"c": 1} ]}}');
    expect(result.ok).to.equal(true);
    const value = result.ok ? (result.value as Polluted) : {};
    expect(Object.getPrototypeOf(value)).to.equal(null);
    expect(Object.getPrototypeOf((value.a as Polluted).b)).to.equal(Array.prototype);
  });

  it('parseJson() keeps "__proto__" as an ordinary key', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "x": 1}');
    const value = result.ok ? (result.value as Polluted) : {};
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'x']);
    expect(({} as Polluted).polluted).to.equal(undefined);
  });

  it('parseJson() reports malformed JSON as an issue, never a throw', () => {
    for (const text of ['', '{', '{"a": 1,}', 'undefined', "{'a': 1}", '[1, 2']) {
      const result = parseJson(text);
      expect(result.ok, text).to.equal(false);
      expect(!result.ok && result.issues[0]!.code).to.equal('invalid-json');
    }
  });

  it('a field polluted after load is not read as the missing field', () => {
    const result = validateDataset(exampleDataset());
    (Object.prototype as Polluted).regionId = 'XA-01';
    (Object.prototype as Polluted).summary = 'injected';
    const unlocated = result.ok ? result.dataset.incidents[2]! : undefined;
    expect(unlocated?.regionId).to.equal(undefined);
    expect(unlocated?.summary).to.equal(undefined);
  });

  it('a field polluted before validation neither passes a missing field nor breaks the checks', () => {
    (Object.prototype as Polluted).regionId = 'XA-99';
    const result = validateDataset(exampleDataset());
    expect(result.ok, JSON.stringify(!result.ok && result.error.issues)).to.equal(true);
    expect(result.ok && Object.hasOwn(result.dataset.incidents[2]!, 'regionId')).to.equal(false);
  });

  it('a polluted prototype cannot supply a required field', () => {
    const text = JSON.stringify(exampleDataset()).replace('"publisher":"Example Monitor",', '');
    (Object.prototype as Polluted).publisher = 'Injected';
    try {
      const parsed = parseJson(text);
      const result = parsed.ok ? validateJsonValue(parsed.value) : undefined;
      expect(result?.ok).to.equal(false);
      expect(!result?.ok && result?.error.issues.map((i) => i.path)).to.include(
        'sources[0].publisher',
      );
    } finally {
      delete (Object.prototype as Polluted).publisher;
    }
  });

  it('toJsonValue() copies into objects without a prototype, reading own properties only', () => {
    const input = Object.create({ inherited: 'from prototype' }) as Polluted;
    input.own = 1;
    const result = toJsonValue({ nested: { own: 1 } });
    expect(result.ok && Object.getPrototypeOf((result.value as Polluted).nested)).to.equal(null);
    const inherited = toJsonValue(input);
    // An object with a prototype other than Object's is not JSON: refused, not half-copied.
    expect(inherited.ok).to.equal(false);
  });

  it('toJsonValue() keeps a "__proto__" key as an ordinary key', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as unknown;
    const result = toJsonValue(input);
    const value = result.ok ? (result.value as Polluted) : {};
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'x']);
    expect(Object.getPrototypeOf(value)).to.equal(null);
    expect((value as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('toJsonValue() survives a getter that throws', () => {
    const input = {
      get boom(): never {
        throw new Error('getter');
      },
    };
    const result = toJsonValue(input);
    expect(result.ok).to.equal(false);
  });

  it('toJsonValue() refuses nesting deeper than a dataset ever needs', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    const result = toJsonValue(deep);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.code).to.equal('too-deep');
  });
});
