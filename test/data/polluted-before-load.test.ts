import { expect } from '@open-wc/testing';
import { exampleDataset } from '../fixtures/datasets.js';

// The host page polluted Object.prototype before this library was even loaded: the schemas
// must still be built and work. The library is imported only after the pollution, and each
// test file runs in its own page, so no other test has loaded it yet.
const pollution: Record<string, unknown> = {
  error: 'polluted',
  message: 'polluted',
  check: 'polluted',
  optional: true,
  regionId: 'XA-99',
  placeId: 'nowhere',
  en: 'polluted English',
  abort: true,
  shape: {},
};

describe('a page that polluted Object.prototype before loading the widgets', () => {
  before(() => {
    for (const [key, value] of Object.entries(pollution)) {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    }
  });

  after(() => {
    for (const key of Object.keys(pollution))
      delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('still validates a good dataset and rejects a bad one', async () => {
    const { validateDataset } = await import('../../src/data/validate-dataset.js');
    const good = validateDataset(exampleDataset());
    expect(good.ok, JSON.stringify(!good.ok && good.error.issues)).to.equal(true);
    expect(good.ok && Object.hasOwn(good.dataset.incidents[2]!, 'regionId')).to.equal(false);

    const bad = exampleDataset() as unknown as { incidents: { date: string }[] };
    bad.incidents[0]!.date = '2024-02-30';
    const result = validateDataset(bad);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error.issues.map((i) => i.path)).to.deep.equal([
      'incidents[0].date',
    ]);
  });

  it('still resolves text by own properties only', async () => {
    const { resolveText } = await import('../../src/data/text.js');
    expect(resolveText({ ko: '한국어' }, 'en').text).to.equal('한국어');
  });
});
