/**
 * The page every story sits on, set from Storybook's toolbar: its language and its colour
 * scheme. The widgets take both from the page as an embedding site would give them: `lang`
 * from the nearest ancestor, light or dark from the inherited `color-scheme` (a widget without
 * a `theme` attribute follows it; src/shared/tokens.ts). Kept apart from preview.ts, which
 * needs Vite, so that test/stories renders every story on this same page.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { uiLanguages } from '../src/shared/messages.js';
import { themes, type Theme } from '../src/shared/tokens.js';

/** The page's `color-scheme` for each theme; `auto` follows the reader's system setting. */
const colorSchemes: Record<Theme, string> = {
  light: 'light',
  dark: 'dark',
  auto: 'light dark',
};

export const pageGlobalTypes: Preview['globalTypes'] = {
  lang: {
    description: 'Language of the page',
    toolbar: { title: 'Language', icon: 'globe', items: [...uiLanguages], dynamicTitle: true },
  },
  theme: {
    description: 'Colour scheme of the page, followed by every widget without a theme attribute',
    toolbar: { title: 'Theme', icon: 'mirror', items: [...themes], dynamicTitle: true },
  },
};

export const initialPageGlobals: { lang: string; theme: Theme } = { lang: 'en', theme: 'light' };

function colorSchemeOf(theme: unknown): string {
  return colorSchemes[themes.find((known) => known === theme) ?? 'light'];
}

/**
 * `content` on a page with these globals. `Canvas` and `CanvasText` follow the colour scheme,
 * so the text a story shows around its widgets (captions, notes) turns dark with them.
 */
export function storyPage(content: unknown, globals: Record<string, unknown>) {
  return html`<div
    class="story-page"
    lang=${String(globals['lang'] ?? initialPageGlobals.lang)}
    style="color-scheme: ${colorSchemeOf(globals['theme'])}; background: Canvas; color: CanvasText; padding: 1rem"
  >
    ${content}
  </div>`;
}

/** Every story on its page, as the toolbar sets it. */
export const withStoryPage: Decorator = (story, { globals }) => storyPage(story(), globals);
