/**
 * Export, as a reader and a script get it: the SVG of each widget parses and holds one mark
 * per record drawn and the footer's credits; the PNG decodes to the picture's size times its
 * scale and is not blank; the CSV has the table view's rows under the filter, with a BOM, dates
 * as written and a formula-like title inert; the menu works from the keyboard in English and
 * Korean; and nothing leaves the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import '../../src/map/province-map.js';
import '../../src/timeline/incident-timeline.js';
import '../../src/tracker/recommendation-tracker.js';
import type { CivicWidget } from '../../src/shared/civic-widget.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { click, press, resetMouse } from '../fixtures/real-input.js';
import { focusedElement, mountLinked, mountWidget, pressOn } from '../fixtures/widget-helpers.js';

type Widget = CivicWidget<unknown> & HTMLElement;

const bundled = async () => (await fetch('/data/north-korea.json')).json();
const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, part: string) => [
  ...root(el).querySelectorAll<Element>(`[part="${part}"]`),
];
const ids = (elements: Element[]) => elements.map((e) => e.getAttribute('data-id'));

/** The SVG text as a document, failing on any parse error. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  expect(doc.documentElement.localName).to.equal('svg');
  return doc;
}

/** Waits until the widget has drawn `part` (its chart or rows). */
async function drawn(el: Widget, part: string): Promise<void> {
  await waitUntil(() => parts(el, part).length > 0, `${part} drawn`, { timeout: 10_000 });
  await el.updateComplete;
}

/** The PNG decoded, with how many distinct colours a grid of its pixels holds. */
async function decode(png: Blob) {
  const bitmap = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const colours = new Set<string>();
  for (let y = 0; y < bitmap.height; y += 7)
    for (let x = 0; x < bitmap.width; x += 7)
      colours.add(context.getImageData(x, y, 1, 1).data.join(','));
  return { width: bitmap.width, height: bitmap.height, colours: colours.size };
}

/** The requests the page has made, other than for the test's own modules. */
const requests = () => performance.getEntriesByType('resource').map((entry) => entry.name);

/** Parses CSV text (RFC 4180) into rows of fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += c;
  }
  return rows;
}

describe('export', () => {
  afterEach(() => resetMouse());

  describe('the SVG and the PNG', () => {
    const cases = [
      { tag: 'civic-incident-timeline', part: 'incident' },
      { tag: 'civic-province-map', part: 'region' },
      { tag: 'civic-recommendation-tracker', part: 'recommendation' },
    ];
    for (const { tag, part } of cases) {
      it(`<${tag}>: one mark per record drawn, with its part and data-id, and the footer`, async () => {
        const data = await bundled();
        const { widget, dataset } = await mountLinked<Widget>(tag, { data }, { width: 820 });
        await drawn(widget, part);
        dataset.filter = { categoryIds: [], regionIds: [], from: '2024-09', to: '2024-12' };
        await widget.updateComplete;
        const doc = parse(await widget.exportSVG());
        const drawnIds = ids(parts(widget, part));
        expect(ids([...doc.querySelectorAll(`[part="${part}"]`)])).to.deep.equal(drawnIds);
        const text = doc.documentElement.textContent ?? '';
        expect(text).to.include(data.title.en);
        expect(text).to.include('Sources: ');
        expect(text).to.include('Updated ');
        expect(text).to.include('Filtered: September 2024 – December 2024');
        // Text as text, colours written out: no stylesheet, no custom property, no reference out.
        expect(doc.querySelector('style, script, foreignObject, image')).to.equal(null);
        expect(doc.documentElement.outerHTML).to.not.match(/var\(--|href=|url\((?!#)/);
      });

      it(`<${tag}>: the PNG is the picture's size times the scale, and not blank`, async () => {
        const { widget } = await mountLinked<Widget>(
          tag,
          { data: await bundled() },
          { width: 700 },
        );
        await drawn(widget, part);
        const svg = parse(await widget.exportSVG()).documentElement;
        const png = await widget.exportPNG({ scale: 2 });
        expect(png.type).to.equal('image/png');
        const image = await decode(png);
        expect(image.width).to.equal(Number(svg.getAttribute('width')) * 2);
        expect(image.height).to.equal(Number(svg.getAttribute('height')) * 2);
        expect(image.colours, 'distinct colours in the PNG').to.be.greaterThan(3);
      });
    }

    it('a narrow timeline (a list) exports the chart of its view at the narrowest chart width', async () => {
      const el = await mountWidget<Widget>('civic-incident-timeline', exampleDataset(), '', 360);
      await drawn(el, 'incident');
      const doc = parse(await el.exportSVG());
      const marks = doc.querySelectorAll('rect[part="incident"]');
      expect(marks.length).to.equal(parts(el, 'incident').length);
    });

    it('nothing leaves the page: no request for any export', async () => {
      const { widget } = await mountLinked<Widget>(
        'civic-province-map',
        { data: await bundled() },
        { width: 600 },
      );
      await drawn(widget, 'region');
      const before = requests();
      await widget.exportSVG();
      await widget.exportPNG();
      await widget.exportCSV();
      await widget.exportCitation();
      expect(requests().filter((name) => !before.includes(name))).to.deep.equal([]);
    });
  });

  describe("the tracker's proportion bars", () => {
    /** The words of an element or SVG text, spaces as one. */
    const words = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
    for (const lang of ['en', 'ko']) {
      it(`${lang}: the picture draws the widget's bars, segment for segment, colour for colour`, async () => {
        // The example review: 2 of 10 listed, noted and of unknown response, one not started.
        const data = exampleDataset();
        const el = await mountWidget<Widget>(
          'civic-recommendation-tracker',
          data,
          `lang="${lang}" style="--civic-tracker-noted: rgb(1, 2, 3)"`,
          820,
        );
        await drawn(el, 'summary-chart');
        const doc = parse(await el.exportSVG());
        const [picture] = doc.querySelectorAll('[part="summary-chart"]');
        expect(picture, 'the picture has the summary chart').to.not.equal(undefined);
        const [chart] = parts(el, 'summary-chart');
        const review = data.reviews[0]!;
        for (const kind of ['response', 'implementation'] as const) {
          const drawnSegs = [...chart!.querySelectorAll(`[data-kind="${kind}"] rect.seg`)];
          const pictured = [...picture!.querySelectorAll(`[data-kind="${kind}"] rect.seg`)];
          // One segment per category the review's recommendations hold, and the unlisted rest.
          const held = review.recommendations.map((r) =>
            kind === 'response' ? r.response : (r.implementation ?? 'unknown'),
          );
          const expected = new Set(held).size + (review.recommendationCount! > held.length ? 1 : 0);
          expect(pictured.length, `${kind} segments`).to.equal(expected);
          const keys = (segs: Element[]) => segs.map((s) => s.getAttribute('data-key'));
          expect(keys(pictured)).to.deep.equal(keys(drawnSegs));
          expect(pictured.map((s) => s.getAttribute('fill'))).to.deep.equal(
            drawnSegs.map((s) => getComputedStyle(s).fill),
          );
          // Widths as shares of the same total: the picture's bar is as wide as its track.
          const track = Number(
            pictured[0]!.parentElement!.querySelector('rect')!.getAttribute('width'),
          );
          pictured.forEach((s, i) =>
            expect(Number(s.getAttribute('width')) / (track + 1)).to.be.closeTo(
              Number(drawnSegs[i]!.getAttribute('width')) / 1000,
              0.005,
            ),
          );
          // The caption and the key, word for word.
          const figure = chart!.querySelector(`[data-kind="${kind}"]`)!;
          expect(
            [...picture!.querySelectorAll(`[data-kind="${kind}"] text`)].map(words),
          ).to.deep.equal([
            words(figure.querySelector('figcaption')!),
            ...[...figure.querySelectorAll('.bar-legend li')].map(words),
          ]);
        }
        expect(
          picture!
            .querySelector('[data-kind="response"] rect.seg[data-key="noted"]')!
            .getAttribute('fill'),
          'a page\'s colour for "noted"',
        ).to.equal('rgb(1, 2, 3)');
      });
    }
  });

  describe('the CSV', () => {
    it('has the rows of the table view under the filter, BOM first, dates as written', async () => {
      const data = await bundled();
      const { widget, dataset } = await mountLinked<Widget>(
        'civic-incident-timeline',
        { data },
        { width: 900 },
      );
      await drawn(widget, 'incident');
      dataset.filter = { categoryIds: [], regionIds: [], from: '2024-10', to: '2024-10' };
      await widget.updateComplete;
      await click(parts(widget, 'table-toggle')[0]!);
      await widget.updateComplete;
      const tableRows = [...root(widget).querySelectorAll('[part="table"] tbody tr')];
      const csv = await widget.exportCSV();
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      const rows = readCsv(csv.slice(1));
      expect(rows[0]).to.deep.equal(
        [...root(widget).querySelectorAll('[part="table"] th')].map((th) => th.textContent!.trim()),
      );
      expect(rows.length - 1).to.equal(tableRows.length);
      expect(tableRows.length).to.be.lessThan(data.incidents.length);
      // Same rows, same order: the titles column.
      expect(rows.slice(1).map((r) => r[1])).to.deep.equal(
        tableRows.map((tr) => tr.children[1]!.textContent!.trim()),
      );
      // Dates at the precision the dataset gives, never widened to a day.
      const byId = new Map(data.incidents.map((i: { id: string }) => [i.id, i]));
      tableRows.forEach((tr, i) => {
        const incident = byId.get(tr.getAttribute('data-id')!) as { date: string };
        expect(rows[i + 1]![0]).to.match(new RegExp(`^(\\.\\./)?${incident.date}`));
      });
    });

    it('makes a formula-like title inert, in every widget that lists it', async () => {
      const data = exampleDataset() as unknown as { incidents: { title: unknown }[] };
      data.incidents[0]!.title = '=HYPERLINK("http://example.org","x")';
      data.incidents[1]!.title = '@SUM(A1)';
      const el = await mountWidget<Widget>('civic-incident-timeline', data, '', 900);
      await drawn(el, 'incident');
      const rows = readCsv((await el.exportCSV()).slice(1));
      const titles = rows.map((r) => r[1]);
      expect(titles).to.include(`'=HYPERLINK("http://example.org","x")`);
      expect(titles).to.include(`'@SUM(A1)`);
      expect(titles.filter((t) => /^[=+\-@]/.test(t ?? ''))).to.deep.equal([]);
    });

    it('writes hostile text as text in the SVG: no element of it, nothing run', async () => {
      const data = exampleDataset() as unknown as { incidents: { title: unknown }[] };
      const hostile = '</text><script>window.__hacked = true</script><image href="x"/>&amp;';
      data.incidents[0]!.title = hostile;
      const el = await mountWidget<Widget>('civic-incident-timeline', data, '', 900);
      await drawn(el, 'incident');
      const doc = parse(await el.exportSVG());
      expect(doc.querySelector('script, image')).to.equal(null);
      expect(doc.documentElement.textContent).to.include(hostile);
      expect((window as { __hacked?: boolean }).__hacked).to.equal(undefined);
    });

    it('the map: one row per region and one for incidents without a stated location', async () => {
      const { widget } = await mountLinked<Widget>(
        'civic-province-map',
        { data: await bundled() },
        { width: 600 },
      );
      await drawn(widget, 'region');
      await click(parts(widget, 'table-toggle')[0]!);
      await widget.updateComplete;
      const tableIds = [...root(widget).querySelectorAll('[part="table"] tbody tr')].length;
      const rows = readCsv((await widget.exportCSV()).slice(1));
      expect(rows.length - 1).to.equal(tableIds);
    });
  });

  describe('the menu', () => {
    it('opens from the keyboard, moves with the arrows (round), and Escape returns focus', async () => {
      const el = await mountWidget<Widget>('civic-province-map', await bundled(), '', 600);
      await drawn(el, 'region');
      const button = root(el).querySelector<HTMLElement>('[part="export"] button')!;
      expect(button.textContent!.trim()).to.equal('Export');
      await pressOn(button, 'ArrowDown');
      await el.updateComplete;
      const items = [...root(el).querySelectorAll<HTMLElement>('[role="menuitem"]')];
      expect(items.map((i) => i.textContent!.trim())).to.deep.equal([
        'SVG image',
        'PNG image',
        'CSV of the data table',
        'Copy citation',
      ]);
      expect(focusedElement()).to.equal(items[0]);
      await press('ArrowDown');
      expect(focusedElement()).to.equal(items[1]);
      await press('ArrowUp', 2);
      expect(focusedElement(), 'wraps to the last').to.equal(items[3]);
      await press('ArrowDown');
      expect(focusedElement(), 'wraps to the first').to.equal(items[0]);
      await press('Escape');
      await el.updateComplete;
      expect(root(el).querySelector('[role="menu"]')).to.equal(null);
      expect(focusedElement()).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('copies the citation (or shows it to copy by hand): title, publishers, date, view, URL', async () => {
      const data = await bundled();
      const el = await mountWidget<Widget>('civic-incident-timeline', data, '', 900);
      await drawn(el, 'incident');
      const button = root(el).querySelector<HTMLElement>('[part="export"] button')!;
      await click(button);
      await el.updateComplete;
      await click(root(el).querySelector('[data-action="cite"]')!);
      const status = root(el).querySelector('[part="export"] [role="status"]')!;
      await waitUntil(() => status.textContent!.trim(), 'the citation is reported');
      const citation = await el.exportCitation();
      expect(status.textContent).to.include(citation);
      expect(citation).to.include(data.title.en);
      expect(citation).to.include('CIVICUS Monitor');
      expect(citation).to.include('Incident timeline: ');
      expect(citation).to.include(location.href);
      expect(focusedElement()).to.equal(button);
    });

    it('speaks Korean on a Korean page', async () => {
      const { widget } = await mountLinked<Widget>(
        'civic-recommendation-tracker',
        { data: await bundled() },
        { width: 700, lang: 'ko' },
      );
      await drawn(widget, 'recommendation');
      const button = root(widget).querySelector<HTMLElement>('[part="export"] button')!;
      expect(button.textContent!.trim()).to.equal('내보내기');
      await pressOn(button, 'ArrowUp');
      await widget.updateComplete;
      expect(focusedElement()?.textContent?.trim(), 'ArrowUp opens on the last').to.equal(
        '인용 문구 복사',
      );
      const svg = parse(await widget.exportSVG()).documentElement;
      expect(svg.getAttribute('xml:lang')).to.equal('ko');
      expect(svg.textContent).to.include('출처: ');
      expect(await widget.exportCitation()).to.include('북한의 시민 공간');
    });

    it('with sync-url, the citation carries the filter in the page URL', async () => {
      const { widget, dataset } = await mountLinked<Widget>(
        'civic-province-map',
        { data: await bundled() },
        { width: 600 },
      );
      dataset.setAttribute('sync-url', 'ex');
      dataset.filter = { categoryIds: [], regionIds: ['KP-06'] };
      await drawn(widget, 'region');
      const citation = await widget.exportCitation();
      expect(citation).to.include('ex-regions=KP-06');
      expect(citation).to.include('Filtered: North Hwanghae');
      history.replaceState(null, '', location.pathname);
    });
  });
});
