/**
 * Keyboard navigation over a roving tabindex: of a widget's marks, regions or rows, the one
 * the keyboard is on has `tabindex="0"`, the others `-1`, and arrow keys move focus between
 * them. What each key does beyond moving stays in the widget.
 */
import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The roving tabindex of one widget: which id is active, and focus that follows it. It needs
 * no lifecycle hooks, so it does not register with its host; it only asks it to re-render.
 */
export class RovingFocus {
  private active?: string;

  /** `selector` finds the focusable element of an id, given already CSS-escaped. */
  constructor(
    private readonly host: Host,
    private readonly selector: (id: string) => string,
  ) {}

  /** The id the keyboard (or the last click) is on; setting it re-renders, like a `@state`. */
  get activeId(): string | undefined {
    return this.active;
  }
  set activeId(id: string | undefined) {
    if (id === this.active) return;
    this.active = id;
    this.host.requestUpdate();
  }

  /** Of `ids`, the one holding the roving tabindex: the active one if there, else the first. */
  rovingId(ids: readonly string[]): string | undefined {
    return this.active && ids.includes(this.active) ? this.active : ids[0];
  }

  /** The focusable element of `id`, if it is rendered. */
  element(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(this.selector(CSS.escape(id)));
  }

  /** Focuses the element of `id` once the next render is done. */
  focus(id: string): void {
    void this.host.updateComplete.then(() => this.element(id)?.focus());
  }

  /** Makes `id` the active one and focuses its element once the next render is done. */
  moveTo(id: string): void {
    this.activeId = id;
    this.focus(id);
  }
}

/**
 * Where `key` moves in a list of `count` from `index` (-1 when on none): the next or previous
 * with the arrow keys, the first with Home, the last with End, kept in the list; undefined for
 * any other key.
 */
export function linearStep(key: string, index: number, count: number): number | undefined {
  const keep = (to: number) => Math.max(0, Math.min(count - 1, to));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keep(index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return keep(index - 1);
    case 'Home':
      return keep(0);
    case 'End':
      return keep(count - 1);
    default:
      return undefined;
  }
}
