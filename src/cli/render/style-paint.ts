/**
 * The widgets' colours in Node, read from their own style sheets: each `var(--…)` a picture
 * asks for is resolved as the browser would resolve it on an element of a class inside the
 * widget, with nothing set by a page, in the light colour scheme. So `render` draws with the
 * colours the widget shows by default, from the one place they are written.
 */
import type { Paint } from '../../shared/svg-picture.js';

/** Custom properties each selector sets: `:host`, and plain class selectors (`.cat-0`). */
type Declarations = Map<string, Map<string, string>>;

/** The top-level rules of `css`, @-rules (media queries) left out. */
function readRules(css: string, into: Declarations): void {
  const text = css.replace(/\/\*[^]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  let skipping = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth === 0) skipping = text.slice(start, i).trim().startsWith('@');
      depth += 1;
      if (depth === 1) start = i;
    } else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) {
        const selectors = text.slice(text.lastIndexOf('}', start - 1) + 1, start);
        if (!skipping) declare(selectors, text.slice(start + 1, i), into);
        start = i + 1;
      }
    }
  }
}

function declare(selectors: string, body: string, into: Declarations): void {
  const custom = [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)];
  if (!custom.length) return;
  for (const selector of selectors.split(',').map((s) => s.trim())) {
    if (selector !== ':host' && !/^\.[\w-]+$/.test(selector)) continue;
    const set = into.get(selector) ?? new Map<string, string>();
    for (const [, name, value] of custom) set.set(name!, value!.trim());
    into.set(selector, set);
  }
}

/** The text inside the parentheses opening at `open`, and the index after the closing one. */
function group(text: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return [text.slice(open + 1, i), i + 1];
  }
  return [text.slice(open + 1), text.length];
}

/** The first top-level comma's index, or -1. */
function topComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    else if (text[i] === ',' && depth === 0) return i;
  }
  return -1;
}

/** `value` with every var() and light-dark() resolved for an element of `className`. */
function resolve(value: string, rules: Declarations, className: string | undefined): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.slice(i).search(/\b(var|light-dark)\(/);
    if (at < 0) break;
    const name = value.slice(i + at).startsWith('var(') ? 'var' : 'light-dark';
    const open = i + at + name.length;
    out += value.slice(i, i + at);
    const [inner, next] = group(value, open);
    const comma = topComma(inner);
    const first = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const rest = comma < 0 ? '' : inner.slice(comma + 1).trim();
    if (name === 'light-dark') out += resolve(first, rules, className);
    else {
      const set =
        (className && rules.get(`.${className}`)?.get(first)) ?? rules.get(':host')?.get(first);
      out += resolve(set ?? rest, rules, className);
    }
    i = next;
  }
  return (out + value.slice(i)).trim();
}

/** A `Paint` that resolves against `styles` (the widget's css texts, in cascade order). */
export function stylePaint(styles: readonly string[]): Paint {
  const rules: Declarations = new Map();
  for (const css of styles) readRules(css, rules);
  return {
    color: (value, className) => resolve(value, rules, className),
    number: (value, className) => Number.parseFloat(resolve(value, rules, className)),
    font: resolve('var(--_font)', rules, undefined),
    size: 15,
  };
}
