/** A number of people in words, as the source gives it: "2", "at least 30" / "최소 30", "12–20". */
import type { People } from '../data/schema.js';
import { messagesFor } from './messages.js';
import { formatNumber } from './format-number.js';

export function formatPeople(people: People, lang: string): string {
  if (typeof people === 'number') return formatNumber(people, lang);
  const min = formatNumber(people.min, lang);
  if (people.max === undefined) return messagesFor(lang).atLeast(min);
  return people.max === people.min ? min : `${min}–${formatNumber(people.max, lang)}`;
}
