/**
 * Ids made from text, for rows whose `id` cell is empty: the same text gives the same id on
 * every run, so that links and filters saved in a page's URL keep working after re-importing.
 */
import { withoutAccents } from './match-names.js';

/** Long enough to tell titles apart, short enough for a readable URL. */
const maxSlugLength = 80;

/**
 * `"Arrest of 12 journalists in Yerevan"` → `arrest-of-12-journalists-in-yerevan`: lower case,
 * accents dropped, letters and digits of any script kept (`기자-체포`), everything else a hyphen.
 */
export function slugOf(text: string): string {
  const slug = withoutAccents(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, never inside a surrogate pair, and not on a hyphen.
  return [...slug].slice(0, maxSlugLength).join('').replace(/-+$/, '');
}

/** An incident's id from its date and title: `2024-09-14-arrest-of-12-journalists`. */
export function incidentIdOf(date: string, title: string): string {
  const slug = slugOf(title);
  return slug ? `${date}-${slug}` : date;
}
