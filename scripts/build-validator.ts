/**
 * Writes `src/data/validate-shape.generated.ts`: the dataset's shape checks as plain
 * TypeScript functions, one per schema `src/data/schema.ts` exports, generated from the zod
 * definitions (scripts/validator-source.ts). The widgets run these instead of zod, so that zod
 * stays out of the browser bundle; they report exactly the issues zod's
 * `safeParse(value, { reportInput: true })` reports (test/data/validate-shape.node-test.ts).
 *
 * Run: npx tsx scripts/build-validator.ts (part of npm run build:data; --check verifies).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './generated-file.js';
import { GeneratorError, validatorSource } from './validator-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = 'src/data/validate-shape.generated.ts';

try {
  const { text, count } = await validatorSource({
    schemaFile: join(root, 'src/data/schema.ts'),
    outputFile: join(root, outputPath),
  });
  writeGenerated(outputPath, text, `${count} check functions.`);
} catch (error) {
  if (!(error instanceof GeneratorError)) throw error;
  console.error(error.message);
  process.exit(1);
}
