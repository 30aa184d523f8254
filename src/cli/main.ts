/**
 * `civic-space-widgets <command> [args]`: the command-line tool's dispatch. `--help` lists the
 * commands, `<command> --help` explains one, `--version` prints the package's version; an
 * unknown command is misuse (exit 2) with the list. Commands return their exit code, so that
 * tests run the whole tool in-process; bin/civic-space-widgets.js sets it as the process's.
 */
import { boundariesCommand } from './boundaries/boundaries-command.js';
import { exitCode, type CliIo, type Command, type ExitCode } from './command.js';
import { importCommand } from './import/import-command.js';
import { initCommand } from './init/init-command.js';
import { packageVersion } from './package-root.js';
import { renderCommand } from './render/render-command.js';
import { serveCommand } from './serve/serve-command.js';
import { validateCommand } from './validate/validate-command.js';

/** Every command, in the order the path through them runs. */
export const commands: readonly Command[] = [
  initCommand,
  boundariesCommand,
  importCommand,
  validateCommand,
  serveCommand,
  renderCommand,
];

function toolHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: civic-space-widgets <command> [arguments]

From a spreadsheet and a country code to a dataset the widgets show:

${list.join('\n')}

Run "civic-space-widgets <command> --help" for one command's arguments and an example.

  -h, --help     this help
  --version      the version of civic-space-widgets

Exit codes: 0 done, 1 invalid input (the message says where), 2 misuse.

The path: init my-country, fill in its CSV files, boundaries <country> --out
my-country/boundaries.topo.json, import my-country, validate my-country/dataset.json,
serve my-country.
`;
}

/** Runs the tool with `argv` (the arguments after the program's name); never exits the process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(toolHelp());
    // Called with nothing at all, the tool was not told what to do.
    return name === undefined ? exitCode.misuse : exitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return exitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`civic-space-widgets: "${name}" is not a command.\n\n${toolHelp()}`);
    return exitCode.misuse;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A failure of the tool itself (a full disk, a bug), not of the researcher's input.
    io.stderr(
      `civic-space-widgets ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return exitCode.invalidInput;
  }
}
