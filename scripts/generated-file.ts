/**
 * Writes a generated file, or with `--check` verifies that the committed one is what the
 * script generates now (run by `npm test`, so a schema change cannot ship a stale file).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function writeGenerated(relativePath: string, text: string, summary: string): void {
  const path = join(root, relativePath);
  if (process.argv.includes('--check')) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${relativePath} is out of date: run npm run build:data and commit it.`);
      process.exit(1);
    }
    console.log(`${relativePath} is up to date.`);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Wrote ${relativePath}: ${summary}`);
}
