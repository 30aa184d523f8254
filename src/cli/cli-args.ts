/**
 * Flags and arguments of one command, read with Node's `util.parseArgs`: `--help` (or `-h`)
 * prints the command's help, and an unknown flag, a missing value or a wrong number of
 * arguments is misuse (exit 2) with a line saying what is wrong and where the help is.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exitCode, type CliIo, type ExitCode } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command reads: its flags by name and its positional arguments. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Prints a misuse message for `command` and returns the misuse exit code. */
export function misuse(command: string, message: string, io: CliIo): ExitCode {
  io.stderr(
    `civic-space-widgets ${command}: ${message}\nRun "civic-space-widgets ${command} --help" for how to use it.\n`,
  );
  return exitCode.misuse;
}

/**
 * Parses `args` for `command`. Returns the exit code instead when the command should stop:
 * after printing its help (0), or on misuse (2).
 */
export function readArgs(
  command: { name: string; help: string },
  args: string[],
  options: Options,
  positionals: { min: number; max: number },
  io: CliIo,
): ParsedArgs | ExitCode {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Node's own sentence ("Unknown option '--fo'"), without its advice about `--`.
    const text = error instanceof Error ? error.message.split('. To specify')[0]! : String(error);
    return misuse(command.name, text, io);
  }
  if (parsed.values.help) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return exitCode.ok;
  }
  const count = parsed.positionals.length;
  if (count < positionals.min)
    return misuse(command.name, `missing argument (it needs ${positionals.min})`, io);
  if (count > positionals.max)
    return misuse(
      command.name,
      `too many arguments: ${parsed.positionals.slice(positionals.max).join(' ')}`,
      io,
    );
  return {
    values: parsed.values as ParsedArgs['values'],
    positionals: parsed.positionals,
  };
}
