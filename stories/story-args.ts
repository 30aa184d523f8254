/**
 * Binds a story's args to the element it is written on, so that a story's template names only
 * its tag: `<civic-incident-timeline ${storyArgs(args)}>`. Storybook derives the args from
 * custom-elements.json (.storybook/custom-elements.ts): each property's control sets the
 * property of that name (through its attribute when it has one, so that the docs' "Show code"
 * is embed code), each CSS custom property's (`--civic-font`) sets it on the element, and each
 * event's action (`onCivicSelect`) listens to that event (`civic-select`), so the Actions
 * panel shows what a reader's gesture fired.
 */
import { nothing, type ReactiveElement } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** `onCivicFilterChange` → `civic-filter-change`: the manifest's event names, as Storybook keys them. */
function eventNameOf(argName: string): string | undefined {
  const match = /^on([A-Z].*)$/.exec(argName);
  return match?.[1]?.replace(/[A-Z]/g, (letter, index: number) =>
    index ? `-${letter.toLowerCase()}` : letter.toLowerCase(),
  );
}

/** The attribute of a Lit element's property, as Lit names it; undefined for objects. */
function attributeOf(element: HTMLElement, property: string): string | undefined {
  const declared = (element.constructor as typeof ReactiveElement).elementProperties?.get(property);
  if (!declared || declared.attribute === false) return undefined;
  return typeof declared.attribute === 'string' ? declared.attribute : property.toLowerCase();
}

/** A property's value as its attribute, or as itself when it has none or is not text. */
function setProperty(element: HTMLElement, name: string, value: unknown): void {
  const attribute = attributeOf(element, name);
  if (attribute && (typeof value === 'string' || typeof value === 'number'))
    element.setAttribute(attribute, String(value));
  else if (attribute && value === undefined) element.removeAttribute(attribute);
  else (element as unknown as Record<string, unknown>)[name] = value;
}

/** An empty control leaves the widget's default (or the page's value) in force. */
function setCustomProperty(element: HTMLElement, name: string, value: unknown): void {
  if (value === undefined || value === null || value === '') element.style.removeProperty(name);
  else element.style.setProperty(name, String(value));
}

class StoryArgsDirective extends Directive {
  /** The latest action per event: re-rendered args replace it without adding listeners. */
  private readonly actions = new Map<string, (event: Event) => void>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('storyArgs() goes on an element');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element as HTMLElement;
    for (const [name, value] of Object.entries(args)) {
      const eventName = eventNameOf(name);
      if (eventName && typeof value === 'function') this.listen(element, eventName, value);
      else if (name.startsWith('--')) setCustomProperty(element, name, value);
      else setProperty(element, name, value);
    }
    return nothing;
  }

  private listen(element: Element, eventName: string, action: (event: Event) => void): void {
    if (!this.actions.has(eventName))
      element.addEventListener(eventName, (event) => this.actions.get(eventName)?.(event));
    this.actions.set(eventName, action);
  }
}

/**
 * Sets each arg as the element's property of that name (through its attribute when it has
 * one; a `--…` arg as its custom property); an `on…` function listens to its event.
 */
export const storyArgs = directive(StoryArgsDirective);
