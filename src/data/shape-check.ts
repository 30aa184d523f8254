/**
 * The parts the generated shape validator (`validate-shape.generated.ts`) is built from. Each
 * mirrors one zod/mini construct and reports what zod's `safeParse(value, { reportInput: true })`
 * reports for it: the same issues, in the same order, with the same keys in the same order, so
 * that `fromZodIssues` words them as before (test/data/validate-shape.node-test.ts proves it).
 * No zod and no eval: a page with a strict Content-Security-Policy runs it as it is.
 *
 * A check pushes its issues, with paths relative to the value it checks, and returns flags
 * saying what zod would do next (zod's `continue`); the caller prefixes the paths, as zod does.
 */
import type { core } from 'zod/mini';

/** No issue, or only issues after which zod runs the remaining checks (`continue: true`). */
export const OK = 0;
/** An issue after which zod skips the remaining checks, length checks aside (no `continue`). */
export const ABORT = 1;
/** An issue after which zod skips every remaining check (`continue: false`). */
export const ABORT_ALL = 3;

/** The message zod/mini gives an issue that no error map words. */
export const invalidInput = 'Invalid input';

type Loose = Record<PropertyKey, unknown>;

interface Located<Input = unknown> {
  path: PropertyKey[];
  message: string;
  input: Input;
}
type InvalidType = { expected: string; code: 'invalid_type' } & Located;
type NotANumber = { expected: 'number'; code: 'invalid_type'; received?: string } & Located;
type NotAnInteger = { expected: string; format: string; code: 'invalid_type' } & Located;
type Range = { origin: string; inclusive: boolean; exact?: true } & Located;
type TooBig = Range & { code: 'too_big'; maximum: number; note?: string };
type TooSmall = Range & { code: 'too_small'; minimum: number; note?: string };
type InvalidFormat = {
  origin: 'string';
  code: 'invalid_format';
  format: 'regex';
  pattern: string;
} & Located<string>;
type InvalidValue = { code: 'invalid_value'; values: core.util.Primitive[] } & Located;
type UnrecognizedKeys = { code: 'unrecognized_keys'; keys: string[] } & Located<Loose>;
type InvalidUnion = { code: 'invalid_union'; errors: ShapeIssue[][] } & Located;
type InvalidKey = { code: 'invalid_key'; origin: 'record'; issues: ShapeIssue[] } & Located;
type Custom = { code: 'custom' } & Located;

/** Every issue `T` is one zod could have reported: `fromZodIssues` reads these as zod's own. */
type ZodSubset<T extends core.$ZodIssue> = T;

/** An issue of the generated validator: a subset of zod's issues, always with `input`. */
export type ShapeIssue = ZodSubset<
  | InvalidType
  | NotANumber
  | NotAnInteger
  | TooBig
  | TooSmall
  | InvalidFormat
  | InvalidValue
  | UnrecognizedKeys
  | InvalidUnion
  | InvalidKey
  | Custom
>;

/** One generated check: pushes the issues of `input` (paths relative to it), returns flags. */
export type Check = (input: unknown, issues: ShapeIssue[]) => number;

type Lengthy = { length: unknown };

// Taken once: a page that replaces these later must not change what validation does.
const { hasOwnProperty, propertyIsEnumerable } = Object.prototype;
const { isArray } = Array;
const { ownKeys } = Reflect;
const { defineProperty } = Object;

/** Pushes an issue that stops the checks after it, and says so. */
export function fail(issues: ShapeIssue[], issue: ShapeIssue): number {
  issues.push(issue);
  return ABORT;
}

/** Puts `key` in front of the path of every issue from `start` on (zod's `prefixIssues`). */
function prefix(issues: ShapeIssue[], start: number, key: PropertyKey): void {
  for (let i = start; i < issues.length; i += 1) issues[i]!.path.unshift(key);
}

/** Runs `check` on one member of a container and puts `key` in front of its issues' paths. */
function member(issues: ShapeIssue[], value: unknown, key: PropertyKey, check: Check): number {
  const start = issues.length;
  const flags = check(value, issues);
  if (issues.length > start) prefix(issues, start, key);
  return flags;
}

// ── Types ──────────────────────────────────────────────────────────────────────────────────

/** zod's issue for a value of the wrong type (`expected` names the type: `string`, `array`…). */
export const invalidType = (expected: string, input: unknown, message = invalidInput) =>
  ({ expected, code: 'invalid_type', path: [], message, input }) satisfies InvalidType;

/** zod's object test: any object but null and arrays (null prototypes included). */
export const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !isArray(value);

/** zod's record test: an object whose `constructor`, if a function, looks like Object. */
export function isPlainObject(value: unknown): value is Loose {
  if (!isObject(value)) return false;
  const ctor = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** A finite number, as zod's `number()` accepts. */
export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value) && Number.isFinite(value);

/** The issue of a value that is not a finite number, naming NaN and infinities as zod does. */
export function notANumber(input: unknown, message = invalidInput): NotANumber {
  const received =
    typeof input !== 'number' ? undefined : Number.isNaN(input) ? 'NaN' : String(input);
  return received === undefined
    ? { expected: 'number', code: 'invalid_type', path: [], message, input }
    : { expected: 'number', code: 'invalid_type', received, path: [], message, input };
}

/** A number format (`int()` is `safeint`): whole and safe, or within the format's range. */
export function numberFormat(
  issues: ShapeIssue[],
  input: number,
  format: string,
  [minimum, maximum]: readonly [number, number],
  message = invalidInput,
  abort = false,
): number {
  const origin = format.includes('int') ? 'int' : 'number';
  const after = abort ? ABORT_ALL : OK;
  if (origin === 'int') {
    if (!Number.isInteger(input)) {
      issues.push({ expected: origin, format, code: 'invalid_type', path: [], message, input });
      return ABORT_ALL;
    }
    if (!Number.isSafeInteger(input)) {
      // Past 2^53 a number no longer counts people or years exactly.
      const note = 'Integers must be within the safe integer range.';
      const [path, inclusive] = [[], true] as [PropertyKey[], true];
      issues.push(
        input > 0
          ? {
              code: 'too_big',
              maximum: Number.MAX_SAFE_INTEGER,
              note,
              origin,
              inclusive,
              path,
              message,
              input,
            }
          : {
              code: 'too_small',
              minimum: Number.MIN_SAFE_INTEGER,
              note,
              origin,
              inclusive,
              path,
              message,
              input,
            },
      );
      return after;
    }
  }
  let flags = OK;
  if (input < minimum) {
    issues.push({
      origin: 'number',
      code: 'too_small',
      minimum,
      inclusive: true,
      path: [],
      message,
      input,
    });
    flags = after;
  }
  if (input > maximum) {
    issues.push({
      origin: 'number',
      code: 'too_big',
      maximum,
      inclusive: true,
      path: [],
      message,
      input,
    });
    flags = after;
  }
  return flags;
}

/** `gte` (inclusive) or `gt`: zod's `too_small`. */
export function atLeast(
  issues: ShapeIssue[],
  input: number,
  minimum: number,
  inclusive: boolean,
  message = invalidInput,
  abort = false,
): number {
  if (inclusive ? input >= minimum : input > minimum) return OK;
  issues.push({
    origin: 'number',
    code: 'too_small',
    minimum,
    inclusive,
    path: [],
    message,
    input,
  });
  return abort ? ABORT_ALL : OK;
}

/** `lte` (inclusive) or `lt`: zod's `too_big`. */
export function atMost(
  issues: ShapeIssue[],
  input: number,
  maximum: number,
  inclusive: boolean,
  message = invalidInput,
  abort = false,
): number {
  if (inclusive ? input <= maximum : input < maximum) return OK;
  issues.push({ origin: 'number', code: 'too_big', maximum, inclusive, path: [], message, input });
  return abort ? ABORT_ALL : OK;
}

/** `enum` and `literal`: one of the values (SameValueZero, as zod's Set). */
export function oneOf(
  issues: ShapeIssue[],
  input: unknown,
  values: readonly core.util.Primitive[],
  message = invalidInput,
): number {
  if (values.includes(input as core.util.Primitive)) return OK;
  return fail(issues, {
    code: 'invalid_value',
    values: values as core.util.Primitive[],
    path: [],
    message,
    input,
  });
}

// ── Length checks ──────────────────────────────────────────────────────────────────────────

/**
 * Whether zod runs a length check: unless an issue said stop everything, on any value that is
 * not null or undefined and has a `length`, even one of the wrong type (zod's `when`).
 */
export const lengthChecked = (flags: number, value: unknown): value is Lengthy =>
  flags !== ABORT_ALL && value != null && (value as Lengthy).length !== undefined;

const highSurrogate = /[\uD800-\uDBFF]/;

/** Code points in `text`, a surrogate pair counted once (zod counts string length so). */
export function codePointLength(text: string): number {
  const units = text.length;
  if (!highSurrogate.test(text)) return units;
  let count = units;
  for (let i = 0; i < units - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}

const lengthOrigin = (value: unknown) =>
  isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';

// The comparisons are zod's, on whatever `length` holds: a `{"length": "x"}` where text was
// expected is measured as zod measures it, so that both report the same issues. One thing
// differs: a `length` that is an object without prototype (`{"length": {}}` in a file) makes
// zod's comparison throw; here it is not a number (NaN), as a plain object would be.
/* eslint-disable @typescript-eslint/no-explicit-any */
function lengthOf(input: Lengthy): any {
  const length = input.length;
  if (typeof length === 'symbol') return NaN;
  if (typeof length !== 'object' || length === null) return length;
  try {
    return Number(length);
  } catch {
    return NaN;
  }
}

/** `maxLength`: zod's `too_big`. */
export function maxLength(
  issues: ShapeIssue[],
  input: Lengthy,
  maximum: number,
  message = invalidInput,
  abort = false,
): number {
  const units = lengthOf(input);
  const length = typeof input === 'string' && units > maximum ? codePointLength(input) : units;
  if (length <= maximum) return OK;
  issues.push({
    origin: lengthOrigin(input),
    code: 'too_big',
    maximum,
    inclusive: true,
    path: [],
    message,
    input,
  });
  return abort ? ABORT_ALL : OK;
}

/** `minLength`: zod's `too_small`. */
export function minLength(
  issues: ShapeIssue[],
  input: Lengthy,
  minimum: number,
  message = invalidInput,
  abort = false,
): number {
  const units = lengthOf(input);
  const length =
    typeof input === 'string' && units >= minimum && units < minimum * 2
      ? codePointLength(input)
      : units;
  if (length >= minimum) return OK;
  issues.push({
    origin: lengthOrigin(input),
    code: 'too_small',
    minimum,
    inclusive: true,
    path: [],
    message,
    input,
  });
  return abort ? ABORT_ALL : OK;
}

/** `length`: zod's `too_big` or `too_small`, marked exact. */
export function exactLength(
  issues: ShapeIssue[],
  input: Lengthy,
  expected: number,
  message = invalidInput,
  abort = false,
): number {
  const units = lengthOf(input);
  const length =
    typeof input === 'string' && units >= expected && units <= expected * 2
      ? codePointLength(input)
      : units;
  if (length === expected) return OK;
  const origin = lengthOrigin(input);
  issues.push(
    length > expected
      ? {
          origin,
          code: 'too_big',
          maximum: expected,
          inclusive: true,
          exact: true,
          path: [],
          message,
          input,
        }
      : {
          origin,
          code: 'too_small',
          minimum: expected,
          inclusive: true,
          exact: true,
          path: [],
          message,
          input,
        },
  );
  return abort ? ABORT_ALL : OK;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

// ── Strings and refinements ────────────────────────────────────────────────────────────────

/** `regex`: zod's `invalid_format`, with the pattern as text. */
export function matches(
  issues: ShapeIssue[],
  input: string,
  pattern: RegExp,
  message = invalidInput,
  abort = false,
): number {
  pattern.lastIndex = 0;
  if (pattern.test(input)) return OK;
  issues.push({
    origin: 'string',
    code: 'invalid_format',
    format: 'regex',
    pattern: pattern.toString(),
    path: [],
    message,
    input,
  });
  return abort ? ABORT_ALL : OK;
}

/** `refine`: `passed` is what the refinement returned for `input`; zod's `custom` otherwise. */
export function refined(
  issues: ShapeIssue[],
  input: unknown,
  passed: unknown,
  message = invalidInput,
  path: readonly PropertyKey[] = [],
  abort = false,
): number {
  if (passed) return OK;
  issues.push({ code: 'custom', path: [...path], message, input });
  return abort ? ABORT_ALL : OK;
}

// ── Containers ─────────────────────────────────────────────────────────────────────────────

/** A property the object must have: its issues, or zod's `nonoptional` when it is absent. */
export function required(issues: ShapeIssue[], input: Loose, key: string, check: Check): number {
  const start = issues.length;
  const flags = check(input[key], issues);
  if (issues.length > start) {
    prefix(issues, start, key);
    return flags;
  }
  if (key in input) return OK;
  issues.push({
    code: 'invalid_type',
    expected: 'nonoptional',
    path: [key],
    message: invalidInput,
    input: undefined,
  });
  return ABORT;
}

/** A property that may be absent (or undefined); when present, `check` checks its value. */
export function optional(issues: ShapeIssue[], input: Loose, key: string, check: Check): number {
  if (!(key in input)) return OK;
  const value = input[key];
  return value === undefined ? OK : member(issues, value, key, check);
}

/** A strict object's members that are not in its shape: zod's `unrecognized_keys`. */
export function unknownKeys(
  issues: ShapeIssue[],
  input: Loose,
  known: ReadonlySet<string>,
  message = invalidInput,
): number {
  const keys: string[] = [];
  for (const key in input) if (!known.has(key)) keys.push(key);
  if (keys.length) issues.push({ code: 'unrecognized_keys', keys, path: [], message, input });
  return OK;
}

/** Every item of a list, each checked by `check`. */
export function items(issues: ShapeIssue[], input: readonly unknown[], check: Check): number {
  let flags = OK;
  for (let i = 0; i < input.length; i += 1) flags |= member(issues, input[i], i, check);
  return flags;
}

/** A tuple of required items and no rest: too short stops, too long goes on to the items. */
export function tuple(
  issues: ShapeIssue[],
  input: readonly unknown[],
  checks: readonly Check[],
  message = invalidInput,
): number {
  const count = checks.length;
  if (input.length < count) {
    const issue = { code: 'too_small', minimum: count, inclusive: true, origin: 'array' } as const;
    return fail(issues, { ...issue, path: [], message, input });
  }
  let flags = OK;
  if (input.length > count) {
    const issue = { code: 'too_big', maximum: count, inclusive: true, origin: 'array' } as const;
    flags = fail(issues, { ...issue, path: [], message, input });
  }
  for (let i = 0; i < count; i += 1) flags |= member(issues, input[i], i, checks[i]!);
  return flags;
}

/**
 * Sets an own entry of zod's parsed copy. A plain assignment, as zod does, unless a page put the
 * key on Object.prototype: an inherited read-only `en` would make the assignment throw.
 */
function copyEntry(output: Loose, key: PropertyKey, value: unknown): void {
  if (!(key in output)) output[key] = value;
  else {
    const entry = { __proto__: null, value, writable: true, enumerable: true, configurable: true };
    defineProperty(output, key, entry);
  }
}

// zod retries a key that looks like a number as a number before calling it invalid.
const numericKey = /^-?\d+(?:\.\d+)?$/;

/**
 * The entries of a record: each key checked by `checkKey` (a wrong one is zod's `invalid_key`,
 * at the key's path), each value by `checkValue`. When `output` is given it receives the
 * entries zod's parsed copy would hold, for refinements that look at that copy.
 */
export function entries(
  issues: ShapeIssue[],
  input: Loose,
  checkKey: Check,
  checkValue: Check,
  output?: Loose,
  message = invalidInput,
): number {
  let flags = OK;
  for (const key of ownKeys(input)) {
    if (key === '__proto__' || !propertyIsEnumerable.call(input, key)) continue;
    let keyIssues: ShapeIssue[] = [];
    let outputKey: PropertyKey = key;
    checkKey(key, keyIssues);
    if (keyIssues.length && typeof key === 'string' && numericKey.test(key)) {
      const retried: ShapeIssue[] = [];
      checkKey(Number(key), retried);
      if (!retried.length) [keyIssues, outputKey] = [retried, Number(key)];
    }
    if (keyIssues.length) {
      issues.push({
        code: 'invalid_key',
        origin: 'record',
        issues: keyIssues,
        path: [key],
        message,
        input: key,
      });
      flags |= ABORT;
      continue;
    }
    flags |= member(issues, input[key], key, checkValue);
    if (output) copyEntry(output, outputKey, input[key]);
  }
  return flags;
}

/**
 * A union: the first option without issues wins. Otherwise the issues of the only option that
 * did not stop (a string too long is still a string), or zod's `invalid_union` with every
 * option's issues.
 */
export function union(
  issues: ShapeIssue[],
  input: unknown,
  options: readonly Check[],
  message = invalidInput,
): number {
  // zod runs a union of one option as that option alone.
  if (options.length === 1) return options[0]!(input, issues);
  const found: { issues: ShapeIssue[]; flags: number }[] = [];
  for (const option of options) {
    // Checked in place: no array is made for an option that passes, the usual case.
    const start = issues.length;
    const flags = option(input, issues);
    if (issues.length === start) return OK;
    found.push({ issues: issues.splice(start), flags });
  }
  const going = found.filter((result) => !(result.flags & ABORT));
  if (going.length === 1) {
    for (const issue of going[0]!.issues) issues.push(issue);
    return going[0]!.flags;
  }
  const errors = found.map((result) => result.issues);
  return fail(issues, { code: 'invalid_union', errors, path: [], message, input });
}
