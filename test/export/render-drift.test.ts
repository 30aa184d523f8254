/**
 * `civic-space-widgets render` draws in Node what a widget draws in the page: for the same
 * dataset, width, language and filter, the same marks (same `data-id`s, in the same order) at
 * the same places, and a picture of the same size. The render's code runs here as in Node: it
 * is pure (src/cli/render/render-view.ts); only writing files and rasterising are Node's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/dataset/civic-dataset.js';
import '../../src/map/province-map.js';
import '../../src/timeline/incident-timeline.js';
import '../../src/tracker/recommendation-tracker.js';
import { renderSvg, type WidgetName } from '../../src/cli/render/render-view.js';
import { emptyFilter, type Filter } from '../../src/filter/filter.js';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import type { CivicWidget } from '../../src/shared/civic-widget.js';
import { valid } from '../fixtures/golden.js';
import { mountLinked } from '../fixtures/widget-helpers.js';

type Widget = CivicWidget<unknown> & HTMLElement;

const tags: Record<WidgetName, [string, string]> = {
  timeline: ['civic-incident-timeline', 'incident'],
  map: ['civic-province-map', 'region'],
  tracker: ['civic-recommendation-tracker', 'recommendation'],
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

/** Where each mark is drawn, by id: its own geometry and its lane's offset, as written. */
function marks(scope: ParentNode, part: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const mark of scope.querySelectorAll(`[part="${part}"]`)) {
    const lane = mark.closest('g.lane')?.getAttribute('transform') ?? '';
    const numbers = ['x', 'y', 'width', 'height', 'cx', 'cy']
      .map((name) => mark.getAttribute(name))
      .filter((value): value is string => value !== null)
      .map(Number);
    const offset = /translate\(\s*[-\d.]+[ ,]+([-\d.]+)/.exec(lane)?.[1];
    found.set(mark.getAttribute('data-id')!, [...numbers, Number(offset ?? 0)]);
  }
  return found;
}

function expectSamePlaces(rendered: Map<string, number[]>, widget: Map<string, number[]>) {
  expect([...rendered.keys()]).to.deep.equal([...widget.keys()]);
  for (const [id, numbers] of widget)
    rendered
      .get(id)!
      .forEach((value, i) => expect(value, `${id}, number ${i}`).to.be.closeTo(numbers[i]!, 0.06));
}

describe('render and the widget do not drift apart', () => {
  const width = 760;
  const views: { lang: string; filter: Filter }[] = [
    { lang: 'en', filter: emptyFilter },
    { lang: 'ko', filter: { categoryIds: [], regionIds: ['KP-06'], from: '2024-06' } },
  ];
  for (const widgetName of ['timeline', 'map', 'tracker'] as const) {
    for (const { lang, filter } of views) {
      it(`${widgetName}, ${lang}${filter === emptyFilter ? '' : ', filtered'}: same marks, same places, same size`, async () => {
        const data = await (await fetch('/data/north-korea.json')).json();
        const [tag, part] = tags[widgetName];
        const { widget, dataset } = await mountLinked<Widget>(tag, { data }, { width, lang });
        dataset.filter = filter;
        await waitUntil(() => widget.shadowRoot!.querySelector(`[part="${part}"]`), 'drawn', {
          timeout: 10_000,
        });
        await widget.updateComplete;
        const exported = parse(await widget.exportSVG());
        const { provinces, context } = builtInBoundaries();
        const rendered = parse(
          renderSvg({
            widget: widgetName,
            dataset: valid(data),
            boundaries: { regions: provinces, context },
            lang,
            // The picture's width: the widget's, and the margins around it.
            width: width + 32,
            filter,
          }).svg,
        );
        const page = widget.shadowRoot!;
        if (widgetName === 'tracker') {
          const ids = (scope: ParentNode) =>
            [...scope.querySelectorAll('[part="recommendation"]')].map((r) =>
              r.getAttribute('data-id'),
            );
          expect(ids(rendered)).to.deep.equal(ids(page));
          // The honest arithmetic, word for word.
          const arithmetic = page.querySelector('#summary')!.textContent!.trim();
          const said = [...rendered.querySelectorAll('text')].map((t) =>
            [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
          );
          expect(said).to.include(arithmetic);
          // The proportion bars: the same segments, at the same places, as the widget exports
          // (colours are compared by the export tests: the browser writes them as rgb()).
          const segments = (doc: Document) =>
            [...doc.querySelectorAll('[part="summary-chart"] rect.seg')].map((s) =>
              ['data-key', 'x', 'y', 'width'].map((name) => s.getAttribute(name)),
            );
          expect(segments(rendered)).to.not.deep.equal([]);
          expect(segments(rendered)).to.deep.equal(segments(exported));
        } else {
          expectSamePlaces(marks(rendered, part), marks(page, part));
          expectSamePlaces(marks(rendered, part), marks(exported, part));
          if (widgetName === 'map') {
            expectSamePlaces(marks(rendered, 'place'), marks(page, 'place'));
            const shapes = (scope: ParentNode) =>
              [...scope.querySelectorAll('[part="region"]')].map((r) => r.getAttribute('d'));
            expect(shapes(rendered)).to.deep.equal(shapes(page));
          }
        }
        const size = (doc: Document) =>
          ['width', 'height'].map((name) => doc.documentElement.getAttribute(name));
        expect(size(rendered)).to.deep.equal(size(exported));
        // The same words, in the same order: summary, names, ticks, key, footer.
        const words = (doc: Document) =>
          [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
        expect(words(rendered)).to.deep.equal(words(exported));
      });
    }
  }
});
