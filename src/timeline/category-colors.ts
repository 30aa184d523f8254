/**
 * Category colours as a constructed style sheet: `.cat-N { --_color: … }` for each category,
 * overridable by the embedder with `--civic-category-<id>` (or `--civic-category-N` for ids
 * that are not plain CSS names). A constructed sheet, not inline styles, so that pages with a
 * strict Content-Security-Policy (no 'unsafe-inline') still show the colours.
 */
import type { Category } from '../data/schema.js';

/** Colour-blind-safe defaults (Okabe & Ito), for categories that name no colour. */
export const defaultPalette = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
  '#F0E442',
];

const plainName = /^[A-Za-z][A-Za-z0-9_-]*$/;
// Validated by the schema already; checked again because it is written into CSS.
const hexColor = /^#[0-9a-fA-F]{6}$/;

export function categoryColor(category: Category | undefined, index: number): string {
  const color = category?.color;
  return color && hexColor.test(color) ? color : defaultPalette[index % defaultPalette.length]!;
}

export function categoryCss(categories: readonly Category[]): string {
  return categories
    .map((category, index) => {
      const name = plainName.test(category.id) ? category.id : String(index);
      return `.cat-${index} { --_color: var(--civic-category-${name}, ${categoryColor(category, index)}); }`;
    })
    .join('\n');
}

/** One sheet per element, replaced when the categories' rules (`categoryCss`) change. */
export class CategorySheet {
  readonly sheet = new CSSStyleSheet();
  private css = '';

  update(css: string): void {
    if (css !== this.css) {
      this.css = css;
      this.sheet.replaceSync(css);
    }
  }
}
