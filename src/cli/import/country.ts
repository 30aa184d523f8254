/**
 * Countries by ISO 3166-1 code or English name, and their names in the dataset's languages,
 * from i18n-iso-countries (the names the Unicode CLDR project keeps for every language).
 */
import countries from 'i18n-iso-countries';
import type { Text } from '../../data/text.js';
import { countryByCode } from '../boundaries/country-codes.js';

/** `AM`, `am`, `ARM` or `Armenia` → `AM`; undefined when no country has that code or name. */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2,3}$/.test(trimmed)) return countryByCode(trimmed)?.alpha2;
  return countries.getSimpleAlpha2Code(trimmed, 'en') || undefined;
}

/**
 * The country's name in each of `languages` that the names cover (English when none does): a
 * string for one language, an object of language → name for several.
 */
export function countryName(code: string, languages: readonly string[]): Text {
  const names = languages
    .map((lang) => [lang, countries.getName(code, lang.split('-')[0]!)] as const)
    .filter((entry): entry is readonly [string, string] => !!entry[1]);
  if (names.length > 1) return Object.fromEntries(names);
  return names[0]?.[1] ?? countries.getName(code, 'en') ?? code;
}
