/**
 * Memoisation for `willUpdate`: a widget recomputes a layout only when one of its inputs is a
 * different object than last time (datasets, filters and sizes are replaced, never mutated).
 */

/** Records `next` as the inputs in `last` and says whether any differs from the last ones. */
export function changedInputs(last: unknown[], next: unknown[]): boolean {
  const changed = next.length !== last.length || next.some((value, i) => value !== last[i]);
  if (changed) last.splice(0, last.length, ...next);
  return changed;
}

/**
 * One memoised step of a model: a function that recomputes its value only when the inputs it
 * is given differ from the last call's, and otherwise returns the same object.
 */
export function lastResult<T>() {
  const last: unknown[] = [];
  let value: T;
  return (inputs: unknown[], compute: () => T): T => {
    if (changedInputs(last, inputs)) value = compute();
    return value;
  };
}
