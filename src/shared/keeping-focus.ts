/**
 * Focus for buttons that go away with what they do ("Clear filters" goes with the filter,
 * "Show more" with the last page): without this, focus falls back to the top of the page and
 * a keyboard or screen-reader user loses their place.
 */
import type { ReactiveElement } from 'lit';

/**
 * A click handler that runs `action`, and once the widget has re-rendered, if the button is
 * gone, focuses what `fallback` selects in the same shadow root.
 */
export function keepingFocus(action: () => void, fallback: string) {
  return async (event: Event) => {
    const button = event.currentTarget as Element;
    const root = button.getRootNode() as ShadowRoot;
    action();
    await (root.host as ReactiveElement | undefined)?.updateComplete;
    if (!button.isConnected) root.querySelector<HTMLElement>(fallback)?.focus();
  };
}
