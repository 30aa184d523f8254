/**
 * `civic-space-widgets validate <dataset.json> [--json]`: the widgets' own validation, for a
 * data team's CI. The file is read and checked exactly as `<civic-dataset src>` reads it
 * (`parseJson`, then `validateJsonValue`), and every issue is printed with its JSON path.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeIssue, type DatasetIssue } from '../../data/dataset-issues.js';
import { parseJson } from '../../data/json-value.js';
import { validateJsonValue } from '../../data/validate-dataset.js';
import { readArgs } from '../cli-args.js';
import { exitCode, type Command } from '../command.js';
import { withLineAndColumn } from './json-position.js';

const help = `Usage: civic-space-widgets validate <dataset.json> [--json]

Checks a dataset with the widgets' own validation (docs/dataset.md): its JSON, its schema
version, its shape, and the rules across records (references, unique ids, periods). Every
issue is printed with its JSON path, such as incidents[3].regionId.

Options:
  --json      print the result as JSON on standard output:
              {"file": …, "valid": true|false, "issues": [{"path", "code", "message", "params"}]}
  -h, --help  this help

Exit codes: 0 valid, 1 invalid (or not JSON, or unreadable), 2 misuse.

Example:
  civic-space-widgets validate my-country/dataset.json
`;

/** The file's issues as the widgets would report them; empty when it is valid. */
export async function validateFile(path: string, shown = path): Promise<DatasetIssue[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : String(code ?? error);
    return [makeIssue('', 'network', { url: shown, detail })];
  }
  // As a browser's fetch does, a byte order mark is not part of the text.
  text = text.replace(/^\uFEFF/, '');
  const json = parseJson(text);
  if (!json.ok)
    return json.issues.map((issue) =>
      issue.code === 'invalid-json'
        ? makeIssue('', 'invalid-json', {
            detail: withLineAndColumn(String(issue.params.detail), text),
          })
        : issue,
    );
  const result = validateJsonValue(json.value);
  return result.ok ? [] : result.error.issues;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: "check a dataset JSON file with the widgets' own validation",
  help,
  async run(args, io) {
    const parsed = readArgs(
      validateCommand,
      args,
      { json: { type: 'boolean' } },
      { min: 1, max: 1 },
      io,
    );
    if (typeof parsed === 'number') return parsed;
    const file = parsed.positionals[0]!;
    const issues = await validateFile(resolve(io.cwd, file), file);
    if (parsed.values.json) {
      const result = {
        file,
        valid: issues.length === 0,
        issues: issues.map(({ path, code, message, params }) => ({ path, code, message, params })),
      };
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    } else if (issues.length) {
      for (const issue of issues)
        io.stderr(
          issue.path ? `${file} at ${issue.path}: ${issue.message}\n` : `${issue.message}\n`,
        );
      const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
      io.stderr(`\n${file} has ${count}; the widgets would show an error instead of it.\n`);
    } else {
      io.stdout(`${file} is valid.\n`);
    }
    return issues.length ? exitCode.invalidInput : exitCode.ok;
  },
};
