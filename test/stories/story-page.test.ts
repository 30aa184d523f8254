import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pageGlobalTypes, storyPage } from '../../.storybook/story-page.js';
import '../../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import { themes } from '../../src/shared/tokens.js';
import { exampleDataset } from '../fixtures/datasets.js';

// The backgrounds of src/shared/tokens.ts, light and dark.
const light = 'rgb(255, 255, 255)';
const dark = 'rgb(22, 25, 29)';

async function backgroundOn(theme: string, attributes: { theme?: string } = {}) {
  const page = await fixture(
    storyPage(
      html`<civic-incident-timeline
        .data=${exampleDataset()}
        theme=${ifDefined(attributes.theme)}
      ></civic-incident-timeline>`,
      { lang: 'en', theme },
    ),
  );
  const el = page.querySelector<IncidentTimeline>('civic-incident-timeline')!;
  await el.updateComplete;
  return getComputedStyle(el).backgroundColor;
}

describe('the story page (Storybook toolbar)', () => {
  it('offers every theme the widgets know', () => {
    expect(pageGlobalTypes?.['theme']?.toolbar?.items).to.deep.equal([...themes]);
  });

  it('makes a widget without a theme attribute light or dark, as the Theme toolbar says', async () => {
    expect(await backgroundOn('light')).to.equal(light);
    expect(await backgroundOn('dark')).to.equal(dark);
  });

  it("leaves a widget's own theme attribute in force", async () => {
    expect(await backgroundOn('dark', { theme: 'light' })).to.equal(light);
    expect(await backgroundOn('light', { theme: 'dark' })).to.equal(dark);
  });

  it('gives the page the language of the Language toolbar', async () => {
    const page = await fixture(storyPage(html`<p>안녕</p>`, { lang: 'ko', theme: 'light' }));
    expect(page.getAttribute('lang')).to.equal('ko');
  });
});
