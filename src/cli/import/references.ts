/**
 * A cell that names another record (a region, category, source, place, theme or review) by
 * its id or its name, resolved through a `NameIndex`; a name that matches nothing is reported
 * with the nearest names, one that matches several with their ids.
 */
import { notFoundMessage, type NameIndex } from './match-names.js';
import type { CellPlace, Report } from './problems.js';

/** The records one kind of reference can name, and how to speak of them. */
export interface Referable<T> {
  index: NameIndex<T>;
  /** `regions`, `sources`…, as in "is not one of the regions". */
  plural: string;
  /** The names listed when nothing is near (a short list only). */
  names: string[];
  idOf(record: T): string;
}

/** The record `value` names, or undefined with the problem reported at `place`. */
export function resolveReference<T>(
  referable: Referable<T>,
  value: string,
  place: CellPlace,
  report: Report,
): T | undefined {
  const lookup = referable.index.find(value);
  if ('found' in lookup) return lookup.found;
  if ('ambiguous' in lookup) {
    const ids = lookup.ambiguous.map((record) => `"${referable.idOf(record)}"`).join(', ');
    report.problem(
      place,
      `"${value}" names ${lookup.ambiguous.length} ${referable.plural} (${ids}): write the id of the one you mean`,
    );
    return undefined;
  }
  report.problem(
    place,
    notFoundMessage(value, referable.plural, lookup.suggestions, referable.names),
  );
  return undefined;
}

/** Each id of a `;`-separated cell, resolved; the ones that resolve, without repeats. */
export function resolveReferences<T>(
  referable: Referable<T>,
  values: readonly string[],
  place: CellPlace,
  report: Report,
): string[] {
  const ids: string[] = [];
  for (const value of values) {
    const record = resolveReference(referable, value, place, report);
    if (record !== undefined && !ids.includes(referable.idOf(record)))
      ids.push(referable.idOf(record));
  }
  return ids;
}
