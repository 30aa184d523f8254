import { expect, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import '../../src/map/province-map.js';
import '../../src/timeline/incident-timeline.js';
import '../../src/tracker/recommendation-tracker.js';
import { mountLinkedWidgets } from '../fixtures/widget-helpers.js';

/**
 * A host page whose global CSS resets everything it can reach: every element's every property
 * (`all: unset !important`, which also matches the widgets' host elements), and every `svg` and
 * `button`. Rules that name the widgets themselves are left out: embedders control the host
 * element, and may hide a widget that way on purpose.
 */
const hostileCss = `
  * { all: unset !important; }
  svg { display: none !important; }
  button { display: none !important; }
`;

const tags = ['civic-province-map', 'civic-incident-timeline', 'civic-recommendation-tracker'];

const shadow = (page: Element, tag: string) => page.querySelector(tag)!.shadowRoot!;

function box(el: Element) {
  const rect = el.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

function visible(el: Element) {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  return (
    style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0
  );
}

async function hostilePage() {
  const { container: page } = await mountLinkedWidgets(tags, { src: '/data/north-korea.json' });
  // The page's own style sheet, as a host page would have it (not a binding inside <style>).
  const style = document.createElement('style');
  style.textContent = hostileCss;
  page.prepend(style);
  await waitUntil(
    () =>
      shadow(page, 'civic-province-map').querySelector('[part="region"]') &&
      shadow(page, 'civic-incident-timeline').querySelector(
        '[part="incident"], [part="aggregate"]',
      ) &&
      shadow(page, 'civic-recommendation-tracker').querySelector('[part="recommendation"]'),
    'every widget rendered its data',
    { timeout: 10_000 },
  );
  for (const tag of tags)
    await (page.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
  // One frame for layout and the widgets' size observers.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return page;
}

describe('a host page with hostile global CSS', () => {
  it('applies the hostile rules to the page itself (so the test tests something)', async () => {
    const page = await hostilePage();
    const outside = document.createElement('svg');
    page.append(outside);
    expect(getComputedStyle(outside).display).to.equal('none');
    expect(getComputedStyle(page).display).to.equal('inline');
  });

  // `* { all: unset !important }` matches the hosts too: an author !important rule beats the
  // normal `:host { display: block }` of src/shared/tokens.ts, so each host is `display: inline`.
  // The widgets' shadow content is block-level, so they still lay out (block-in-inline), which is
  // what this checks; the next test checks the widgets still follow the page's width.
  it('leaves every widget a box of its own height', async () => {
    const page = await hostilePage();
    for (const tag of tags) {
      const host = page.querySelector(tag)!;
      expect(box(host).height, `${tag} height`).to.be.greaterThan(100);
      expect(box(host).width, `${tag} width`).to.be.greaterThan(100);
    }
  });

  it('draws the timeline: its svg is displayed and has a width', async () => {
    const page = await hostilePage();
    const svg = shadow(page, 'civic-incident-timeline').querySelector('svg:not([aria-hidden])');
    expect(svg, 'the timeline chart').to.exist;
    expect(getComputedStyle(svg!).display).to.not.equal('none');
    expect(box(svg!).width).to.be.greaterThan(0);
    expect(box(svg!).height).to.be.greaterThan(0);
  });

  it('draws the map: every region has a bounding box', async () => {
    const page = await hostilePage();
    const regions = [...shadow(page, 'civic-province-map').querySelectorAll('[part="region"]')];
    expect(regions.length).to.be.greaterThan(0);
    for (const region of regions) {
      const { width, height } = box(region);
      expect(width * height, region.getAttribute('data-id') ?? '').to.be.greaterThan(0);
    }
  });

  it('lists the recommendations: their rows are visible', async () => {
    const page = await hostilePage();
    const rows = [
      ...shadow(page, 'civic-recommendation-tracker').querySelectorAll('[part="recommendation"]'),
    ];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(visible(row), row.getAttribute('data-id') ?? '').to.be.true;
  });

  // A ResizeObserver reports 0×0 for an inline box: with the host reset to `display: inline`,
  // a widget that observed its host would keep its first width and overflow when the page
  // narrows. The widgets observe a block frame inside their shadow root (width-controller.ts);
  // `:host { display: block !important }` would also have worked, but would override an
  // embedder's own `display: none !important` on the widget.
  it('re-lays out the timeline when the page narrows', async () => {
    const page = await hostilePage();
    const narrow = document.createElement('style');
    narrow.textContent = 'html { width: 520px !important; }';
    document.head.append(narrow);
    try {
      await new Promise((done) => setTimeout(done, 300));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const svg = shadow(page, 'civic-incident-timeline').querySelector('svg:not([aria-hidden])');
      expect(box(svg!).width).to.be.at.most(520);
    } finally {
      narrow.remove();
    }
  });
});
