// The recommendation tracker: first frame (validate + render) and one search keystroke
// (input event → filtered list painted) for 300 and 5,000 synthetic recommendations.
import '../src/tracker/recommendation-tracker.js';
import type { RecommendationTracker } from '../src/tracker/recommendation-tracker.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';
import { medianMs, ms, quick, report } from './bench-kit.js';

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));

/** Resolves after the frame that shows the last DOM change has been painted. */
async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

async function mount(stage: HTMLElement, data: unknown): Promise<RecommendationTracker> {
  stage.replaceChildren();
  const el = document.createElement('civic-recommendation-tracker');
  el.data = data;
  stage.append(el);
  await el.updateComplete;
  return el;
}

function search(el: RecommendationTracker): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
}

async function main() {
  const stage = document.createElement('div');
  stage.className = 'bench-stage';
  document.body.append(stage);
  const rows: (string | number)[][] = [];
  const values: Record<string, number> = {};
  for (const size of quick ? [300] : [300, 5_000]) {
    const data = syntheticDataset({ incidents: 10, recommendations: size, seed: 3 });
    const firstFrame = await medianMs(async () => {
      const start = performance.now();
      await mount(stage, data);
      await nextFrame();
      return performance.now() - start;
    });
    const el = await mount(stage, data);
    await painted();
    const input = search(el);
    // Each keystroke extends or shortens the query, as typing does ("recommendation 1", "…12").
    const words = ['r', 're', 'rec', 'reco', 'recommendation 1', 'recommendation 12', 'x', ''];
    let i = 0;
    const keystroke = async () => {
      input.value = words[i++ % words.length]!;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    // Script and render time of the update (what blocks the next frame)…
    const update = await medianMs(keystroke, 15);
    // …and with the style and layout of the new rows (forced here; paint follows at vsync).
    const toLayout = await medianMs(async () => {
      await keystroke();
      el.shadowRoot!.querySelector('.count')?.getBoundingClientRect();
      document.body.offsetHeight; // eslint-disable-line @typescript-eslint/no-unused-expressions
    }, 15);
    const toFrame = await medianMs(async () => {
      await keystroke();
      await nextFrame();
    }, 15);
    values[`${size}|data`] = firstFrame;
    rows.push([size.toLocaleString('en'), ms(firstFrame), ms(update), ms(toLayout), ms(toFrame)]);
  }
  stage.remove();
  report({
    title: 'Recommendation tracker (median, headless Chromium)',
    note: 'Synthetic data (test/fixtures/synthetic-dataset.ts). "first frame": data set → validated, first page of 100 rows rendered, next animation frame. "keystroke update": input event → Lit update done (filter of the precomputed search text, page re-rendered). "+ style/layout": the same with style and layout forced, the main-thread work before paint. "to next frame": to the next requestAnimationFrame, which waits for vsync (up to 16.7 ms) too.',
    columns: [
      'recommendations',
      'first frame',
      'keystroke update',
      '+ style/layout',
      'to next frame',
    ],
    rows,
    values,
  });
}

// After load, so that the page counts as loaded while the benchmark runs.
setTimeout(main, 0);
