/**
 * The dataset's own words for kinds of records: categories of incidents (categories.csv:
 * `id, label, label_<lang>, color`) and themes of recommendations (themes.csv: `id, label,
 * label_<lang>`). Both files are optional: without one, each distinct value of the column that
 * names them becomes an entry, labelled as first written, and a warning says so.
 */
import type { Text } from '../../data/text.js';
import type { ColumnSpec, Sheet } from './columns.js';
import { isExampleRow } from './example-rows.js';
import { NameIndex, nameKey } from './match-names.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import type { Referable } from './references.js';
import { slugOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';

/** A category or a theme. */
export interface Term {
  id: string;
  label: Text;
  color?: string;
}

/** Which vocabulary: its file, its JSON collection, the column that names it elsewhere. */
export interface VocabularyKind {
  file: 'categories.csv' | 'themes.csv';
  collection: 'categories' | 'themes';
  /** `incidents.csv column category`, for the warning when the file is missing. */
  usedIn: string;
  withColor: boolean;
}

export const categoriesKind: VocabularyKind = {
  file: 'categories.csv',
  collection: 'categories',
  usedIn: 'the category column of incidents.csv',
  withColor: true,
};

export const themesKind: VocabularyKind = {
  file: 'themes.csv',
  collection: 'themes',
  usedIn: 'the theme column of recommendations.csv',
  withColor: false,
};

export function vocabularyColumns(kind: VocabularyKind): ColumnSpec[] {
  return [
    { name: 'id' },
    { name: 'label', required: true, localized: true },
    ...(kind.withColor ? [{ name: 'color' }] : []),
  ];
}

function referableOf(terms: Term[], kind: VocabularyKind): Referable<Term> {
  const index = new NameIndex<Term>();
  for (const term of terms) {
    const labels = typeof term.label === 'string' ? [term.label] : Object.values(term.label);
    index.add(term, term.id, labels);
  }
  return {
    index,
    plural: kind.collection,
    names: terms.map((term) => (typeof term.label === 'string' ? term.label : term.id)),
    idOf: (term) => term.id,
  };
}

/** The terms a file lists, in its order. */
export function readVocabulary(
  sheet: Sheet,
  kind: VocabularyKind,
  report: Report,
  origins: Origins,
): { terms: Term[]; referable: Referable<Term> } {
  const terms: Term[] = [];
  const ids = new UniqueIds(report);
  for (const row of sheet.rows()) {
    if (isExampleRow(row, report)) continue;
    const label = row.text('label');
    const mainLabel = row.texts('label')[0] ?? '';
    if (!label) report.problem(row.at('label'), 'is empty: every entry needs a label');
    const { id, madeFrom } = idOf(row, () => slugOf(mainLabel));
    if (!id) continue;
    if (!ids.claim(id, row, madeFrom ? 'label' : undefined)) continue;
    const term: Term = { id, label: label ?? '' };
    const color = kind.withColor ? row.cell('color') : '';
    if (color) term.color = color;
    origins.add(`${kind.collection}[${terms.length}]`, row, {
      id: 'id',
      label: 'label',
      color: 'color',
    });
    terms.push(term);
  }
  return { terms, referable: referableOf(terms, kind) };
}

/**
 * Terms made from the values a column uses, when the vocabulary's file is missing: one per
 * distinct value (by `nameKey`, so "Arrest" and "arrest" are one), in the order first used.
 */
export function deriveVocabulary(
  values: readonly string[],
  kind: VocabularyKind,
  report: Report,
): { terms: Term[]; referable: Referable<Term> } {
  const byKey = new Map<string, Term>();
  const usedIds = new Set<string>();
  for (const value of values) {
    const key = nameKey(value);
    if (!key || byKey.has(key)) continue;
    let id = slugOf(value) || `${kind.collection}-${byKey.size + 1}`;
    // Two values that differ only in punctuation slug alike; the later one is numbered.
    for (let n = 2; usedIds.has(id); n += 1) id = `${slugOf(value)}-${n}`;
    usedIds.add(id);
    byKey.set(key, { id, label: value });
  }
  const terms = [...byKey.values()];
  const listed = terms.slice(0, 10).map((t) => `"${t.label as string}"`);
  if (terms.length > 10) listed.push('…');
  if (terms.length)
    report.warning(
      { file: kind.file },
      `is missing, so the ${terms.length} ${kind.collection} were made from ${kind.usedIn} (${listed.join(', ')}); add ${kind.file} to give them labels in other languages${kind.withColor ? ' and colours' : ''}`,
    );
  return { terms, referable: referableOf(terms, kind) };
}
