import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

const preview: Preview = {
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
