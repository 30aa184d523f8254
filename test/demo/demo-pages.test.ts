import { expect, waitUntil } from '@open-wc/testing';
import {
  axeViolations,
  closePages,
  fitPages,
  openPage,
  widget,
  widgetsReady,
} from '../fixtures/page-frame.js';
import { click, resetMouse } from '../fixtures/real-input.js';

// The demo site as `npm run build` builds it (dist/demo): the article, the embed builder and
// the React and Vue pages, each opened as a reader opens it and checked with axe-core.

before(() => fitPages());
afterEach(closePages);
afterEach(() => resetMouse());

const hangul = /[가-힣]/;
const timeline = 'civic-incident-timeline';

describe('the demo site', () => {
  for (const path of ['index.html', 'embed.html', 'react/index.html', 'vue/index.html']) {
    it(`${path} draws its widgets and passes axe`, async function () {
      this.timeout(60_000);
      const page = await openPage(`/dist/demo/${path}`);
      await widgetsReady(page);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }

  it('article: the switches put the widgets in Korean and in dark colours, still axe-clean', async function () {
    this.timeout(60_000);
    const page = await openPage('/dist/demo/index.html');
    await widgetsReady(page);
    await click(page.querySelector('input[name="lang"][value="ko"]')!);
    await click(page.querySelector('input[name="theme"][value="dark"]')!);
    await waitUntil(() => hangul.test(widget(page, timeline).textContent ?? ''), 'Korean');
    for (const figure of page.querySelectorAll('figure')) expect(figure.lang).to.equal('ko');
    // The article's own prose stays in English: only the widgets switch.
    expect(hangul.test(page.querySelector('h1')!.textContent!)).to.be.false;
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('article: a province picked goes into the URL, and that link opens on the same filter', async function () {
    this.timeout(60_000);
    const page = await openPage('/dist/demo/index.html');
    await widgetsReady(page);
    const map = widget(page, 'civic-province-map');
    // A province with incidents: its link opens on a filtered timeline, not an empty one.
    const dataset = await (await fetch('/dist/demo/north-korea.json')).json();
    const region = dataset.incidents.find((incident: { regionId?: string }) => incident.regionId)
      .regionId as string;
    await click(map.querySelector(`[part~="region"][data-id="${region}"]`)!);
    const url = () => page.defaultView!.location.href;
    await waitUntil(() => url().includes(`civic-regions=${region}`), 'the URL names the region');

    const link = url().replace(location.origin, '');
    closePages();
    const shared = await openPage(link);
    await waitUntil(
      () => widget(shared, timeline)?.querySelector('[part="filters"]'),
      'the shared link opens filtered',
    );
    expect(widget(shared, timeline).querySelector('[part="filters"]')!.textContent).to.include(
      widget(shared, 'civic-province-map')
        .querySelector(`[part~="region"][data-id="${region}"]`)!
        .getAttribute('aria-label')!
        .split(/[:,]/)[0]!
        .trim(),
    );
  });

  it('embed builder: the snippet and the live preview follow the choices', async function () {
    this.timeout(60_000);
    const page = await openPage('/dist/demo/embed.html');
    await widgetsReady(page);
    const snippet = () => page.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    const preview = page.querySelector('#preview')!;
    const choose = (selector: string) => click(page.querySelector(selector)!);
    expect(snippet()).to.include('<civic-recommendation-tracker');
    await choose('input[value="civic-recommendation-tracker"]');
    await choose('input[name="lang"][value="ko"]');
    await waitUntil(() => !snippet().includes('<civic-recommendation-tracker'), 'snippet updated');
    expect(snippet()).to.include('lang="ko"');
    expect(!!preview.querySelector('civic-recommendation-tracker')).to.be.false;
    await widgetsReady(page);
    await waitUntil(() => hangul.test(widget(page, timeline).textContent ?? ''), 'Korean preview');
  });
});
