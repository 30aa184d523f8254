#!/usr/bin/env node
// `npx civic-space-widgets <command>`: runs the command-line tool built into dist/cli/ by
// `npm run build:cli` (which `npm install` runs in a clone, through the `prepare` script).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'civic-space-widgets: the command-line tool is not built yet: run "npm run build:cli" in the civic-space-widgets folder.\n',
  );
  process.exit(2);
}
const { runCli } = await import(built.href);
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
