/**
 * Keeps `docs/` in step with the code. Run by `npm test` as `check:docs`, after `npm run
 * analyze` has written `custom-elements.json` from the elements' JSDoc.
 *
 * docs/components.md must name, as inline code, in each element's "## `<civic-…>`" section:
 * every attribute and public property under "### Attributes and properties", and every event,
 * part and CSS custom property the manifest lists for that element under "### Events",
 * "### Parts" and "### CSS custom properties" (what every widget inherits from `CivicWidget`
 * may be listed once instead, under "## What every widget shares"). Anywhere in it: every
 * `part="…"` a template sets and every `--civic-…` property a style reads, and every name an entry point (`src/index.ts`, `src/<folder>/index.ts`)
 * exports: the public API.
 *
 * docs/dataset.md must list every field of the schema as a path (`incidents[].date`) in the
 * first column of a table under "## Fields", and name every value of its enumerations and
 * every issue code the validator reports.
 *
 * The other way round too: a table row naming what the code no longer has is stale.
 * Prints what is wrong and exits 1.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { core } from 'zod/mini';
import { issueCodes } from '../src/data/dataset-issues.js';
import { DatasetSchema } from '../src/data/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const problems: string[] = [];

// What the docs say.

interface Section {
  heading: string;
  body: string;
}

/** The sections under headings of `level` (`##` = 2); text before the first is dropped. */
function sections(markdown: string, level: number): Section[] {
  const marker = `${'#'.repeat(level)} `;
  const found: Section[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith(marker)) found.push({ heading: line.slice(marker.length), body: '' });
    else if (found.length) found[found.length - 1]!.body += `${line}\n`;
  }
  return found;
}

/** What the text writes as inline code: `` `group-by` `` → `group-by`. */
function codeSpans(text: string): Set<string> {
  return new Set([...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!.trim()));
}

/** The inline code in the first cell of each table row: the names a table documents. */
function tableNames(text: string): string[] {
  return (
    text
      .split('\n')
      .filter((line) => line.startsWith('|'))
      // Cells split at unescaped pipes: a type cell may hold `'a' \| 'b'`.
      .flatMap((line) => [...codeSpans(line.split(/(?<!\\)\|/)[1] ?? '')])
  );
}

/** The `###` subsection of an element's section whose heading matches. */
function subsection(section: Section, heading: RegExp): string | undefined {
  return sections(section.body, 3).find((s) => heading.test(s.heading))?.body;
}

// What the code offers.

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
}
interface ManifestElement {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: ManifestMember[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

if (!existsSync(join(root, 'custom-elements.json'))) {
  console.error('custom-elements.json is missing: run `npm run check:docs` (it analyzes first).');
  process.exit(1);
}
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** Source files under src/, for what templates and styles use beyond the JSDoc. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.generated.ts') ? [path] : [];
  });
}
const srcFiles = sourceFiles();
const sources = srcFiles.map(read).join('\n');
const templateParts = new Set([...sources.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]!));
// `var(--civic-category-${name}, …)`: a property named per record is documented by its prefix.
const styleProperties = new Set([...sources.matchAll(/var\((--civic-[\w-]+)/g)].map((m) => m[1]!));

/** Read by the widget from itself or an ancestor, as every HTML element has it. */
const globalAttributes = ['lang'];

// docs/components.md against the elements, their templates and styles, and the entry points.

const componentsPath = 'docs/components.md';
const components = read(componentsPath);
const componentSections = sections(components, 2);

/** What each table of an element's section must list, and what it may list besides. */
function checkTable(
  where: string,
  body: string | undefined,
  required: string[],
  allowed: Set<string>,
): void {
  if (body === undefined) {
    if (required.length) problems.push(`${where}: no such section (it must list ${required[0]})`);
    return;
  }
  const named = codeSpans(body);
  for (const name of required)
    if (!named.has(name)) problems.push(`${where}: \`${name}\` is not documented`);
  for (const name of tableNames(body))
    if (!allowed.has(name) && !required.includes(name))
      problems.push(`${where}: \`${name}\` is documented but the code has no such name`);
}

// What every widget inherits from its base class is documented once, under "What every widget
// shares"; an element's own section need not repeat it.
const sharedSection = componentSections.find((s) => /^What every widget shares/.test(s.heading));
const sharedNames = (heading: RegExp) =>
  codeSpans((sharedSection && subsection(sharedSection, heading)) ?? '');
const sharedParts = sharedNames(/^Parts every widget has/);
const sharedProperties = sharedNames(/^CSS custom properties every widget reads/);
const own = (names: string[], shared: Set<string>) => names.filter((name) => !shared.has(name));

for (const element of elements) {
  const tag = `<${element.tagName!}>`;
  const section = componentSections.find((s) => s.heading.includes(`\`${tag}\``));
  if (!section) {
    problems.push(`${componentsPath}: no "## \`${tag}\`" section for ${element.name}`);
    continue;
  }
  const where = (part: string) => `${componentsPath} › ${tag} › ${part}`;
  const attributes = (element.attributes ?? []).map((a) => a.name);
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
    .map((m) => m.name);
  const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name);
  checkTable(
    where('Attributes and properties'),
    subsection(section, /^Attributes/),
    [...new Set([...attributes, ...properties])],
    new Set(globalAttributes),
  );
  checkTable(where('Events'), subsection(section, /^Events/), names(element.events), new Set());
  checkTable(
    where('Parts'),
    subsection(section, /^Parts/),
    own(names(element.cssParts), sharedParts),
    new Set([...templateParts, ...sharedParts]),
  );
  checkTable(
    where('CSS custom properties'),
    subsection(section, /^CSS custom properties/),
    own(names(element.cssProperties), sharedProperties),
    new Set([...styleProperties, ...sharedProperties]),
  );
}

const documented = codeSpans(components);
for (const part of templateParts)
  if (!documented.has(part)) problems.push(`${componentsPath}: part \`${part}\` is not documented`);
for (const property of styleProperties) {
  const named = property.endsWith('-')
    ? [...documented].some((code) => code.startsWith(property))
    : documented.has(property);
  if (!named) problems.push(`${componentsPath}: \`${property}\` is not documented`);
}

/** The names the entry points export, values and types, as TypeScript resolves them. */
function exportedNames(): Set<string> {
  const entries = [
    'src/index.ts',
    ...readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/${entry.name}/index.ts`)
      .filter((path) => srcFiles.includes(path)),
  ];
  const program = ts.createProgram(
    entries.map((path) => join(root, path)),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      experimentalDecorators: true,
      skipLibCheck: true,
      noEmit: true,
      // Only the export lists are read: no standard library or global types to load.
      noLib: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  for (const path of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(join(root, path))!);
    for (const symbol of module ? checker.getExportsOfModule(module) : []) names.add(symbol.name);
  }
  return names;
}

for (const name of exportedNames())
  if (!documented.has(name))
    problems.push(`${componentsPath}: export \`${name}\` is not documented`);

// docs/dataset.md against the schema and the validator.

type Schema = core.$ZodType;

/**
 * The schema's fields as paths (`incidents[].categoryIds`) and its enumerations' values.
 * Unions are walked branch by branch (a `Text` is a string or a record: neither has fields);
 * records and tuples are leaves, their keys and positions described by their type.
 */
function schemaFields(schema: Schema, path: string, fields: string[], values: Set<string>): void {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, field] of Object.entries((def as core.$ZodObjectDef).shape)) {
        const at = path ? `${path}.${key}` : key;
        fields.push(at);
        schemaFields(field, at, fields, values);
      }
      return;
    case 'array':
      return schemaFields((def as core.$ZodArrayDef).element, `${path}[]`, fields, values);
    case 'union':
      for (const option of (def as core.$ZodUnionDef).options)
        schemaFields(option, path, fields, values);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return schemaFields((def as core.$ZodOptionalDef).innerType, path, fields, values);
    case 'enum':
      for (const value of Object.values((def as core.$ZodEnumDef).entries)) values.add(`${value}`);
      return;
    case 'literal':
      for (const value of (def as core.$ZodLiteralDef<core.util.Literal>).values)
        values.add(`${value}`);
      return;
  }
}

const datasetPath = 'docs/dataset.md';
const datasetDoc = read(datasetPath);
const datasetNames = codeSpans(datasetDoc);
const fields: string[] = [];
const values = new Set<string>();
schemaFields(DatasetSchema, '', fields, values);

// Fields in the first column of the tables under "## Fields": a mention in passing is not a
// description.
const fieldTables = sections(datasetDoc, 2).find((s) => /^Fields/.test(s.heading))?.body;
if (fieldTables === undefined) problems.push(`${datasetPath}: no "## Fields" section`);
const fieldRows = tableNames(fieldTables ?? '');
for (const field of fields)
  if (!fieldRows.includes(field))
    problems.push(`${datasetPath} › Fields: \`${field}\` is not documented`);
for (const name of fieldRows)
  if (!fields.includes(name))
    problems.push(
      `${datasetPath} › Fields: \`${name}\` is documented but the schema has no such field`,
    );
for (const value of values)
  if (!datasetNames.has(value))
    problems.push(`${datasetPath}: value \`${value}\` is not documented`);
for (const code of issueCodes)
  if (!datasetNames.has(code)) problems.push(`${datasetPath}: issue \`${code}\` is not documented`);

if (problems.length) {
  console.error(`docs/ is out of step with the code (${problems.length}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error('Document what the code offers (or remove what it no longer has), then rerun.');
  process.exit(1);
}
console.log(
  `docs/ documents ${elements.length} elements, ${templateParts.size} parts, ` +
    `${styleProperties.size} CSS properties and ${fields.length} dataset fields.`,
);
