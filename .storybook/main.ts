import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Use the tiny .storybook/vite.config.ts, not the repo root's per-command function config
    // (its `serve` branch sets root: 'demo' and publicDir: '../data'). Path is relative to cwd.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // Served at /data so stories can fetch('/data/north-korea.json').
  staticDirs: [
    { from: '../data', to: '/data' },
    // The boundaries of the "Another country" story, a test fixture.
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
