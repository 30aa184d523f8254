/**
 * A number of people as the source gives it (`peopleAffected`): exactly, at least some number,
 * or between two. Sums and colours count the least: never more people than a source says.
 */
import type { People } from './schema.js';

/** The least number of people the source allows: `30` for "at least 30", `12` for "12–20". */
export const leastPeople = (people: People): number =>
  typeof people === 'number' ? people : people.min;

/** True when the source gives a range ("at least 30", "12–20") rather than a number. */
export const isRange = (people: People | undefined): boolean =>
  people !== undefined && typeof people !== 'number';
