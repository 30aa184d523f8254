import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { initialPageGlobals, storyPage } from '../../.storybook/story-page.js';
import '../../src/index.js';
import * as datasetStories from '../../stories/dataset.stories.js';
import * as linkedStories from '../../stories/linked.stories.js';
import * as mapStories from '../../stories/province-map.stories.js';
import * as timelineStories from '../../stories/incident-timeline.stories.js';
import * as trackerStories from '../../stories/recommendation-tracker.stories.js';
import { largeIncidentCount } from '../../stories/story-datasets.js';

// Every story designers see in Storybook, rendered here as Storybook would (its args over its
// meta's, on the page the toolbar's defaults give) and checked with axe-core: no violation on
// any of them.
interface Story {
  name?: string;
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

const widgets = 'civic-incident-timeline, civic-province-map, civic-recommendation-tracker';

const showing = (el: Element, part: string) => el.shadowRoot?.querySelector(`[part="${part}"]`);

/** Settled: every widget has drawn something other than its loading placeholder. */
async function settled(root: Element) {
  await waitUntil(
    () =>
      [...root.querySelectorAll(widgets)].every(
        (el) => !el.hasAttribute('aria-busy') && el.shadowRoot && !showing(el, 'loading'),
      ),
    'stories settle',
    { timeout: 15_000 },
  );
  await new Promise((done) => setTimeout(done, 100));
}

/** A Loading story never settles: every widget shows its placeholder. */
async function loading(root: Element) {
  await waitUntil(
    () => [...root.querySelectorAll(widgets)].every((el) => showing(el, 'loading')),
    'every widget shows its loading placeholder',
  );
}

async function renderStory(meta: Story, story: Story, exportName: string) {
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${exportName} has no render`);
  const content = render({ ...meta.args, ...story.args });
  return fixture(html`<div style="width: 900px">${storyPage(content, initialPageGlobals)}</div>`);
}

for (const [name, module] of Object.entries(modules)) {
  const meta = module.default;
  describe(`stories of ${name}`, () => {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${exportName} passes axe`, async function () {
        this.timeout(60_000);
        const root = await renderStory(meta, story, exportName);
        if (/Loading/.test(exportName)) await loading(root);
        else await settled(root);
        // Only the stories about errors may show one: the others must have drawn their data.
        const errors = [...root.querySelectorAll(widgets)].filter((el) => showing(el, 'error'));
        if (!/Invalid|NotFound/.test(exportName))
          expect(
            errors.map((el) => el.localName),
            'widgets showing an error',
          ).to.deep.equal([]);
        else expect(errors, 'widgets showing an error').not.to.be.empty;
        await expect(root).to.be.accessible();
      });
    }
  });
}

describe('stories of synthetic data', () => {
  const large = Object.entries(modules).flatMap(([name, module]) =>
    Object.entries(module)
      .filter(([exportName]) => exportName === 'Large')
      .map(([, story]) => [name, module.default, story as Story] as const),
  );

  it('give each widget a Large story', () => {
    expect(large.map(([name]) => name)).to.deep.equal(['timeline', 'map', 'tracker']);
  });

  for (const [name, meta, story] of large) {
    it(`label the Large story of ${name} synthetic, in its name and on the page`, async function () {
      this.timeout(60_000);
      // A literal in the story file, as Storybook's index reads names without running the file.
      expect(story.name).to.equal(
        `Large (${largeIncidentCount.toLocaleString('en')} synthetic incidents)`,
      );
      const root = await renderStory(meta, story, 'Large');
      const note = root.querySelector<HTMLElement>('.synthetic-note');
      expect(note?.innerText).to.match(/^Synthetic data, generated for this story: not real/);
      await settled(root);
    });
  }
});
