/**
 * The generator of the shape validator: walks the zod definitions (`schema._zod.def`) of every
 * schema a module exports and writes, for each, a plain TypeScript function that reports exactly
 * the issues zod's `safeParse(value, { reportInput: true })` reports, built from the parts in
 * `src/data/shape-check.ts`. `build-validator.ts` runs it on `src/data/schema.ts`; the
 * differential test runs it on other schemas too (test/data/validate-shape.node-test.ts).
 *
 * Refinements and patterns are functions and RegExps: the generated file imports them from the
 * zod-free modules the schema module imports them from. A refinement that no such module
 * exports, or a construct this generator does not know, is refused with a message: a check is
 * never silently left out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import * as z from 'zod/mini';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shapeCheckFile = join(root, 'src/data/shape-check.ts');

/** Where the schemas are and where the generated file goes (absolute paths). */
export interface ValidatorFiles {
  /** The zod schema module: its exported schemas get a function each. */
  schemaFile: string;
  /** The generated file: its imports are written relative to it. */
  outputFile: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- zod's internals are untyped here */
type Schema = { _zod: { def: any; traits: Set<string>; optin?: string; optout?: string } };
type Check = { _zod: { def: any; traits: Set<string> } };

/** A schema the generator cannot turn into checks; the message says where and why. */
export class GeneratorError extends Error {}
function refuse(where: string, what: string): never {
  throw new GeneratorError(`build-validator: ${where}: ${what}`);
}

const isSchema = (value: unknown): value is Schema =>
  !!value && typeof value === 'object' && !!(value as Schema)._zod?.traits?.has('$ZodType');

// ── What the generated file may import ──────────────────────────────────────────────────────

interface Binding {
  module: string;
  name: string;
}

/** The relative modules the schema module imports values from: where refinements come from. */
async function valueModules({ schemaFile, outputFile }: ValidatorFiles) {
  const source = readFileSync(schemaFile, 'utf8');
  const specifiers = [
    ...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.\.?\/[^']+)';/gm),
  ].map((match) => match[1]!);
  const bindings = new Map<unknown, Binding>();
  for (const specifier of specifiers) {
    const file = join(dirname(schemaFile), specifier.replace(/\.js$/, '.ts'));
    assertZodFree(file, new Set());
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const shareable = typeof value === 'function' || value instanceof RegExp;
      const key = shareable || Array.isArray(value) ? value : `${typeof value}:${String(value)}`;
      if (!bindings.has(key)) bindings.set(key, { module: specifierOf(file, outputFile), name });
    }
  }
  return bindings;
}

/** How the generated file imports `file`: a relative path ending in `.js`. */
function specifierOf(file: string, outputFile: string): string {
  const path = relative(dirname(outputFile), file).replaceAll('\\', '/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/** A module the browser bundle will import must not bring zod with it, even indirectly. */
function assertZodFree(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  if (/^import\s+(?!type\b)[^;]*from\s+'zod/m.test(source)) {
    refuse(relative(root, file), 'imports zod, so the generated validator cannot import from it');
  }
  for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.\.?\/[^']+)';/gm)) {
    assertZodFree(join(dirname(file), match[1]!.replace(/\.js$/, '.ts')), seen);
  }
}

// ── The generated file's parts ──────────────────────────────────────────────────────────────

const defaultMessage = 'Invalid input';
const lengthWhen = (z.maxLength(1) as unknown as Check)._zod.def.when;
const numberRanges: Record<string, [number, number]> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

const pascal = (text: string) =>
  text
    .replace(/^-/, 'minus-')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
const camel = (text: string) => pascal(text).replace(/^./, (c) => c.toLowerCase());
const numberName = (value: number) => pascal(String(value).replace('.', '-point-'));
const literal = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));

interface Generated {
  /** The name's stem, also what a parent's structural name is made of (`StringMax500Min1`). */
  base: string;
  doc: string;
  body: string;
}

class ValidatorWriter {
  readonly imports = new Map<string, Set<string>>();
  readonly helpers = new Set<string>();
  readonly constants = new Map<string, string>();
  readonly functions = new Map<string, { doc: string; body: string; exported: boolean }>();
  private readonly names = new Map<Schema, string>();
  private readonly byBody = new Map<string, string>();
  private readonly reserved = new Set<string>();

  constructor(
    private readonly exportedNames: Map<Schema, string>,
    private readonly bindings: Map<unknown, Binding>,
  ) {
    for (const name of exportedNames.values()) this.reserved.add(`check${name}`);
  }

  /** The function checking `schema`, generated on first use. `hint` names an anonymous one. */
  checkFor(schema: Schema, hint: string, where: string): string {
    const known = this.names.get(schema);
    if (known) return known;
    const exported = this.exportedNames.get(schema);
    const generated = this.generate(schema, exported ?? hint, where);
    let name: string;
    if (exported) {
      name = `check${exported}`;
    } else {
      const same = this.byBody.get(generated.body);
      name = same ?? this.freeName(`check${generated.base}`, generated.body);
    }
    this.names.set(schema, name);
    if (!this.functions.has(name)) {
      this.functions.set(name, { doc: generated.doc, body: generated.body, exported: !!exported });
      if (!exported) this.byBody.set(generated.body, name);
    }
    return name;
  }

  /** The base name of what `checkFor` returned (`checkIncident` → `Incident`). */
  private baseOf(name: string) {
    return name.replace(/^check/, '');
  }

  private freeName(wanted: string, body: string): string {
    let name = wanted;
    for (let n = 2; ; n += 1) {
      const taken = this.functions.get(name);
      if (!this.reserved.has(name) && (!taken || taken.body === body)) return name;
      name = `${wanted}${n}`;
    }
  }

  private use(...helpers: string[]) {
    for (const helper of helpers) this.helpers.add(helper);
  }

  private importName(binding: Binding): string {
    const names = this.imports.get(binding.module) ?? new Set();
    names.add(binding.name);
    this.imports.set(binding.module, names);
    return binding.name;
  }

  private constant(wanted: string, expression: string): string {
    for (const [name, existing] of this.constants) if (existing === expression) return name;
    let name = wanted;
    for (let n = 2; this.constants.has(name); n += 1) name = `${wanted}${n}`;
    this.constants.set(name, expression);
    return name;
  }

  /** The message zod would give an issue of `def`: its own error, then its owner's, or zod's. */
  private message(where: string, ...defs: any[]): string {
    for (const def of defs) {
      const error = def?.error;
      if (error === undefined) continue;
      if (typeof error !== 'function' || error.length !== 0) {
        refuse(where, 'an error message that depends on the issue cannot be generated');
      }
      const value = error();
      const text = typeof value === 'string' ? value : value?.message;
      if (text !== undefined && text !== null) return String(text);
    }
    return defaultMessage;
  }

  /** The optional trailing arguments of a helper: the message, then `abort`. */
  private tail(message: string, abort = false) {
    if (abort) return `, ${literal(message)}, true`;
    return message === defaultMessage ? '' : `, ${literal(message)}`;
  }

  private generate(schema: Schema, hint: string, where: string): Generated {
    const def = schema._zod.def;
    switch (def.type) {
      case 'string':
        return this.primitive(schema, where, 'String', `typeof input === 'string'`, 'string');
      case 'number':
        return this.number(schema, where);
      case 'boolean':
        return this.primitive(schema, where, 'Boolean', `typeof input === 'boolean'`, 'boolean');
      case 'enum':
      case 'literal':
        return this.oneOf(schema, hint, where);
      case 'object':
        return this.object(schema, hint, where);
      case 'array':
        return this.array(schema, hint, where);
      case 'tuple':
        return this.tuple(schema, hint, where);
      case 'union':
        return this.union(schema, hint, where);
      case 'record':
        return this.record(schema, hint, where);
      case 'optional':
      case 'nullable':
        return this.wrapper(schema, hint, where);
      default:
        return refuse(where, `zod type "${def.type}" is not supported: add it to this script`);
    }
  }

  private noChecks(schema: Schema, where: string) {
    if (schema._zod.def.checks?.length) {
      refuse(
        where,
        `checks on a ${schema._zod.def.type} are not supported: add them to this script`,
      );
    }
  }

  /** zod's type test, then one line per check, in zod's order. */
  private primitive(
    schema: Schema,
    where: string,
    stem: string,
    test: string,
    expected: 'string' | 'boolean',
  ): Generated {
    const def = schema._zod.def;
    this.use('OK', 'fail', 'invalidType');
    const message = this.tail(this.message(where, def));
    const checks = this.checks(schema, def.checks ?? [], where, expected, 'input');
    return {
      base: stem + checks.suffix,
      doc: [`a ${expected}`, ...checks.docs].join('; '),
      body: withChecks(
        [],
        `${test} ? OK : fail(issues, invalidType('${expected}', input${message}))`,
        checks.lines,
      ),
    };
  }

  private number(schema: Schema, where: string): Generated {
    const def = schema._zod.def;
    const isFormat = schema._zod.traits.has('$ZodCheckNumberFormat');
    const checks: Check[] = isFormat
      ? [schema as Check, ...(def.checks ?? [])]
      : (def.checks ?? []);
    this.use('OK', 'fail', 'notANumber');
    const message = this.tail(this.message(where, def));
    this.use('isNumber');
    const generated = this.checks(schema, checks, where, 'number', 'input');
    const parsed = `isNumber(input) ? OK : fail(issues, notANumber(input${message}))`;
    const stem = isFormat ? (def.format === 'safeint' ? 'Int' : pascal(def.format)) : 'Number';
    return {
      base: stem + generated.suffix,
      doc: [
        isFormat && def.format === 'safeint'
          ? 'a whole number'
          : `a number${isFormat ? ` (${def.format})` : ''}`,
        ...generated.docs,
      ].join('; '),
      body: withChecks([], parsed, generated.lines),
    };
  }

  /**
   * zod's `runChecks`: a check with a `when` (the length checks) runs unless an issue said stop
   * everything; any other check runs only while no issue has stopped the checks.
   */
  private checks(
    owner: Schema,
    checks: Check[],
    where: string,
    kind: 'string' | 'number' | 'boolean' | 'array' | 'record',
    value: string,
  ) {
    const lines: string[] = [];
    const docs: string[] = [];
    let suffix = '';
    const typed = kind === 'array' ? 'unknown[]' : kind === 'record' ? 'never' : kind;
    for (const check of checks) {
      const def = check._zod.def;
      const at = `${where} (check ${def.check})`;
      const message = this.message(at, def, check === owner ? undefined : owner._zod.def);
      const abort = def.abort === true;
      const rest = this.tail(message, abort);
      const named = message === defaultMessage ? '' : ` (${message})`;
      if (def.when !== undefined && def.when !== lengthWhen) {
        refuse(at, 'a check with its own `when` cannot be generated');
      }
      switch (def.check) {
        case 'max_length':
        case 'min_length':
        case 'length_equals': {
          if (kind === 'number' || kind === 'boolean' || kind === 'record') {
            refuse(at, `a length check on a ${kind} is not supported`);
          }
          const [helper, size, word] =
            def.check === 'max_length'
              ? ['maxLength', def.maximum, 'Max']
              : def.check === 'min_length'
                ? ['minLength', def.minimum, 'Min']
                : ['exactLength', def.length, 'Length'];
          this.use('lengthChecked', helper);
          lines.push(
            `if (lengthChecked(flags, input)) flags |= ${helper}(issues, input, ${size}${rest});`,
          );
          const unit = `${kind === 'string' ? 'character' : 'item'}${size === 1 ? '' : 's'}`;
          docs.push(
            `${word === 'Max' ? 'at most' : word === 'Min' ? 'at least' : 'exactly'} ${size} ${unit}${named}`,
          );
          suffix += `${word}${size}`;
          break;
        }
        case 'string_format': {
          if (!check._zod.traits.has('$ZodCheckRegex') || def.format !== 'regex') {
            refuse(at, `the string format "${def.format}" is not supported: use z.regex()`);
          }
          const pattern = this.regex(def.pattern as RegExp, message);
          this.use('ABORT', 'matches');
          lines.push(
            `if (!(flags & ABORT)) flags |= matches(issues, input as string, ${pattern}${rest});`,
          );
          docs.push(`matches ${String(def.pattern)}${named}`);
          suffix += pascal(message === defaultMessage ? pattern : message);
          break;
        }
        case 'custom': {
          if (!check._zod.traits.has('$ZodCustom') || typeof def.fn !== 'function') {
            refuse(at, 'a custom check other than z.refine() is not supported');
          }
          if (def.params !== undefined) refuse(at, 'refinement params are not supported');
          const binding = this.bindings.get(def.fn);
          if (!binding) {
            refuse(
              at,
              `the refinement ${def.fn.name || String(def.fn).slice(0, 80)} is not exported by a ` +
                'module the schema module imports values from: export it from a zod-free module ' +
                '(src/data/schema-values.ts for the dataset) and pass it to z.refine() by name',
            );
          }
          const fn = this.importName(binding);
          const path = (def.path ?? []) as PropertyKey[];
          const pathArgument = path.length || abort ? `, ${literal(path)}` : '';
          const args =
            abort || path.length
              ? `, ${literal(message)}${pathArgument}${abort ? ', true' : ''}`
              : this.tail(message);
          const argument = value === 'input' ? `input as ${typed}` : value;
          this.use('ABORT', 'refined');
          lines.push(
            `if (!(flags & ABORT)) flags |= refined(issues, ${value}, ${fn}(${argument})${args});`,
          );
          docs.push(`passes ${fn}${named}`);
          suffix += pascal(message === defaultMessage ? fn : message);
          break;
        }
        case 'greater_than':
        case 'less_than': {
          if (kind !== 'number' || typeof def.value !== 'number') {
            refuse(at, 'a bound other than a number on a number is not supported');
          }
          const low = def.check === 'greater_than';
          const helper = low ? 'atLeast' : 'atMost';
          this.use('ABORT', helper);
          lines.push(
            `if (!(flags & ABORT)) flags |= ${helper}(issues, input as number, ${def.value}, ${def.inclusive === true}${rest});`,
          );
          const word = low ? (def.inclusive ? 'Min' : 'Above') : def.inclusive ? 'Max' : 'Below';
          const bound = low ? ['at least', 'more than'] : ['at most', 'less than'];
          docs.push(`${bound[def.inclusive ? 0 : 1]} ${def.value}${named}`);
          suffix += `${word}${numberName(def.value)}`;
          break;
        }
        case 'number_format': {
          const range = numberRanges[def.format as string];
          if (!range) refuse(at, `the number format "${def.format}" is not supported`);
          this.use('ABORT', 'numberFormat');
          lines.push(
            `if (!(flags & ABORT)) flags |= numberFormat(issues, input as number, '${def.format}', ${literal(range)}${rest});`,
          );
          break;
        }
        default:
          refuse(at, `the check "${def.check}" is not supported: add it to this script`);
      }
    }
    return { lines, docs, suffix };
  }

  /** A RegExp as the generated file names it: imported, built from an imported source, or literal. */
  private regex(pattern: RegExp, message: string): string {
    const imported = this.bindings.get(pattern);
    if (imported) return this.importName(imported);
    const wanted = message === defaultMessage ? 'pattern' : `${camel(message)}Pattern`;
    const source = this.bindings.get(`string:${pattern.source}`);
    if (source) {
      const flags = pattern.flags ? `, ${literal(pattern.flags)}` : '';
      return this.constant(wanted, `new RegExp(${this.importName(source)}${flags})`);
    }
    return this.constant(wanted, String(pattern));
  }

  private oneOf(schema: Schema, hint: string, where: string): Generated {
    this.noChecks(schema, where);
    const def = schema._zod.def;
    const values: unknown[] =
      def.type === 'enum' ? z.core.util.getEnumValues(def.entries) : [...def.values];
    for (const value of values) {
      if (!['string', 'number', 'boolean'].includes(typeof value) && value !== null) {
        refuse(where, `the ${def.type} value ${String(value)} is not supported`);
      }
    }
    const imported = [...this.bindings].find(
      ([candidate]) =>
        Array.isArray(candidate) &&
        candidate.length === values.length &&
        candidate.every((item, i) => Object.is(item, values[i])),
    );
    const list = imported
      ? this.importName(imported[1])
      : this.constant(`${camel(hint)}Values`, `[${values.map(literal).join(', ')}] as const`);
    this.use('oneOf');
    const message = this.tail(this.message(where, def));
    return {
      base: imported
        ? pascal(imported[1].name)
        : def.type === 'literal'
          ? `Literal${pascal(values.map(String).join('-'))}`
          : hint,
      doc: `one of ${values.map(literal).join(', ')}`,
      body: `return oneOf(issues, input, ${list}${message});`,
    };
  }

  private object(schema: Schema, hint: string, where: string): Generated {
    this.noChecks(schema, where);
    const def = schema._zod.def;
    const shape = def.shape as Record<string, Schema>;
    this.use('fail', 'invalidType', 'isObject');
    const message = this.tail(this.message(where, def));
    const lines = [
      `if (!isObject(input)) return fail(issues, invalidType('object', input${message}));`,
    ];
    const members: string[] = [];
    const docs: string[] = [];
    for (const key of Object.keys(shape)) {
      if (key === '__proto__') continue; // zod never reads a shape key named __proto__
      const property = shape[key]!;
      const at = `${where}.${key}`;
      const { optin, optout } = property._zod;
      if (optin === undefined && optout === undefined) {
        const check = this.checkFor(property, hint + pascal(key), at);
        this.use('required');
        members.push(`required(issues, input, ${literal(key)}, ${check})`);
        docs.push(key);
      } else if (
        property._zod.def.type === 'optional' &&
        optin === 'optional' &&
        !property._zod.def.checks?.length
      ) {
        const check = this.checkFor(property._zod.def.innerType, hint + pascal(key), at);
        this.use('optional');
        members.push(`optional(issues, input, ${literal(key)}, ${check})`);
        docs.push(`${key}?`);
      } else {
        refuse(at, `a property that is optional as "${optin}"/"${optout}" is not supported`);
      }
    }
    if (def.catchall !== undefined) {
      if (def.catchall._zod.def.type !== 'never') {
        refuse(where, 'an object with a catchall other than never (strictObject) is not supported');
      }
      const known = this.constant(`${camel(hint)}Keys`, `new Set(${literal(Object.keys(shape))})`);
      this.use('unknownKeys');
      members.push(`unknownKeys(issues, input, ${known}${message})`);
    }
    this.use('OK');
    lines.push(members.length ? `return (\n${members.join(' |\n')}\n);` : 'return OK;');
    return {
      base: hint,
      doc: `an object of ${docs.join(', ') || 'nothing'}${def.catchall ? ', and nothing else' : ''}`,
      body: lines.join('\n'),
    };
  }

  private array(schema: Schema, hint: string, where: string): Generated {
    const def = schema._zod.def;
    const element = this.checkFor(def.element, `${hint}Item`, `${where}[]`);
    const checks: Check[] = def.checks ?? [];
    this.use('OK', 'fail', 'invalidType', 'items');
    const message = this.tail(this.message(where, def));
    const lines: string[] = [];
    // zod's capSize: a list longer than a leading maximum fails that check alone, unparsed.
    for (const check of checks) {
      const cd = check._zod.def;
      if (!/_(length|size)$|_equals$/.test(cd.check)) break;
      const max = cd.maximum ?? cd.length ?? cd.size;
      if (!(max >= 0)) continue;
      const helper =
        cd.check === 'max_length' ? 'maxLength' : cd.check === 'length_equals' ? 'exactLength' : '';
      if (!helper) refuse(where, `the size check "${cd.check}" is not supported`);
      const text = this.message(where, cd, def);
      this.use('ABORT_ALL', helper);
      lines.push(
        `if (Array.isArray(input) && input.length > ${max}) {\n${helper}(issues, input, ${max}${this.tail(text)});\nreturn ABORT_ALL;\n}`,
      );
    }
    const parsed = `Array.isArray(input) ? items(issues, input, ${element}) : fail(issues, invalidType('array', input${message}))`;
    if (checks.some((check) => check._zod.def.check === 'custom')) {
      refuse(where, 'a refinement of a list is not supported: refine its items');
    }
    const generated = this.checks(schema, checks, where, 'array', 'input');
    return {
      base: `ListOf${this.baseOf(element)}${generated.suffix}`,
      doc: [`a list of ${this.baseOf(element)}`, ...generated.docs].join('; '),
      body: withChecks(lines, parsed, generated.lines),
    };
  }

  private tuple(schema: Schema, hint: string, where: string): Generated {
    this.noChecks(schema, where);
    const def = schema._zod.def;
    if (def.rest) refuse(where, 'a tuple with a rest element is not supported');
    const items = (def.items as Schema[]).map((item, i) => {
      if (item._zod.optin !== undefined || item._zod.optout !== undefined) {
        refuse(`${where}[${i}]`, 'an optional tuple item is not supported');
      }
      return this.checkFor(item, `${hint}${i}`, `${where}[${i}]`);
    });
    this.use('fail', 'invalidType', 'tuple');
    const message = this.tail(this.message(where, def));
    return {
      base: hint,
      doc: `a tuple of ${items.map((item) => this.baseOf(item)).join(', ')}`,
      body: [
        `if (!Array.isArray(input)) return fail(issues, invalidType('tuple', input${message}));`,
        `return tuple(issues, input, [${items.join(', ')}]${message});`,
      ].join('\n'),
    };
  }

  private union(schema: Schema, hint: string, where: string): Generated {
    this.noChecks(schema, where);
    const def = schema._zod.def;
    if (def.inclusive === false || def.discriminator !== undefined) {
      refuse(where, 'only plain z.union() is supported (not xor or discriminatedUnion)');
    }
    const options = (def.options as Schema[]).map((option, i) =>
      this.checkFor(option, `${hint}${pascal(option._zod.def.type)}`, `${where}|${i}`),
    );
    this.use('union');
    const message = this.tail(this.message(where, def));
    return {
      base: options.map((option) => this.baseOf(option)).join('Or'),
      doc: `one of: ${options.map((option) => this.baseOf(option)).join(', ')}`,
      body: `return union(issues, input, [${options.join(', ')}]${message});`,
    };
  }

  private record(schema: Schema, hint: string, where: string): Generated {
    const def = schema._zod.def;
    if (def.keyType._zod.values) {
      refuse(where, 'a record with an enumerable key schema (enum, literal) is not supported');
    }
    if (def.mode === 'loose' || def.partial)
      refuse(where, 'a loose or partial record is not supported');
    const key = this.checkFor(def.keyType, `${hint}Key`, `${where}{key}`);
    const value = this.checkFor(def.valueType, `${hint}Value`, `${where}{}`);
    const checks: Check[] = def.checks ?? [];
    for (const check of checks) {
      if (check._zod.def.check !== 'custom') {
        refuse(where, `the check "${check._zod.def.check}" on a record is not supported`);
      }
    }
    // A refinement sees zod's parsed copy; the generated one builds it, which it can only do
    // exactly when parsing a value returns that value unchanged.
    const copied = checks.length > 0;
    if (
      copied &&
      !['string', 'number', 'boolean', 'enum', 'literal'].includes(def.valueType._zod.def.type)
    ) {
      refuse(
        where,
        'a refinement of a record whose values are not strings, numbers or booleans is not supported',
      );
    }
    this.use('fail', 'invalidType', 'isPlainObject', 'entries');
    const text = this.message(where, def);
    const message = this.tail(text);
    const lines = [
      `if (!isPlainObject(input)) return fail(issues, invalidType('record', input${message}));`,
    ];
    if (copied) lines.push('const output: Record<PropertyKey, unknown> = {};');
    const trailing = text === defaultMessage ? '' : `, ${literal(text)}`;
    const parsed = `entries(issues, input, ${key}, ${value}${copied ? ', output' : trailing ? ', undefined' : ''}${trailing})`;
    const generated = this.checks(schema, checks, where, 'record', 'output');
    return {
      base: `RecordOf${this.baseOf(value)}`,
      doc: [
        `an object of ${this.baseOf(key)} keys to ${this.baseOf(value)} values`,
        ...generated.docs,
      ].join('; '),
      body: withChecks(lines, parsed, generated.lines),
    };
  }

  private wrapper(schema: Schema, hint: string, where: string): Generated {
    this.noChecks(schema, where);
    const def = schema._zod.def;
    if (def.innerType._zod.optin === 'defaulted')
      refuse(where, 'an optional default is not supported');
    const inner = this.checkFor(def.innerType, hint, where);
    const absent = def.type === 'optional' ? 'undefined' : 'null';
    this.use('OK');
    return {
      base: `${pascal(def.type)}${this.baseOf(inner)}`,
      doc: `${absent}, or ${this.baseOf(inner)}`,
      body: `return input === ${absent} ? OK : ${inner}(input, issues);`,
    };
  }
}

/**
 * A check's body: `before`, then the flags of `parsed` and one line per check; with no checks,
 * the flags of `parsed` returned at once.
 */
function withChecks(before: string[], parsed: string, checks: string[]): string {
  if (!checks.length) return [...before, `return ${parsed};`].join('\n');
  return [...before, `let flags = ${parsed};`, ...checks, 'return flags;'].join('\n');
}

/** A JSDoc comment, wrapped as prettier leaves comments alone (printWidth 100). */
function jsDoc(text: string): string {
  if (text.length <= 92) return `/** ${text} */`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

/** The functions top-down: each root, then what it calls in the order it calls it. */
function readingOrder<T extends { body: string }>(functions: Map<string, T>, roots: string[]) {
  const order: [string, T][] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const fn = functions.get(name);
    if (!fn || seen.has(name)) return;
    seen.add(name);
    order.push([name, fn]);
    for (const match of fn.body.matchAll(/\bcheck[A-Z]\w*/g)) visit(match[0]);
  };
  for (const name of [...roots, ...functions.keys()]) visit(name);
  return order;
}

// ── The file ────────────────────────────────────────────────────────────────────────────────

/** The generated file's text (formatted as the repository's prettier formats it). */
export async function validatorSource(
  files: ValidatorFiles,
): Promise<{ text: string; count: number }> {
  const schemaModule = (await import(pathToFileURL(files.schemaFile).href)) as Record<
    string,
    unknown
  >;
  const schemaName = relative(root, files.schemaFile).replaceAll('\\', '/');
  const config = z.config();
  if (config.customError || config.localeError) {
    refuse('zod config', 'a global error map changes zod messages; the generator assumes none');
  }
  const source = readFileSync(files.schemaFile, 'utf8');
  const exported = new Map<Schema, string>();
  const order = (name: string) => source.search(new RegExp(`export const ${name}\\b`));
  const names = Object.keys(schemaModule)
    .filter((name) => isSchema(schemaModule[name]))
    .sort((a, b) => order(a) - order(b));
  for (const name of names) {
    const schema = schemaModule[name] as Schema;
    if (!exported.has(schema)) exported.set(schema, name.replace(/Schema$/, ''));
  }
  const writer = new ValidatorWriter(exported, await valueModules(files));
  // The schemas no other exported schema contains come first: the file reads top-down.
  const inside = new Set<Schema>();
  const walk = (schema: Schema, top: boolean) => {
    if (!top) {
      if (inside.has(schema)) return;
      inside.add(schema);
    }
    const def = schema._zod.def;
    const children: Schema[] = [
      ...Object.values((def.shape ?? {}) as Record<string, Schema>),
      ...[def.element, def.innerType, def.keyType, def.valueType].filter(isSchema),
      ...((def.options ?? def.items ?? []) as Schema[]),
    ];
    for (const child of children) walk(child, false);
  };
  for (const schema of exported.keys()) walk(schema, true);
  const roots = [...exported.keys()].filter((schema) => !inside.has(schema));
  const exportName = new Map(names.map((name) => [schemaModule[name], name]));
  for (const schema of [...roots, ...exported.keys()]) {
    writer.checkFor(schema, exported.get(schema)!, exportName.get(schema)!);
  }

  const exportedNames = new Map(
    [...exported].map(([schema, name]) => [`check${name}`, exportName.get(schema)!]),
  );
  const imports = [...writer.imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
  const helpers = [...writer.helpers].sort();
  const text = [
    `// Generated by scripts/build-validator.ts from ${schemaName}: do not edit.`,
    '// Regenerate with `npm run build:data` (or `npx tsx scripts/build-validator.ts`) after changing',
    '// the schema; `npm run check:data` fails while this file is out of date.',
    '',
    '/**',
    ` * The shape checks of ${schemaName} without zod: one function per schema it exports,`,
    " * each reporting exactly the issues zod's `safeParse(value, { reportInput: true })` reports",
    ' * for it (the parts are in `shape-check.ts`). A check pushes its issues, returns its flags.',
    ' */',
    ...imports,
    `import { ${helpers.join(', ')}, type ShapeIssue } from '${specifierOf(shapeCheckFile, files.outputFile)}';`,
    '',
    ...[...writer.constants].map(([name, expression]) => `const ${name} = ${expression};`),
    '',
    ...readingOrder(
      writer.functions,
      roots.map((schema) => `check${exported.get(schema)}`),
    ).map(([name, { doc, body, exported: isExported }]) => {
      const exportedAs = exportedNames.get(name);
      const comment = exportedAs
        ? `\`${exportedAs}\`: ${doc}.`
        : `${doc[0]!.toUpperCase()}${doc.slice(1)}.`;
      return [
        jsDoc(comment),
        `${isExported ? 'export ' : ''}function ${name}(input: unknown, issues: ShapeIssue[]): number {`,
        body,
        '}',
        '',
      ].join('\n');
    }),
  ].join('\n');
  const options = (await prettier.resolveConfig(shapeCheckFile)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: files.outputFile });
  return { text: formatted, count: writer.functions.size };
}
