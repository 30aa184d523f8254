/**
 * Runs the command-line tool in-process for Node tests (test/cli/*.node-test.ts): its output
 * captured, its working folder a fresh temporary one that the test fills with files.
 */
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';

/** The repository's root folder. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fixture file's path in the repository. */
export const fixture = (path: string) => join(repoRoot, 'test', 'fixtures', path);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `civic-space-widgets <args>` in `cwd`. */
export async function cli(cwd: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A new empty folder under the system's temporary folder. */
export function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'civic-cli-'));
}

/** Writes files (name → text or bytes) into `folder`, making subfolders as needed. */
export async function writeFiles(
  folder: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
}

/** True when `path` exists. */
export const exists = (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

/** The lines of a run's stderr that are problems (not warnings, not the summary). */
export const problemLines = (run: CliRun) =>
  run.stderr
    .split('\n')
    .filter((line) => line && !line.startsWith('warning:') && !/nothing was written/.test(line));
