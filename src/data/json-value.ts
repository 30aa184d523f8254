/**
 * JSON values that a polluted host page cannot tamper with. Every object is created with a
 * null prototype and copied from own properties only, so `Object.prototype.regionId = "KP-01"`
 * set by a script on the page (before or after the data loads) never fills in a missing field.
 */
import { formatPath, makeIssue, type DatasetIssue } from './dataset-issues.js';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonResult = { ok: true; value: JsonValue } | { ok: false; issues: DatasetIssue[] };

/** Deeper than any real dataset; deep enough nesting could otherwise exhaust the stack. */
export const maxDepth = 64;

/** Parses JSON text into null-prototype objects; a syntax error becomes an issue, never a throw. */
export function parseJson(text: string): JsonResult {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (error) {
    return { ok: false, issues: [makeIssue('', 'invalid-json', { detail: errorText(error) })] };
  }
  if (!dropPrototypes(value, 0)) {
    return { ok: false, issues: [makeIssue('', 'too-deep', { max: maxDepth })] };
  }
  return { ok: true, value };
}

/**
 * Gives every object of a fresh JSON.parse result a null prototype, in place. Measured faster
 * than a reviver or a copy (bench/dataset.bench.ts): objects keep their fast shapes. A "__proto__"
 * key from the text is an own property already (JSON.parse defines, never assigns).
 */
function dropPrototypes(value: JsonValue, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  // Deeper than any dataset: refused before the walk could exhaust the stack.
  if (depth > maxDepth) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1)
      if (!dropPrototypes(value[i]!, depth + 1)) return false;
    return true;
  }
  Object.setPrototypeOf(value, null);
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i += 1)
    if (!dropPrototypes(value[keys[i]!]!, depth + 1)) return false;
  return true;
}

/**
 * Copies any JavaScript value (what an embedder sets as `data`) into a JSON value with
 * null-prototype objects, or says where it holds something JSON cannot: a function, a cycle,
 * `undefined`, a Date or Map, a non-finite number. Getters that throw are caught too.
 */
export function toJsonValue(input: unknown): JsonResult {
  const issues: DatasetIssue[] = [];
  const ancestors = new Set<object>();
  // One path for the whole walk, pushed and popped: a copy of 100,000 records must not
  // allocate a path array per value. It is formatted only when there is something to report.
  const path: PropertyKey[] = [];
  const report = (code: 'not-json' | 'too-deep', params: Record<string, string | number>) => {
    issues.push(makeIssue(formatPath(path), code, params));
    return null;
  };
  const copy = (value: unknown): JsonValue => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      return Number.isFinite(value) ? value : report('not-json', { received: String(value) });
    }
    if (typeof value !== 'object') return report('not-json', { received: typeof value });
    if (path.length > maxDepth) return report('too-deep', { max: maxDepth });
    if (ancestors.has(value)) return report('not-json', { received: 'a reference to itself' });
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const result: JsonValue[] = new Array(value.length);
        for (let i = 0; i < value.length; i += 1) {
          path.push(i);
          result[i] = copy(value[i]);
          path.pop();
        }
        return result;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) {
        const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
        return report('not-json', { received: `a ${String(name ?? 'class')} object` });
      }
      const result: Record<string, JsonValue> = Object.create(null);
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i += 1) {
        const key = keys[i]!;
        const item = (value as Record<string, unknown>)[key];
        // As JSON.stringify does: a property set to undefined is a property left out.
        if (item === undefined) continue;
        path.push(key);
        // Plain assignment is safe here: with no prototype there is no inherited __proto__
        // setter, so even a key named "__proto__" becomes an ordinary own property.
        result[key] = copy(item);
        path.pop();
      }
      return result;
    } finally {
      ancestors.delete(value);
    }
  };
  try {
    const value = copy(input);
    return issues.length ? { ok: false, issues } : { ok: true, value };
  } catch (error) {
    return { ok: false, issues: [makeIssue('', 'not-json', { received: errorText(error) })] };
  }
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}
