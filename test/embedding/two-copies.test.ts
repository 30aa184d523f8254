import { expect, waitUntil } from '@open-wc/testing';
import { exampleDataset } from '../fixtures/datasets.js';
import { mountLinked } from '../fixtures/widget-helpers.js';

// A page that embeds the widgets twice (two embeds, each with its copy of the bundle), and a
// host that already uses Lit (this test page does): nothing throws, and the widgets work.
// The bundle is dist/civic-space-widgets.js, which `npm test` builds before the browsers run.
const bundle = '/dist/civic-space-widgets.js';

describe('two copies of the widgets on one page', () => {
  it('load side by side, the first registering the elements for both', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const response = await fetch(bundle, { method: 'HEAD' });
      expect(response.ok, `${bundle} is missing: run npm run build first`).to.equal(true);
      await import(/* @vite-ignore */ `${bundle}?copy=1`);
      await import(/* @vite-ignore */ `${bundle}?copy=2`);
      // And the sources a bundling site would import, after both bundles.
      await import('../../src/index.js');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const name of [
      'civic-dataset',
      'civic-incident-timeline',
      'civic-province-map',
      'civic-recommendation-tracker',
    ]) {
      expect(customElements.get(name), name).to.not.equal(undefined);
    }
    const { widget: timeline } = await mountLinked(
      'civic-incident-timeline',
      { data: exampleDataset() },
      { width: 900 },
    );
    await waitUntil(
      () => timeline.shadowRoot?.querySelectorAll('[part="incident"]').length === 3,
      'drawn',
    );
  });
});
