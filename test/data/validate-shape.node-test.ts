/**
 * The generated shape checks (src/data/validate-shape.generated.ts) against zod itself: for the
 * bundled dataset, every test fixture, the hostile catalogue and thousands of seeded mutations,
 * both report the same issues (same order, same keys in the same order, same values) and
 * `fromZodIssues` words them the same. Runs in Node, where zod still runs:
 *
 *   node --import tsx --test test/data/validate-shape.node-test.ts
 */
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as z from 'zod/mini';
import { GeneratorError, validatorSource } from '../../scripts/validator-source.js';
import { fromZodIssues } from '../../src/data/dataset-issues.js';
import { toJsonValue } from '../../src/data/json-value.js';
import { DatasetSchema, limits } from '../../src/data/schema.js';
import type { Check, ShapeIssue } from '../../src/data/shape-check.js';
import { checkDataset } from '../../src/data/validate-shape.generated.js';
import { seededRandom, syntheticDataset } from '../fixtures/synthetic-dataset.js';

// The fixtures read example-dataset.json with fetch(), as browsers do; Node's fetch reads no
// file: URLs, so this one does, before they load.
const webFetch = globalThis.fetch;
globalThis.fetch = async (url: string | URL | Request, init?: RequestInit) => {
  const address = new URL(url instanceof Request ? url.url : String(url));
  if (address.protocol !== 'file:') return webFetch(url, init);
  return new Response(await readFile(address), { headers: { 'content-type': 'application/json' } });
};
const { exampleDataset, koreanExampleDataset } = await import('../fixtures/datasets.js');
const { armeniaDataset, hostileKoreaDataset, syntheticKoreaDataset } =
  await import('../fixtures/map-datasets.js');
const { baseDataset, hostileCases } = await import('../fixtures/hostile-cases.js');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A zod schema and the generated function that checks the same. */
interface Pair {
  schema: z.ZodMiniType;
  check: Check;
}
const dataset: Pair = { schema: DatasetSchema, check: checkDataset };

const zodIssues = (pair: Pair, value: unknown) => {
  const parsed = pair.schema.safeParse(value, { reportInput: true });
  return parsed.success ? [] : parsed.error.issues;
};
const generatedIssues = (pair: Pair, value: unknown) => {
  const issues: ShapeIssue[] = [];
  pair.check(value, issues);
  return issues;
};

/** The keys of every issue, nested ones included, in order: deepStrictEqual ignores order. */
function keyOrder(issues: readonly object[]): unknown {
  return issues.map((issue) => {
    const record = issue as Record<string, unknown>;
    return [
      Object.keys(record),
      Array.isArray(record.errors) ? record.errors.map((inner) => keyOrder(inner)) : null,
      Array.isArray(record.issues) ? keyOrder(record.issues) : null,
    ];
  });
}

/** Documents zod could not check: it threw where the generated checks report. */
let zodThrew = 0;

/** Codes seen, so that a fuzzer that stopped reaching a kind of issue fails loudly. */
const seenCodes = new Set<string>();
function noteCodes(issues: readonly object[]) {
  for (const issue of issues as { code: string; expected?: string; errors?: object[][] }[]) {
    seenCodes.add(issue.expected === 'nonoptional' ? 'nonoptional' : issue.code);
    issue.errors?.forEach(noteCodes);
    if ('issues' in issue) noteCodes(issue.issues as object[]);
  }
}

/** Checks `value` as the embedder gave it and as the widgets validate it (null prototypes). */
function expectSame(value: unknown, label: string, pair = dataset): number {
  const forms: [string, unknown][] = [['as given', value]];
  const json = toJsonValue(value);
  if (json.ok) forms.push(['as JSON', json.value]);
  let count = 0;
  for (const [form, input] of forms) {
    const where = `${label} (${form})`;
    const expected = attempt(() => zodIssues(pair, input));
    const actual = attempt(() => generatedIssues(pair, input));
    if ('error' in expected && 'error' in actual) {
      // A getter of the value itself threw (the hostile catalogue has one): both stop alike.
      assert.equal(String(actual.error), String(expected.error), `${where}: different throws`);
      continue;
    }
    if ('error' in actual) throw actual.error;
    if ('error' in expected) {
      // zod throws comparing a `length` it cannot turn into a number (`{"length": {}}` in a
      // file, without prototype) with its maximum; the generated checks read it as NaN, as
      // zod reads a plain object's, and report the document as zod does with plain objects.
      assert.match(String(expected.error), /TypeError: Cannot convert object to primitive/, where);
      assert.ok(actual.value.length > 0, `${where}: no issue where zod threw`);
      const plain = form === 'as JSON' ? attempt(() => zodIssues(pair, value)) : undefined;
      if (plain && 'value' in plain) {
        assert.deepStrictEqual(fromZodIssues(actual.value), fromZodIssues(plain.value), where);
      }
      zodThrew += 1;
      continue;
    }
    count += compare(actual.value, expected.value, where);
  }
  return count;
}

function attempt<T>(run: () => T): { value: T } | { error: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    return { error };
  }
}

function compare(
  actual: ShapeIssue[],
  expected: readonly z.core.$ZodIssue[],
  where: string,
): number {
  assert.deepStrictEqual(actual, expected, `${where}: issues differ`);
  assert.deepStrictEqual(keyOrder(actual), keyOrder(expected), `${where}: key order differs`);
  assert.deepStrictEqual(fromZodIssues(actual), fromZodIssues(expected), `${where}: wording`);
  noteCodes(expected);
  return expected.length;
}

describe('the generated shape checks report what zod reports', () => {
  it('for the bundled dataset', async () => {
    const text = await readFile(new URL('../../data/north-korea.json', import.meta.url), 'utf8');
    assert.equal(expectSame(JSON.parse(text), 'data/north-korea.json'), 0);
  });

  it('for every dataset of test/fixtures', () => {
    const fixtures: [string, unknown][] = [
      ['exampleDataset()', exampleDataset()],
      ['koreanExampleDataset()', koreanExampleDataset()],
      ['baseDataset()', baseDataset()],
      ['armeniaDataset()', armeniaDataset()],
      ['syntheticKoreaDataset()', syntheticKoreaDataset()],
      ['hostileKoreaDataset()', hostileKoreaDataset()],
      ['syntheticDataset(2,000)', syntheticDataset({ incidents: 2000, recommendations: 50 })],
    ];
    for (const [label, value] of fixtures) assert.equal(expectSame(value, label), 0, label);
  });

  it('for every case of the hostile catalogue given as data', () => {
    let checked = 0;
    for (const hostile of hostileCases) {
      const input = hostile.build();
      if (!('data' in input)) continue;
      expectSame(input.data, hostile.name);
      checked += 1;
    }
    assert.ok(checked > 40, `only ${checked} cases`);
  });

  it('for values that are no dataset at all', () => {
    const odd = [null, undefined, 0, NaN, 'text', true, [], {}, [{}], new Date(0), () => 1];
    odd.forEach((value, i) => expectSame(value, `odd value ${i}`));
  });

  it('for a list longer than its cap, reported alone and unread', () => {
    const data = baseDataset();
    data.incidents[0].sourceIds = new Array(limits.records + 1).fill(null);
    data.incidents[1].outcomes = Array.from({ length: limits.tagsPerRecord + 1 }, () => 7);
    assert.ok(expectSame(data, 'over the caps') > 0);
  });

  it('for 4,000 seeded mutations of the example datasets', () => {
    const random = seededRandom(20240915);
    const bases = [baseDataset, koreanExampleDataset, () => syntheticKoreaDataset(12, 3)];
    let withIssues = 0;
    for (let i = 0; i < 4000; i += 1) {
      const data = bases[i % bases.length]!() as Json;
      const done: string[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let m = 0; m < count; m += 1) done.push(mutate(data, random));
      if (expectSame(data, `mutation ${i}: ${done.join('; ')}`) > 0) withIssues += 1;
    }
    assert.ok(withIssues > 3000, `only ${withIssues} mutations were invalid`);
  });

  // zod's `nonoptional` needs a required member whose schema accepts undefined: this schema has
  // none, so it is not among the kinds reached.
  it('reached every kind of issue the schema can report', (t) => {
    t.diagnostic(`documents where zod threw and the generated checks reported: ${zodThrew}`);
    const kinds = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'invalid_value',
      'invalid_union',
      'invalid_key',
      'custom',
    ];
    assert.deepStrictEqual(
      kinds.filter((kind) => !seenCodes.has(kind)),
      [],
    );
  });
});

describe('the generator, on constructs the dataset schema does not use yet', () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

  it('writes checks that report what zod reports', async () => {
    const outputFile = join(tmpdir(), `validate-constructs-${process.pid}.generated.ts`);
    const { text } = await validatorSource({
      schemaFile: fixture('shape-constructs.ts'),
      outputFile,
    });
    await writeFile(outputFile, text);
    try {
      const generated = (await import(pathToFileURL(outputFile).href)) as Record<string, Check>;
      const { ConstructsSchema, validConstructs } = await import('../fixtures/shape-constructs.js');
      const pair: Pair = { schema: ConstructsSchema, check: generated.checkConstructs! };
      assert.equal(expectSame(validConstructs(), 'validConstructs()', pair), 0);
      const random = seededRandom(7);
      let withIssues = 0;
      for (let i = 0; i < 3000; i += 1) {
        const data = validConstructs() as Json;
        const done: string[] = [];
        for (let m = 0; m < 1 + Math.floor(random() * 2); m += 1) done.push(mutate(data, random));
        if (expectSame(data, `constructs mutation ${i}: ${done.join('; ')}`, pair)) withIssues += 1;
      }
      assert.ok(withIssues > 2000, `only ${withIssues} mutations were invalid`);
    } finally {
      await rm(outputFile, { force: true });
    }
  });

  it('refuses a refinement it cannot import, rather than leave the check out', async () => {
    await assert.rejects(
      validatorSource({
        schemaFile: fixture('shape-refused.ts'),
        outputFile: join(tmpdir(), 'never-written.ts'),
      }),
      (error) =>
        error instanceof GeneratorError &&
        /InlineRefinementSchema\.name .*refinement .* is not exported/.test(error.message),
    );
  });
});

// ── The mutation fuzzer ──────────────────────────────────────────────────────────────────────

type Random = () => number;
type Holder = { holder: Json; key: string | number; path: string };

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Every member of the document, with the object or list that holds it. */
function members(data: Json): Holder[] {
  const found: Holder[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    const holder = value as Json;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      const at = `${path}${typeof key === 'number' ? `[${key}]` : `.${key}`}`;
      found.push({ holder, key, path: at });
      walk(holder[key], at);
    }
  };
  walk(data, '');
  return found;
}

const long = (length: number) => 'x'.repeat(length);
// Astral characters are two UTF-16 units: zod counts them once, and so must the checks.
const astral = (length: number) => '😀'.repeat(length);
const caps = [limits.tag, limits.id, limits.line, limits.url, limits.paragraph];

/** Values of every kind a broken or hostile dataset holds where something else belongs. */
function wrongValue(random: Random, original: unknown): unknown {
  const cap = pick(random, caps);
  const pool: (() => unknown)[] = [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 2.5,
    () => -0,
    () => 2 ** 53 + 2,
    () => -(2 ** 60),
    () => 1e300,
    () => 181,
    () => -91,
    () => NaN,
    () => Infinity,
    () => undefined,
    () => '',
    () => ' ',
    () => '\t\n',
    () => long(cap),
    () => long(cap + 1),
    () => astral(cap),
    () => astral(Math.ceil(cap / 2) + 1),
    () => `${astral(1)}${long(cap - 1)}`,
    () => pick(random, ['2024-02-30', '2023-02-29', '2024-02-29', '2024-13', '0000', '2024-1-1']),
    () => pick(random, ['17/01/2025', ' 2024', '2024-00', '2024-10-32', '9999-12-31', '2024']),
    () => pick(random, ['maybe', 'Supported', 'closed', 'open', 'after', 'alleged', 'NaN']),
    () =>
      pick(random, ['javascript:alert(1)', 'https://u:p@example.org', '/relative', 'http://a.b']),
    () => pick(random, ['#12345', '#1234567', 'red', '#abcdef', 'KP', 'kp', 'XAX']),
    () => [],
    () => [null],
    () => ['x', 1, null],
    () => Array.from({ length: 51 }, (_, i) => `tag-${i}`),
    () => Array.from({ length: 201 }, () => 'State'),
    () => [1, 2, 3],
    () => [10],
    () => ({}),
    () => ({ en: '' }),
    () => ({ en: 5 }),
    () => ({ en: 'ok', 'zh-Hant': '好' }),
    () => ({ EN_us: 'x' }),
    () => ({ 12: 'numeric key' }),
    () => ({ '-1.5': 'numeric-looking key' }),
    () => ({ '': 'empty key' }),
    () => ({ length: 3 }),
    () => ({ length: 'x' }),
    () => ({ length: null }),
    () => ({ length: 10_000 }),
    () => ({ min: 3 }),
    () => ({ min: 5, max: 2 }),
    () => ({ min: -1, max: 2.5 }),
    () => ({ max: 4 }),
    () => withOwn('__proto__', 'x'),
    () => withOwn('__proto__', { polluted: true }),
    () => withOwn('constructor', 'x'),
    () => withOwn('constructor', { prototype: {} }),
    () => ({ toString: 'x', hasOwnProperty: 1 }),
    // Arrays and objects swapped.
    () => (Array.isArray(original) ? Object.fromEntries(original.entries()) : [original]),
    () => (original && typeof original === 'object' ? Object.values(original) : { 0: original }),
    () => structuredClone(original),
  ];
  return pick(random, pool)();
}

/** An object with an own key such as `__proto__` (an assignment would set the prototype). */
function withOwn(key: string, value: unknown): Json {
  const object: Json = { en: 'text' };
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return object;
}

/** One mutation of `data`, in place; returns what it did, for the failure message. */
function mutate(data: Json, random: Random): string {
  const all = members(data);
  const target = pick(random, all);
  const { holder, key, path } = target;
  const roll = random();
  if (roll < 0.2) {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete holder[key];
    return `delete ${path}`;
  }
  if (roll < 0.3) {
    const objects = all.filter(
      (m) =>
        m.holder[m.key] && typeof m.holder[m.key] === 'object' && !Array.isArray(m.holder[m.key]),
    );
    const chosen = objects.length ? pick(random, objects) : undefined;
    const into = chosen ? (chosen.holder[chosen.key] as Json) : data;
    const extra = pick(random, [
      'extra',
      '__proto__',
      'constructor',
      'prototype',
      'length',
      'en',
      'ko-KR',
      '1',
    ]);
    Object.defineProperty(into, extra, {
      value: wrongValue(random, undefined),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return `add ${extra}`;
  }
  if (roll < 0.35) {
    holder[key] = null;
    return `null ${path}`;
  }
  const value = wrongValue(random, holder[key]);
  holder[key] = value;
  return `set ${path} to ${summarize(value)}`;
}

function summarize(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  if (typeof value === 'number' || value === undefined || value === null) return String(value);
  return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}
