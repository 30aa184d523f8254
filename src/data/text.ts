/**
 * Localized text: a plain string, or an object of BCP 47 language tag to string
 * (`{"en": "…", "ko": "…"}`) with at least one entry.
 */
export type Text = string | Readonly<Record<string, string>>;

/** A BCP 47 language tag as used for keys of `Text` (`en`, `ko`, `zh-Hant`, `pt-BR`). */
export const languageTagPattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The text and the language it is actually in, so a widget can set `lang` on it. */
export interface ResolvedText {
  text: string;
  lang: string | undefined;
}

/**
 * Picks the text to show for `lang`: that language (or its base language, `ko` for `ko-KR`),
 * else English, else the first entry. Reads own properties only, so a polluted
 * `Object.prototype` can never supply a translation.
 */
export function resolveText(text: Text | undefined, lang: string): ResolvedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  const base = lang.split('-')[0] ?? lang;
  for (const candidate of [lang, base, 'en']) {
    if (Object.hasOwn(text, candidate)) return { text: text[candidate] as string, lang: candidate };
  }
  const first = Object.keys(text)[0];
  return first === undefined
    ? { text: '', lang: undefined }
    : { text: text[first] as string, lang: first };
}

/** The string alone, for sorting, searching and table cells. */
export function textIn(text: Text | undefined, lang: string): string {
  return resolveText(text, lang).text;
}
