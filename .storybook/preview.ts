import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { customElementsManifest, manifestControls } from './custom-elements.js';
import { initialPageGlobals, pageGlobalTypes, withStoryPage } from './story-page.js';

// Docs pages and controls from custom-elements.json (`npm run analyze`, run by build-storybook):
// each widget's properties, events, slots, CSS parts and custom properties, with descriptions.
if (customElementsManifest) setCustomElementsManifest(customElementsManifest);

const preview: Preview = {
  // A docs page per component, from its manifest entry and its stories.
  tags: ['autodocs'],
  argTypesEnhancers: [manifestControls],
  globalTypes: pageGlobalTypes,
  initialGlobals: initialPageGlobals,
  decorators: [withStoryPage],
  // The story page (story-page.ts) brings its own padding, so that its background fills the canvas.
  parameters: { layout: 'fullscreen' },
};

export default preview;
