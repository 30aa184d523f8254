/**
 * What every command of the `civic-space-widgets` command-line tool is: a name, a one-line
 * summary for the command list, its `--help` text, and a `run` that returns the exit code
 * instead of exiting, so that tests run commands in-process.
 */

/** Exit codes, as the README documents them. */
export const exitCode = {
  /** Done: the output was written or the input is valid. */
  ok: 0,
  /** The input is invalid (a CSV row, a dataset, a country code): the message says where. */
  invalidInput: 1,
  /** The command was called wrongly (unknown flag, missing argument): `--help` says how. */
  misuse: 2,
} as const;

export type ExitCode = (typeof exitCode)[keyof typeof exitCode];

/** Where a command writes and which folder relative paths start from. */
export interface CliIo {
  /** The working folder: relative paths in arguments are resolved against it. */
  cwd: string;
  /** Results (a file's content when no `--out` is given, a list, a report). */
  stdout(text: string): void;
  /** Progress, warnings and errors, for the person at the terminal. */
  stderr(text: string): void;
}

export interface Command {
  name: string;
  /** One line, shown in `civic-space-widgets --help`. */
  summary: string;
  /** The whole `--help` text: usage line, arguments, flags, an example. */
  help: string;
  run(args: string[], io: CliIo): Promise<ExitCode>;
}
