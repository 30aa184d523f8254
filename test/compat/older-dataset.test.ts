/**
 * A dataset written before the fields of issue 13 (date bounds, undated incidents, ranges of
 * people, verification status, place notes) renders exactly as it did: the shadow DOM each
 * widget draws from the example dataset, in English and Korean, with its table, detail and
 * legend open, is compared with snapshots recorded before those fields existed. The model-level
 * golden pictures (test/{timeline,map,tracker}/*-golden.test.ts) say the same of the numbers;
 * these say it of every element, attribute and word a reader gets.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import { exampleBoundaries, exampleDataset, koreanExampleDataset } from '../fixtures/datasets.js';
import { click } from '../fixtures/real-input.js';
import { mountLinkedWidgets, mountWidget } from '../fixtures/widget-helpers.js';

type Widget = HTMLElement & {
  data?: unknown;
  geometry?: unknown;
  updateComplete: Promise<unknown>;
};

// Each browser keeps its own pictures: the question is whether a browser draws what it drew.
const browser = navigator.userAgent.includes('Firefox') ? 'firefox' : 'chromium';

/**
 * The widget's shadow DOM as text: Lit's comment markers (random per page load) left out, and
 * white space collapsed, so that reformatting a template's source changes nothing here.
 */
function domOf(el: Element): string {
  const html = el
    .shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/></g, '>\n<')
    // The browser's own date-range wording in Korean differs by its ICU version (Firefox ESR
    // 140 writes "17일 ~ 2025년", 153 "17일~2025년"): the browser's words, not the widget's.
    .replace(/ ~ /g, '~');
  // Every line of the snapshot file is read back as a template literal.
  return html.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

async function expectDom(name: string, el: Element): Promise<void> {
  await (el as Widget).updateComplete;
  await compareSnapshot({ name: `${name}, ${browser}`, content: domOf(el) });
}

const part = (el: Element, selector: string) => {
  const found = el.shadowRoot!.querySelector(selector);
  expect(found, selector).to.exist;
  return found!;
};

async function ready(el: Widget, selector: string): Promise<Widget> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${selector} drawn`, {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

describe('a dataset without the fields of issue 13', () => {
  it('draws the timeline as before, with its table and a detail open', async () => {
    const el = await ready(
      await mountWidget<Widget>('civic-incident-timeline', exampleDataset()),
      '[part="incident"]',
    );
    await expectDom('timeline, en, 900', el);
    await click(part(el, '[part="table-toggle"]'));
    await expectDom('timeline, en, 900, table', el);
    await click(part(el, '[part="incident"][data-id="arrests"]'));
    await expectDom('timeline, en, 900, table and detail', el);
  });

  it('draws the timeline in Korean and in a narrow container as before', async () => {
    const korean = await ready(
      await mountWidget<Widget>('civic-incident-timeline', koreanExampleDataset(), 'lang="ko"'),
      '[part="incident"]',
    );
    await click(part(korean, '[part="table-toggle"]'));
    await expectDom('timeline, ko, 900, table', korean);
    const narrow = await ready(
      await mountWidget<Widget>('civic-incident-timeline', exampleDataset(), '', 360),
      '[part="incident"]',
    );
    await expectDom('timeline, en, 360', narrow);
  });

  for (const measure of ['incidents', 'people']) {
    it(`draws the map (measure ${measure}) as before, with its table and a detail open`, async () => {
      const el = await mountWidget<Widget>('civic-province-map', undefined, `measure="${measure}"`);
      el.geometry = exampleBoundaries({ islands: true });
      el.data = exampleDataset();
      await ready(el, '[part="region"]');
      await expectDom(`map, ${measure}, en, 900`, el);
      await click(part(el, '[part="table-toggle"]'));
      await expectDom(`map, ${measure}, en, 900, table`, el);
      await click(part(el, '[part="place"][data-id="capital"]'));
      await click(part(el, '[part="detail"] button[data-id="arrests"]'));
      await expectDom(`map, ${measure}, en, 900, table and incident`, el);
    });
  }

  it('draws the tracker with its context of incidents, in Korean, as before', async () => {
    const { widgets } = await mountLinkedWidgets(
      ['civic-recommendation-tracker'],
      { data: koreanExampleDataset() },
      { width: 900, lang: 'ko' },
    );
    const el = await ready(widgets[0] as Widget, '[part="recommendation"]');
    await expectDom('tracker, linked, ko, 900', el);
  });
});
