/**
 * Countries by their ISO 3166-1 codes, with English names, from i18n-iso-countries: what
 * `boundaries <country>` accepts (`ZW`, `zwe`) and what it suggests for a code it does not know.
 */
import countries from 'i18n-iso-countries';
import { nameKey, nearestNames } from '../import/match-names.js';

/** A country as the command names it: both ISO 3166-1 codes and its English short name. */
export interface Country {
  alpha2: string;
  alpha3: string;
  name: string;
}

/** The country with this code, given as ISO 3166-1 alpha-2 or alpha-3 in any case. */
export function countryByCode(code: string): Country | undefined {
  const trimmed = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(trimmed)) return undefined;
  const alpha2 = trimmed.length === 2 ? trimmed : countries.alpha3ToAlpha2(trimmed);
  const alpha3 = alpha2 && countries.alpha2ToAlpha3(alpha2);
  const name = alpha2 && countries.getName(alpha2, 'en');
  return alpha2 && alpha3 && name ? { alpha2, alpha3, name } : undefined;
}

/**
 * Up to three of `among` that the text may have meant: a country named exactly so (`Zimbabwe`),
 * then codes and names a typo away (`ZWW`, `Zimbabwee`), then names that contain the text.
 */
export function suggestCountries(text: string, among: readonly Country[]): Country[] {
  const key = nameKey(text);
  const byLabel = new Map<string, Country>();
  for (const country of among) {
    for (const label of [country.alpha2, country.alpha3, country.name]) byLabel.set(label, country);
  }
  const named = among.filter((country) => nameKey(country.name) === key);
  const near = nearestNames(text, [...byLabel.keys()], 6).map((label) => byLabel.get(label)!);
  const containing =
    key.length >= 4 ? among.filter((country) => nameKey(country.name).includes(key)) : [];
  return [...new Set([...named, ...near, ...containing])].slice(0, 3);
}

/** `ZW (Zimbabwe)`, as suggestions and the list show a country. */
export function countryLabel(country: Country): string {
  return `${country.alpha2} (${country.name})`;
}
