import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { customElementsManifest, literalUnionControls } from './custom-elements.js';

// Docs pages and controls from custom-elements.json (`npm run analyze`, run by build-storybook):
// each widget's properties, events, slots, CSS parts and custom properties, with descriptions.
if (customElementsManifest) setCustomElementsManifest(customElementsManifest);

const preview: Preview = {
  // A docs page per component, from its manifest entry and its stories.
  tags: ['autodocs'],
  argTypesEnhancers: [literalUnionControls],
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: { title: 'Language', icon: 'globe', items: ['en', 'ko'], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  decorators: [
    (story, { globals }) =>
      html`<div lang=${globals['lang'] ?? 'en'} data-theme=${globals['theme'] ?? 'light'}>
        ${story()}
      </div>`,
  ],
};

export default preview;
