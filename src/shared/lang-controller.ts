/**
 * A widget's language: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else English. Hosts re-render when any `lang` on the page changes, so a page-wide language
 * switch reaches every widget.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` that applies to an element, or `en`. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return usableTag(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * A tag every Intl format accepts: `ko_KR`, a POSIX locale name pages often carry, reads as
 * `ko-KR`; a tag Intl cannot read at all reads as English, rather than throw in a render.
 */
function usableTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

// One observer for the whole document, however many widgets are on the page.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatch(host: Host): void {
  hosts.delete(host);
  if (!hosts.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  /**
   * The language in force, read when asked: controllers' hostUpdate runs after the host's
   * willUpdate, which needs the language too. Cheap: a walk up a few ancestors.
   */
  get lang(): string {
    return languageOf(this.host);
  }
}
