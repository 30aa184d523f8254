/**
 * Writes `data/dataset.schema.json`, the JSON Schema of a dataset file, from `DatasetSchema`,
 * so that editors and other tools can check a file without this code.
 *
 * Run: npx tsx scripts/export-json-schema.ts
 */
import * as z from 'zod/mini';
import { DatasetSchema, supportedSchemaVersion } from '../src/data/schema.js';
import { writeGenerated } from './generated-file.js';

const outputPath = 'data/dataset.schema.json';

const description =
  'A dataset for the civic-space-widgets web components: sources, categories, regions, ' +
  'places, incidents, themes and reviews with their recommendations. Some rules are checked ' +
  'only when the widgets load a file: that dates are real calendar dates, that URLs are ' +
  'absolute http(s) URLs without user name or password, that a text given by language has ' +
  'at least one language, that ids are unique, that every reference names a record that ' +
  'exists, that an incident with a dateQualifier or an endDate has a date (and not both), and ' +
  'that a range of peopleAffected does not end below its min.';

// 'input' describes the file as written: the loader ignores members it does not know, so the
// schema must not forbid them ('output' would add additionalProperties: false).
const generated = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
const { $schema, ...rest } = generated;
if ($schema !== 'https://json-schema.org/draft/2020-12/schema') {
  throw new Error(`export-json-schema: unexpected $schema ${String($schema)}`);
}

const schema = {
  $schema,
  title: `civic-space-widgets dataset, schema version ${supportedSchemaVersion}`,
  description,
  ...rest,
};

const text = `${JSON.stringify(schema, null, 2)}\n`;
writeGenerated(outputPath, text, `${Buffer.byteLength(text)} bytes.`);
