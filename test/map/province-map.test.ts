import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import type { CivicErrorEvent, CivicSelectEvent } from '../../src/provider/events.js';
import '../../src/map/province-map.js';
import type { ProvinceMap } from '../../src/map/province-map.js';
import { exampleDataset } from '../fixtures/datasets.js';
import {
  createWidget,
  mountLinked,
  mountWidget,
  pressOn,
  type DatasetSource,
} from '../fixtures/widget-helpers.js';
import { click, press, resetMouse } from '../fixtures/real-input.js';
import {
  armeniaDataset,
  hostileKoreaDataset,
  syntheticKoreaDataset,
} from '../fixtures/map-datasets.js';

const armeniaGeo = '/test/fixtures/am-provinces.topo.json';
const root = (el: ProvinceMap) => el.shadowRoot!;
const regions = (el: ProvinceMap) => [
  ...root(el).querySelectorAll<SVGPathElement>('[part="region"]'),
];
const region = (el: ProvinceMap, id: string) =>
  root(el).querySelector<SVGPathElement>(`[part="region"][data-id="${id}"]`)!;
const place = (el: ProvinceMap, id: string) =>
  root(el).querySelector<SVGCircleElement>(`[part="place"][data-id="${id}"]`)!;

async function drawn(el: ProvinceMap) {
  await waitUntil(() => regions(el).length > 0, 'regions drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function standalone(data: unknown, attributes = '', width = 600) {
  return mountWidget<ProvinceMap>('civic-province-map', data, attributes, width);
}

/**
 * A map given `properties` before it enters the page, and the civic-error it fires: it enters
 * a moment later, once the listener is waiting.
 */
async function failing(properties: Partial<ProvinceMap>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = createWidget<ProvinceMap>({ tag: 'civic-province-map', properties });
  setTimeout(() => wrapper.append(el));
  const event = (await oneEvent(el, 'civic-error')) as CivicErrorEvent;
  return { el, event };
}

/** The map inside <civic-dataset>, which is given `source`. */
async function linked(source: DatasetSource, width = 600) {
  return mountLinked<ProvinceMap>('civic-province-map', source, { width });
}

const tableToggle = (el: ProvinceMap) =>
  root(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;

describe('<civic-province-map>', () => {
  // A test that fails half-way through must not leave the mouse where the next one starts.
  afterEach(() => resetMouse());

  describe('accessibility', () => {
    it('passes axe with the bundled dataset', async () => {
      const el = await drawn((await linked({ src: '/data/north-korea.json' }, 700)).widget);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a region selected, the table open, in Korean', async () => {
      const el = await drawn(await standalone(syntheticKoreaDataset(), 'lang="ko"'));
      await click(region(el, 'KP-09'));
      await el.updateComplete;
      await click(tableToggle(el));
      await el.updateComplete;
      // What axe checks is really there: the region selected, its detail and the table shown.
      expect(region(el, 'KP-09').getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelector('[part="detail"]')).to.exist;
      expect(root(el).querySelectorAll('[part="table"] tbody tr').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('says in a sentence what the map shows, with the incidents without a location', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      expect(root(el).querySelector('#summary')!.textContent).to.equal(
        'Incidents documented in 5 of 11 regions; most in Shirak (4). 2 incidents without a stated location.',
      );
    });
  });

  describe('rendering', () => {
    it('draws the built-in provinces and every place with coordinates, with data-id, and no request but the dataset', async () => {
      const requested: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requested.push(String(input instanceof Request ? input.url : input));
        return original(input, init);
      };
      const before = performance.getEntriesByType('resource').length;
      try {
        const wrapper = await fixture(
          html`<div style="width: 600px">
            <civic-province-map src="/data/north-korea.json"></civic-province-map>
          </div>`,
        );
        const el = await drawn(wrapper.querySelector<ProvinceMap>('civic-province-map')!);
        expect(regions(el).map((r) => r.dataset.id)).to.have.members([
          'KP-01', 'KP-02', 'KP-03', 'KP-04', 'KP-05', 'KP-06',
          'KP-07', 'KP-08', 'KP-09', 'KP-10', 'KP-13',
        ]); // prettier-ignore
        const places = [...root(el).querySelectorAll('[part="place"]')].map((p) =>
          p.getAttribute('data-id'),
        );
        expect(places).to.have.members(['hoeryong', 'sinuiju', 'haeju', 'kaepung']);
        expect(requested).to.deep.equal(['/data/north-korea.json']);
        const resources = performance
          .getEntriesByType('resource')
          .slice(before)
          .map((e) => new URL(e.name).pathname)
          .filter((path) => !path.endsWith('.js') && !path.endsWith('.ts'));
        expect(resources).to.deep.equal(['/data/north-korea.json']);
      } finally {
        window.fetch = original;
      }
    });

    it('colours by class, tells zero from no data, and counts what has no location', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      // Shirak 4, Yerevan 2, then 1s: classes 1, 2, 3, 4 → steps 1, 2, 4, 5.
      expect(region(el, 'AM-SH').classList.contains('s5')).to.equal(true);
      expect(region(el, 'AM-ER').classList.contains('s2')).to.equal(true);
      expect(region(el, 'AM-TV').classList.contains('s0')).to.equal(true);
      expect(region(el, 'AM-VD').classList.contains('no-data')).to.equal(true);
      expect(region(el, 'AM-VD').getAttribute('aria-label')).to.equal('Vayots Dzor: No data');
      const legend = root(el).querySelector('[part="legend"]')!;
      expect(legend.textContent).to.include('No data');
      expect(legend.textContent).to.include('2 incidents without a stated location');
      expect(
        [...legend.querySelectorAll('.scale li')].map((li) => li.textContent!.trim()),
      ).to.deep.equal(['No data', '0', '1', '2', '3', '4', 'Named place']);
    });

    it('works on another country by the geometry property and geo-object', async () => {
      const topology = await (await fetch(armeniaGeo)).json();
      const el = await standalone(armeniaDataset(), 'geo-object="provinces"');
      el.geometry = topology;
      await drawn(el);
      expect(regions(el)).to.have.length(11);
      expect(place(el, 'gyumri')).to.exist;
      const goris = root(el).querySelector('[part="place"][data-id="goris"]');
      expect(!!goris, 'goris (no coordinates) is drawn').to.be.false;
    });

    it('shades people affected with measure="people" and says what is not counted', async () => {
      const el = await drawn(
        await standalone(armeniaDataset(), `geo="${armeniaGeo}" measure="people"`),
      );
      expect(region(el, 'AM-ER').classList.contains('s5')).to.equal(true);
      expect(region(el, 'AM-AG').classList.contains('s0')).to.equal(true);
      const legend = root(el).querySelector('[part="legend"]')!.textContent!;
      expect(legend).to.include('People affected per region');
      expect(legend).to.include('6 incidents give none');
    });

    it('re-colours on a filter change without redrawing the shapes', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      const shape = region(el, 'AM-SH');
      const d = shape.getAttribute('d');
      const expression = root(el).querySelectorAll('[part="region"]');
      // The standalone filter: only "assembly" incidents.
      (el as unknown as { source: { setFilter(f: object): void } }).source.setFilter({
        categoryIds: ['assembly'],
        regionIds: [],
      });
      await el.updateComplete;
      expect(region(el, 'AM-SH')).to.equal(shape);
      expect(shape.getAttribute('d')).to.equal(d);
      expect(shape.classList.contains('s5')).to.equal(false);
      expect(region(el, 'AM-LO').classList.contains('s0')).to.equal(true);
      expect(root(el).querySelectorAll('[part="region"]').length).to.equal(expression.length);
    });

    it('names regions in Korean with lang="ko", from the dataset, else from the boundaries', async () => {
      const data = syntheticKoreaDataset();
      data.regions = data.regions.filter((r) => r.id !== 'KP-04');
      data.incidents = data.incidents.filter((i) => i.regionId !== 'KP-04');
      const el = await drawn(await standalone(data, 'lang="ko"'));
      expect(region(el, 'KP-09').getAttribute('aria-label')).to.match(/^함경북도: 사건 \d+건/);
      expect(region(el, 'KP-04').getAttribute('aria-label')).to.equal('자강도: 데이터 없음');
      expect(root(el).querySelector('#summary')!.textContent).to.include('지역');
    });

    it('shows hostile names as text', async () => {
      const el = await drawn(await standalone(hostileKoreaDataset()));
      expect(!!root(el).querySelector('img, script, b, i'), 'markup from names').to.be.false;
      const labels = [...root(el).querySelectorAll('.label')].map((t) => t.textContent);
      expect(labels.join(' ')).to.include('<script>');
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('lists every region with its count in the table, and a row for no location', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      await click(tableToggle(el));
      await el.updateComplete;
      const rows = [...root(el).querySelectorAll('[part="table"] tbody tr')];
      expect(rows).to.have.length(12);
      expect(rows[0]!.getAttribute('data-id')).to.equal('AM-SH');
      expect(rows[0]!.textContent).to.include('4');
      const last = rows[rows.length - 1]!;
      expect(last.getAttribute('data-id')).to.equal('location-not-stated');
      expect(last.textContent).to.include('Location not stated');
      expect(rows.find((r) => r.getAttribute('data-id') === 'AM-VD')!.textContent).to.include(
        'No data',
      );
    });
  });

  describe('interaction', () => {
    it('selects a region on click, lists its incidents, and toggles it in the filter', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      const selected = oneEvent(el, 'civic-select');
      await click(region(el, 'AM-SH'));
      const event = (await selected) as CivicSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'region', id: 'AM-SH' });
      await el.updateComplete;
      const detail = root(el).querySelector('[part="detail"]')!;
      expect(detail.textContent).to.include('Incidents in Shirak');
      expect(detail.querySelectorAll('.incidents li')).to.have.length(4);
      expect(region(el, 'AM-SH').getAttribute('aria-pressed')).to.equal('true');
      // Opening one incident shows its detail.
      await click(detail.querySelector<HTMLButtonElement>('.incidents button')!);
      await el.updateComplete;
      expect(root(el).querySelector('[part="detail"] h3')!.textContent).to.include('sh-1');
      await click(region(el, 'AM-SH'));
      await el.updateComplete;
      expect(region(el, 'AM-SH').getAttribute('aria-pressed')).to.equal('false');
      expect(!!root(el).querySelector('[part="detail"]'), 'the detail is closed').to.be.false;
    });

    it('closes a region’s detail, then an incident’s, with Escape from inside them', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      const detail = () => root(el).querySelector('[part="detail"]');
      const focusedId = () => root(el).activeElement?.getAttribute('data-id');
      await click(region(el, 'AM-SH'));
      await el.updateComplete;
      await click(detail()!.querySelector<HTMLButtonElement>('.incidents button')!);
      await el.updateComplete;
      await pressOn(detail()!.querySelector('.close')!, 'Escape');
      await el.updateComplete;
      await el.updateComplete;
      // Back to the region's list, on the incident it had opened.
      expect(detail()!.textContent).to.include('Incidents in Shirak');
      expect(focusedId()).to.equal(
        detail()!.querySelector('.incidents button')!.getAttribute('data-id'),
      );
      const cleared = oneEvent(el, 'civic-select');
      await pressOn(detail()!.querySelector('.incidents button')!, 'Escape');
      const event = (await cleared) as CivicSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'region', id: null });
      await el.updateComplete;
      await el.updateComplete;
      expect(!!detail(), 'the detail is closed').to.be.false;
      expect(focusedId(), 'focus is back on the region').to.equal('AM-SH');
    });

    it('inside <civic-dataset>, clicking a region sets the shared filter', async () => {
      const { dataset, widget } = await linked({ data: syntheticKoreaDataset() });
      const el = await drawn(widget);
      await click(region(el, 'KP-09'));
      await el.updateComplete;
      expect(dataset.filter.regionIds).to.deep.equal(['KP-09']);
      await click(region(el, 'KP-03'));
      await el.updateComplete;
      expect(dataset.filter.regionIds).to.deep.equal(['KP-09', 'KP-03']);
      await click(region(el, 'KP-09'));
      await el.updateComplete;
      expect(dataset.filter.regionIds).to.deep.equal(['KP-03']);
      // The map keeps showing every region's count.
      expect(region(el, 'KP-01').classList.contains('s0')).to.equal(false);
    });

    it('clicking the selected province again clears its selection and its filter', async () => {
      const { dataset, widget } = await linked({ data: syntheticKoreaDataset() });
      const el = await drawn(widget);
      const detail = () => root(el).querySelector('[part="detail"]');
      const selected = oneEvent(el, 'civic-select');
      await click(region(el, 'KP-09'));
      expect(((await selected) as CivicSelectEvent).detail).to.deep.equal({
        type: 'region',
        id: 'KP-09',
      });
      await el.updateComplete;
      expect(dataset.filter.regionIds).to.deep.equal(['KP-09']);
      expect(region(el, 'KP-09').getAttribute('aria-pressed')).to.equal('true');
      expect(detail()!.textContent).to.include('Incidents in North Hamgyong');
      const cleared = oneEvent(el, 'civic-select');
      await click(region(el, 'KP-09'));
      await el.updateComplete;
      expect(dataset.filter.regionIds).to.deep.equal([]);
      expect(region(el, 'KP-09').getAttribute('aria-pressed')).to.equal('false');
      expect(!!detail(), 'the detail is closed').to.be.false;
      expect(root(el).querySelectorAll('.outlines .filtered')).to.have.length(0);
      expect(((await cleared) as CivicSelectEvent).detail).to.deep.equal({
        type: 'region',
        id: null,
      });
    });

    it('moves with arrow keys by geography, selects with Enter, clears with Escape', async () => {
      const el = await drawn(await standalone(syntheticKoreaDataset()));
      const focusable = [...root(el).querySelectorAll('[tabindex="0"]')];
      expect(focusable).to.have.length(1);
      await pressOn(region(el, 'KP-03'), 'ArrowRight');
      await el.updateComplete;
      await el.updateComplete;
      const east = root(el).activeElement!.getAttribute('data-id');
      expect(['KP-04', 'KP-02', 'KP-10']).to.include(east);
      await press('ArrowUp');
      await el.updateComplete;
      await pressOn(region(el, 'KP-09'), 'Enter');
      await el.updateComplete;
      expect(region(el, 'KP-09').getAttribute('aria-pressed')).to.equal('true');
      const cleared = oneEvent(el, 'civic-select');
      await pressOn(region(el, 'KP-09'), 'Escape');
      const event = (await cleared) as CivicSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'region', id: null });
      await el.updateComplete;
      expect(region(el, 'KP-09').getAttribute('aria-pressed')).to.equal('false');
    });

    it('selects a place on click', async () => {
      const el = await drawn(await standalone(syntheticKoreaDataset()));
      const selected = oneEvent(el, 'civic-select');
      await click(place(el, 'hoeryong'));
      const event = (await selected) as CivicSelectEvent;
      expect(event.detail).to.deep.equal({ type: 'place', id: 'hoeryong' });
      await el.updateComplete;
      expect(root(el).querySelector('[part="detail"]')!.textContent).to.include(
        'Incidents at Hoeryong',
      );
    });
  });

  describe('states', () => {
    it('reports a geo URL that answers 404, with a path', async () => {
      const { el, event } = await failing({
        geo: '/test-server/status/404',
        data: armeniaDataset(),
      });
      expect(event.detail.issues[0]!.message).to.include('404');
      await el.updateComplete;
      const error = root(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include('404');
    });

    it('reports a geo URL that is not TopoJSON', async () => {
      const { el, event } = await failing({
        geo: '/data/north-korea.json',
        data: armeniaDataset(),
      });
      expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['type']);
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"] [data-path="type"]')).to.exist;
    });

    it('reports HTML where TopoJSON was expected', async () => {
      const { event } = await failing({ geo: '/test-server/text', data: armeniaDataset() });
      expect(event.detail.message).to.include('boundaries');
    });

    it('asks for boundaries instead of drawing North Korea for another country', async () => {
      const { el, event } = await failing({ data: exampleDataset() });
      expect(event.detail.issues[0]!.path).to.equal('geo');
      await el.updateComplete;
      expect(regions(el)).to.have.length(0);
      expect(root(el).querySelector('[part="error"]')!.textContent).to.include('Examplia');
    });

    it('fires civic-error for its boundaries once it shows the problem, once a problem', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = createWidget<ProvinceMap>({
        tag: 'civic-province-map',
        properties: { data: exampleDataset(), geometry: { type: 'Nope' } },
      });
      // What the map shows as each event arrives: the path of the problem it names.
      const shown: (string | null | undefined)[] = [];
      el.addEventListener('civic-error', () => {
        const problem = root(el).querySelector('[part="error"] [data-path]');
        shown.push(problem?.getAttribute('data-path'));
      });
      const settled = async () => {
        await el.updateComplete;
        await new Promise((done) => requestAnimationFrame(done));
      };
      wrapper.append(el);
      await waitUntil(() => shown.length === 1, 'the boundaries file’s problem');
      el.measure = 'people';
      await settled();
      // The built-in boundaries with a dataset of another country: a problem of its own, told
      // once, however often the dataset is given again, until one fits.
      el.geometry = undefined;
      await waitUntil(() => shown.length === 2, 'geo asked for');
      el.data = exampleDataset();
      await settled();
      el.data = syntheticKoreaDataset();
      await drawn(el);
      el.data = exampleDataset();
      await waitUntil(() => shown.length === 3, 'geo asked for again');
      await settled();
      expect(shown).to.deep.equal(['type', 'geo', 'geo']);
    });

    it('loads its boundaries again when it is back on the page before they arrived', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = createWidget<ProvinceMap>({
        tag: 'civic-province-map',
        properties: { data: armeniaDataset(), geo: `/test-server/delay/300${armeniaGeo}` },
      });
      wrapper.append(el);
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy')).to.equal(true);
      el.remove();
      wrapper.append(el);
      await drawn(el);
      expect(regions(el)).to.have.length(11);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('shows the loading state with aria-busy, then an error for an invalid dataset', async () => {
      const el = await standalone({ schemaVersion: 1 });
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"] [data-path]')).to.exist;
      const loading = await fixture<ProvinceMap>(
        html`<civic-province-map
          src="/test-server/delay/300/data/north-korea.json"
        ></civic-province-map>`,
      );
      expect(loading.hasAttribute('aria-busy')).to.equal(true);
      await drawn(loading);
      expect(loading.hasAttribute('aria-busy')).to.equal(false);
    });

    it('says nothing matches when the filter hides everything, with a way to clear it', async () => {
      const el = await drawn(await standalone(armeniaDataset(), `geo="${armeniaGeo}"`));
      (el as unknown as { source: { setFilter(f: object): void } }).source.setFilter({
        categoryIds: [],
        regionIds: [],
        query: 'no such words',
      });
      await el.updateComplete;
      const empty = root(el).querySelector('[part="empty"]')!;
      await click(empty.querySelector('button')!);
      await el.updateComplete;
      expect(regions(el)).to.have.length(11);
    });
  });
});
