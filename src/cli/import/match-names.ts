/**
 * Finding what a researcher means by a name: a region, category, source or place written by
 * its id or its name, in any case and with or without accents ("Yerevan", "yerevan", "AM-ER";
 * "Sao Paulo" for "São Paulo"), and the nearest names when nothing matches.
 */

// The combining diacritical marks (accents, cedillas, umlauts, tildes…) and their supplements:
// not every combining mark (\p{M}), since Indic and other scripts write vowels with marks that
// are part of the word, not an accent on it.
const diacritics = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Text without accents: NFD splits "é" into "e" and a mark, the mark goes, NFC rejoins the rest (Hangul). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(diacritics, '').normalize('NFC');
}

/** The key two spellings of one name share: no accents, lower case, one space between words. */
export function nameKey(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[\s_\-'’.,]+/gu, ' ')
    .trim();
}

/** The Levenshtein distance between two strings (in code points), or more than `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // Every later row is at least this row's least value: stop once it is too far.
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * Up to `count` of the candidates nearest to `text`, closest first, among those a typo could
 * explain (at most a third of the longer name's letters differ, and at least two may). Ties
 * keep the candidates' order, so the suggestion is the same on every run.
 */
export function nearestNames(text: string, candidates: readonly string[], count = 3): string[] {
  const key = nameKey(text);
  const scored: { name: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    if (seen.has(name)) continue;
    seen.add(name);
    const other = nameKey(name);
    const max = Math.max(2, Math.floor(Math.max(key.length, other.length) / 3));
    const distance = Math.min(
      editDistance(key, other, max),
      // A name written in part ("Vayots" for "Vayots Dzor") is a near miss too.
      key.length >= 3 && other.includes(key) ? 1 : Infinity,
    );
    if (distance <= max) scored.push({ name, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ name }) => name);
}

/** What a name found: one record, several (the name is ambiguous), or none. */
export type Lookup<T> =
  { found: T } | { ambiguous: T[] } | { missing: true; suggestions: string[] };

/**
 * An index of records by their id and their names (in every language), matched by `nameKey`.
 * An id written exactly wins over a name; a name two records share is ambiguous.
 */
export class NameIndex<T> {
  private readonly byId = new Map<string, T>();
  private readonly byKey = new Map<string, T[]>();
  /** Every id and name, for suggestions, in the order added. */
  readonly names: string[] = [];

  add(record: T, id: string, names: readonly string[]): void {
    if (!this.byId.has(id)) this.byId.set(id, record);
    for (const name of new Set([id, ...names])) {
      if (!name) continue;
      this.names.push(name);
      const key = nameKey(name);
      const records = this.byKey.get(key) ?? [];
      if (!records.includes(record)) records.push(record);
      this.byKey.set(key, records);
    }
  }

  find(text: string): Lookup<T> {
    const exact = this.byId.get(text);
    if (exact !== undefined) return { found: exact };
    const records = this.byKey.get(nameKey(text)) ?? [];
    if (records.length === 1) return { found: records[0]! };
    if (records.length > 1) return { ambiguous: records };
    // The nearest names, one per record: "arest" suggests "arrest", not also its label "Arrests".
    const suggested = new Set<T>();
    const suggestions = nearestNames(text, this.names, this.names.length).filter((name) => {
      const record = this.byKey.get(nameKey(name))![0]!;
      if (suggested.has(record)) return false;
      suggested.add(record);
      return true;
    });
    return { missing: true, suggestions: suggestions.slice(0, 3) };
  }

  get size(): number {
    return this.byId.size;
  }
}

/** `"Yerevn" is not one of the regions; did you mean "Yerevan"?` and its variants. */
export function notFoundMessage(
  value: string,
  what: string,
  suggestions: readonly string[],
  all: readonly string[],
): string {
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
  let message = `"${value}" is not one of the ${what}`;
  if (suggestions.length === 1) message += `; did you mean ${quoted(suggestions)}?`;
  else if (suggestions.length) message += `; did you mean one of ${quoted(suggestions)}?`;
  else if (all.length && all.length <= 12) message += ` (${quoted(all)})`;
  return message;
}
