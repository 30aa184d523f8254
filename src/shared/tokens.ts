/**
 * The design tokens every widget starts from: `--civic-…` custom properties with defaults,
 * light and dark. A host page themes the widgets by setting these on them or an ancestor.
 * The colour scheme is inherited from the page (`color-scheme: dark` there makes the widgets
 * dark); `theme="light" | "dark"` on a widget overrides it, and `theme="auto"` follows the
 * reader's system setting.
 */
import { css } from 'lit';

/** The values of a widget's `theme` attribute; without one, it follows the page. */
export const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

export const tokenStyles = css`
  :host {
    --_font: var(--civic-font, system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', sans-serif);
    --_text: var(--civic-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--civic-color-muted, light-dark(#5b6470, #a3acb9));
    --_background: var(--civic-color-background, light-dark(#ffffff, #16191d));
    --_surface: var(--civic-color-surface, light-dark(#f4f5f7, #22262c));
    --_border: var(--civic-color-border, light-dark(#d0d4da, #3a4049));
    --_accent: var(--civic-color-accent, light-dark(#0b5cad, #7db7ff));
    --_error: var(--civic-color-error, light-dark(#a11d1d, #ff9c9c));
    --_focus: var(--civic-color-focus, light-dark(#0b5cad, #7db7ff));
    --_radius: var(--civic-radius, 4px);
    --_font-size: var(--civic-font-size, 0.9375rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
    background: var(--_background);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  /* For screen readers only: keyboard help, labels the chart shows by position. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
