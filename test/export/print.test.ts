/**
 * The widgets on paper, printed by Chromium: under print media every widget is there with its
 * words ("Filtered: …" included) and without its buttons, the timeline's categories are told
 * apart by a pattern each (not by colour alone), the tracker's texts are whole, and the page
 * prints to a PDF. Firefox: puppeteer cannot switch it to print media, so this runs in
 * Chromium only (the test says so when skipped).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/dataset/civic-dataset.js';
import '../../src/map/province-map.js';
import '../../src/timeline/incident-timeline.js';
import '../../src/tracker/recommendation-tracker.js';
import { mountLinkedWidgets } from '../fixtures/widget-helpers.js';

const shown = (el: Element) => getComputedStyle(el).display !== 'none';
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('print', () => {
  afterEach(() => executeServerCommand('print-media', { print: false }));

  it('prints every widget whole and legible, without buttons, categories not by colour alone', async function () {
    const data = await (await fetch('/data/north-korea.json')).json();
    const { dataset, widgets } = await mountLinkedWidgets(
      [
        { tag: 'civic-incident-timeline', attributes: { 'group-by': 'region' } },
        'civic-province-map',
        'civic-recommendation-tracker',
      ],
      { data },
      { width: 1000 },
    );
    const [timeline, map, tracker] = widgets as [HTMLElement, HTMLElement, HTMLElement];
    dataset.filter = { categoryIds: [], regionIds: [], from: '2024' };
    await waitUntil(
      () => widgets.every((w) => w.shadowRoot?.querySelector('[part="export"]')),
      'all drawn',
      { timeout: 10_000 },
    );
    if (!(await executeServerCommand('print-media', { print: true }))) this.skip();

    for (const widget of widgets) {
      for (const part of ['export', 'table-toggle', 'clear-filters'])
        expect(
          all(widget, `[part="${part}"]`).filter(shown),
          `${widget.localName} ${part}`,
        ).to.deep.equal([]);
      expect(
        all(widget, '[part="filters"]').filter(shown).length,
        'what the filter keeps',
      ).to.equal(1);
    }
    // The timeline: no zoom buttons; its legend, as words; every category's marks in a pattern
    // of their own, told apart in greyscale.
    expect(all(timeline, '.zoom').filter(shown)).to.deep.equal([]);
    const legend = all(timeline, '.legend button');
    expect(legend.length).to.equal(data.categories.length);
    expect(legend.every(shown)).to.equal(true);
    const fills = new Map<string, Set<string>>();
    for (const mark of all(timeline, 'rect[part="incident"]')) {
      const category = /cat-(\d+)/.exec(mark.getAttribute('class')!)![1]!;
      const fill = getComputedStyle(mark).fill;
      expect(fill, 'a pattern, not a flat colour').to.match(/url\(.*#print-\d"?\)/);
      fills.set(category, (fills.get(category) ?? new Set()).add(fill));
    }
    const patterns = [...fills.values()].map((set) => [...set].join());
    expect(fills.size).to.be.greaterThan(1);
    expect(new Set(patterns).size, 'one pattern per category').to.equal(fills.size);
    expect(all(timeline, '.chart svg')[0]!.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
    expect(getComputedStyle(all(timeline, '.chart svg')[0]!).maxWidth).to.equal('100%');
    // The map: drawn, buttons gone, its key's colours printed.
    expect(all(map, 'button').filter(shown)).to.deep.equal([]);
    expect(all(map, '[part="region"]').length).to.equal(11);
    expect(getComputedStyle(all(map, '.swatch')[0]!).printColorAdjust).to.equal('exact');
    // The tracker: every row's text whole, no switcher or form.
    expect(all(tracker, '.switcher, form').filter(shown)).to.deep.equal([]);
    for (const text of all(tracker, '.rec-text'))
      expect(getComputedStyle(text).webkitLineClamp).to.equal('none');

    const pdf = (await executeServerCommand('print-pdf')) as { header: string; pages: number };
    expect(pdf.header).to.equal('%PDF-');
    expect(pdf.pages).to.be.greaterThan(0);
  });
});
