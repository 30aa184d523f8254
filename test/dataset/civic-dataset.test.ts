import { ContextConsumer } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { DatasetState } from '../../src/data/dataset-state.js';
import '../../src/dataset/civic-dataset.js';
import type { CivicDataset } from '../../src/dataset/civic-dataset.js';
import { datasetContext } from '../../src/provider/dataset-context.js';
import { filterContext, type FilterContextValue } from '../../src/provider/filter-context.js';
import type {
  CivicErrorEvent,
  CivicFilterChangeEvent,
  CivicLoadEvent,
} from '../../src/provider/events.js';
import { exampleDataset } from '../fixtures/datasets.js';

/** A stand-in widget that records what `<civic-dataset>` provides. */
class ContextProbe extends LitElement {
  datasetConsumer = new ContextConsumer(this, { context: datasetContext, subscribe: true });
  filterConsumer = new ContextConsumer(this, { context: filterContext, subscribe: true });
  get state(): DatasetState | undefined {
    return this.datasetConsumer.value;
  }
  get shared(): FilterContextValue | undefined {
    return this.filterConsumer.value;
  }
}
customElements.define('test-context-probe', ContextProbe);

async function settled(element: CivicDataset, status: DatasetState['status']) {
  const probe = element.querySelector<ContextProbe>('test-context-probe')!;
  await waitUntil(() => probe.state?.status === status, `dataset ${status}`, { timeout: 5000 });
  return probe;
}

describe('<civic-dataset>', () => {
  it('loads `src`, fires civic-load and provides the dataset to descendants', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset
        ><div><test-context-probe></test-context-probe></div
      ></civic-dataset>`,
    );
    const loaded = oneEvent<CivicLoadEvent>(element, 'civic-load');
    element.src = '/data/north-korea.json';
    const event = await loaded;
    expect(event.detail.dataset.country.code).to.equal('KP');
    expect(event.bubbles && event.composed).to.equal(true);
    const probe = await settled(element, 'ready');
    expect(probe.state?.status === 'ready' && probe.state.dataset.id).to.equal('north-korea');
  });

  it('takes a `data` object and validates it', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset .data=${exampleDataset()}
        ><test-context-probe></test-context-probe
      ></civic-dataset>`,
    );
    const probe = await settled(element, 'ready');
    expect(probe.state?.status === 'ready' && probe.state.dataset.incidents.length).to.equal(3);
  });

  it('fires civic-error with every path when the data is invalid, and provides the error', async () => {
    const data = exampleDataset() as unknown as Record<string, unknown>;
    data.updated = '2024-13';
    data.id = '';
    const element = await fixture<CivicDataset>(
      html`<civic-dataset><test-context-probe></test-context-probe></civic-dataset>`,
    );
    const failed = oneEvent<CivicErrorEvent>(element, 'civic-error');
    element.data = data;
    const event = await failed;
    expect(event.detail.issues.map((i) => i.path)).to.have.members(['id', 'updated']);
    expect(event.detail.message).to.include('2 problems');
    const probe = await settled(element, 'error');
    expect(probe.state?.status === 'error' && probe.state.error.issues).to.have.length(2);
  });

  it('fires civic-error for a 404', async () => {
    const element = await fixture<CivicDataset>(html`<civic-dataset></civic-dataset>`);
    const failed = oneEvent<CivicErrorEvent>(element, 'civic-error');
    element.src = '/data/missing.json';
    const event = await failed;
    expect(event.detail.issues[0]!.message).to.include('404');
  });

  it('lets the later `src` win when `src` changes mid-flight', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset><test-context-probe></test-context-probe></civic-dataset>`,
    );
    const loads: string[] = [];
    element.addEventListener('civic-load', (e) => loads.push(e.detail.dataset.id));
    element.src = '/test-server/delay/600/data/north-korea.json';
    await element.updateComplete;
    element.data = undefined;
    element.src = '/test-server/delay/50/test/fixtures/example-dataset.json';
    const probe = await settled(element, 'ready');
    expect(probe.state?.status === 'ready' && probe.state.dataset.id).to.equal('example');
    // Wait past the slow response: it must not replace the newer dataset.
    await new Promise((done) => setTimeout(done, 900));
    expect(probe.state?.status === 'ready' && probe.state.dataset.id).to.equal('example');
    expect(loads).to.deep.equal(['example']);
  });

  it('shares one filter: a widget sets it, the others see it, and civic-filter-change fires', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset .data=${exampleDataset()}>
        <test-context-probe id="a"></test-context-probe>
        <section><test-context-probe id="b"></test-context-probe></section>
      </civic-dataset>`,
    );
    const [a, b] = ['a', 'b'].map((id) => element.querySelector<ContextProbe>(`#${id}`)!);
    const changed = oneEvent<CivicFilterChangeEvent>(element, 'civic-filter-change');
    a!.shared!.setFilter({ categoryIds: [], regionIds: ['XA-01'] });
    const event = await changed;
    expect(event.detail.filter.regionIds).to.deep.equal(['XA-01']);
    await waitUntil(
      () => b!.shared?.filter.regionIds[0] === 'XA-01',
      'the other widget sees the filter',
    );
    expect(element.filter.regionIds).to.deep.equal(['XA-01']);
  });

  it('does not fire civic-filter-change when the page sets `filter`', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset .data=${exampleDataset()}
        ><test-context-probe></test-context-probe
      ></civic-dataset>`,
    );
    let fired = 0;
    element.addEventListener('civic-filter-change', () => (fired += 1));
    element.filter = { categoryIds: ['assembly'], regionIds: 'not a list', from: '2024-99' };
    await element.updateComplete;
    const probe = element.querySelector<ContextProbe>('test-context-probe')!;
    await waitUntil(() => probe.shared?.filter.categoryIds[0] === 'assembly');
    expect(probe.shared!.filter).to.deep.equal({ categoryIds: ['assembly'], regionIds: [] });
    expect(fired).to.equal(0);
  });

  it('does not redraw the widgets when a framework hands back the filter an event gave it', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset .data=${exampleDataset()}
        ><test-context-probe></test-context-probe
      ></civic-dataset>`,
    );
    const probe = element.querySelector<ContextProbe>('test-context-probe')!;
    const changed = oneEvent<CivicFilterChangeEvent>(element, 'civic-filter-change');
    probe.shared!.setFilter({ categoryIds: [], regionIds: ['XA-01'] });
    const { filter } = (await changed).detail;
    await element.updateComplete;
    const shared = probe.shared;
    // As React's and Vue's pages do: the state the event set comes back as the property.
    element.filter = structuredClone(filter);
    await element.updateComplete;
    expect(probe.shared === shared, 'the widgets keep the same filter value').to.be.true;
    element.filter = { ...filter, regionIds: ['XA-02'] };
    await element.updateComplete;
    expect(probe.shared === shared, 'a different filter reaches them').to.be.false;
  });

  it('aborts its fetch when removed, and loads again when put back', async () => {
    const element = await fixture<CivicDataset>(
      html`<civic-dataset src="/test-server/delay/300/data/north-korea.json"
        ><test-context-probe></test-context-probe
      ></civic-dataset>`,
    );
    const parent = element.parentNode!;
    element.remove();
    let loads = 0;
    element.addEventListener('civic-load', () => (loads += 1));
    await new Promise((done) => setTimeout(done, 500));
    expect(loads).to.equal(0);
    parent.appendChild(element);
    await settled(element, 'ready');
    expect(loads).to.equal(1);
  });

  describe('sync-url', () => {
    const start = location.pathname + location.search;
    afterEach(() => history.replaceState(history.state, '', start));

    it('mirrors the filter a widget sets in the page URL, keeping the page’s own parameters', async () => {
      history.replaceState(history.state, '', `${location.pathname}?page=2`);
      const element = await fixture<CivicDataset>(
        html`<civic-dataset sync-url .data=${exampleDataset()}
          ><test-context-probe></test-context-probe
        ></civic-dataset>`,
      );
      const probe = await settled(element, 'ready');
      probe.shared!.setFilter({ categoryIds: [], regionIds: ['XA-01'], from: '2024-09' });
      await element.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(params.get('page')).to.equal('2');
      expect(params.get('civic-regions')).to.equal('XA-01');
      expect(params.get('civic-from')).to.equal('2024-09');
      probe.shared!.setFilter({ categoryIds: [], regionIds: [] });
      await element.updateComplete;
      expect(location.search).to.equal('?page=2');
    });

    it('opens on the filter the URL names, so a shared link shows what its sender saw', async () => {
      history.replaceState(history.state, '', `${location.pathname}?nk-regions=XA-02&nk-q=ban`);
      const element = await fixture<CivicDataset>(
        html`<civic-dataset sync-url="nk" .data=${exampleDataset()}
          ><test-context-probe></test-context-probe
        ></civic-dataset>`,
      );
      const probe = await settled(element, 'ready');
      expect(probe.shared!.filter).to.deep.equal({
        categoryIds: [],
        regionIds: ['XA-02'],
        query: 'ban',
      });
      expect(element.filter.regionIds).to.deep.equal(['XA-02']);
    });

    it('leaves the URL alone without sync-url', async () => {
      history.replaceState(history.state, '', `${location.pathname}?civic-regions=XA-02`);
      const element = await fixture<CivicDataset>(
        html`<civic-dataset .data=${exampleDataset()}
          ><test-context-probe></test-context-probe
        ></civic-dataset>`,
      );
      const probe = await settled(element, 'ready');
      expect(probe.shared!.filter.regionIds).to.deep.equal([]);
      probe.shared!.setFilter({ categoryIds: ['assembly'], regionIds: [] });
      await element.updateComplete;
      expect(location.search).to.equal('?civic-regions=XA-02');
    });
  });
});
