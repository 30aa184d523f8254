/**
 * sources.csv → the dataset's `sources`: `id, publisher, title, url, published`. Records cite a
 * source by its id or, when one source has it, by its publisher.
 */
import type { Source } from '../../data/schema.js';
import { readDate } from './cell-values.js';
import type { ColumnSpec, Sheet } from './columns.js';
import { isExampleRow } from './example-rows.js';
import { NameIndex } from './match-names.js';
import type { Origins } from './origins.js';
import type { Report } from './problems.js';
import type { Referable } from './references.js';
import { slugOf } from './slug.js';
import { idOf, UniqueIds } from './unique-ids.js';

export const sourceColumns: ColumnSpec[] = [
  { name: 'id' },
  { name: 'publisher', required: true },
  { name: 'title', localized: true },
  { name: 'url' },
  { name: 'published' },
];

/** The sources, and how other files refer to them. */
export function readSources(
  sheet: Sheet,
  report: Report,
  origins: Origins,
): { sources: Source[]; referable: Referable<Source> } {
  const sources: Source[] = [];
  const index = new NameIndex<Source>();
  const ids = new UniqueIds(report);
  for (const row of sheet.rows()) {
    if (isExampleRow(row, report)) continue;
    const publisher = row.cell('publisher');
    if (!publisher) report.problem(row.at('publisher'), 'is empty: who published this source?');
    const published = row.cell('published');
    const date = published ? readDate(published) : undefined;
    if (date && !date.ok) report.problem(row.at('published'), date.message);
    const { id, madeFrom } = idOf(row, () => slugOf(`${publisher} ${published}`) || 'source');
    if (!ids.claim(id, row, madeFrom ? 'publisher and date' : undefined)) continue;
    const source: Source = {
      id,
      publisher,
      title: row.text('title'),
      url: row.cell('url') || undefined,
      published: date?.ok ? date.value : undefined,
    };
    origins.add(`sources[${sources.length}]`, row, {
      id: 'id',
      publisher: 'publisher',
      title: 'title',
      url: 'url',
      published: 'published',
    });
    sources.push(source);
    index.add(source, id, publisher ? [publisher] : []);
  }
  if (!sheet.rows().length)
    report.problem(
      { file: sheet.file },
      'lists no source under its header: every incident cites at least one',
    );
  return {
    sources,
    referable: {
      index,
      plural: 'sources',
      names: sources.map((source) => source.id),
      idOf: (source) => source.id,
    },
  };
}
