import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import * as datasetStories from '../../stories/dataset.stories.js';
import * as linkedStories from '../../stories/linked.stories.js';
import * as mapStories from '../../stories/province-map.stories.js';
import * as timelineStories from '../../stories/incident-timeline.stories.js';
import * as trackerStories from '../../stories/recommendation-tracker.stories.js';

// Every story designers see in Storybook, rendered here as Storybook would and checked with
// axe-core: no violation on any of them.
interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
type StoryModule = { default: Story } & Record<string, unknown>;

const modules: Record<string, StoryModule> = {
  dataset: datasetStories as unknown as StoryModule,
  timeline: timelineStories as unknown as StoryModule,
  map: mapStories as unknown as StoryModule,
  tracker: trackerStories as unknown as StoryModule,
  linked: linkedStories as unknown as StoryModule,
};

const widgets =
  'civic-incident-timeline, civic-province-map, civic-recommendation-tracker, story-dataset-state';

/** Settled: every widget has drawn something other than its loading placeholder. */
async function settled(root: Element) {
  await waitUntil(
    () =>
      [...root.querySelectorAll(widgets)].every(
        (el) =>
          !el.hasAttribute('aria-busy') &&
          el.shadowRoot &&
          !el.shadowRoot.querySelector('[part="loading"]'),
      ),
    'stories settle',
    { timeout: 15_000 },
  );
  await new Promise((done) => setTimeout(done, 100));
}

for (const [name, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(`stories of ${name}`, () => {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${exportName} passes axe`, async function () {
        this.timeout(30_000);
        const render = story.render ?? meta.render;
        if (!render) throw new Error(`${exportName} has no render`);
        const root = await fixture(
          html`<div style="width: 900px">${render({ ...meta.args, ...story.args })}</div>`,
        );
        await settled(root);
        // Only the stories about errors may show one: the others must have drawn their data.
        const errors = [...root.querySelectorAll(widgets)].filter((el) =>
          el.shadowRoot!.querySelector('[part="error"]'),
        );
        if (!/Invalid|NotFound/.test(exportName))
          expect(
            errors.map((el) => el.localName),
            'widgets showing an error',
          ).to.deep.equal([]);
        await expect(root).to.be.accessible();
      });
    }
  });
}
