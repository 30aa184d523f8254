/**
 * `civic-space-widgets init <folder>`: a folder to fill in. The template CSV files (headers and
 * two example rows each, marked `EXAMPLE:` so that `import` refuses them until they are
 * replaced), a README for the researcher, an index.html embedding the three widgets on the
 * dataset `import` will write there, and the widgets' bundle beside it (copied: no CDN).
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readArgs } from '../cli-args.js';
import { exitCode, type Command } from '../command.js';
import { packageRoot } from '../package-root.js';

const help = `Usage: civic-space-widgets init <folder> [--force]

Creates <folder> with what a dataset starts from:

  incidents.csv, sources.csv, categories.csv, places.csv, reviews.csv,
  recommendations.csv, dataset.csv   the spreadsheets: a header and example rows
                                      (marked EXAMPLE:, which import refuses)
  README.md                           what to fill in, and the next commands
  index.html                          the map, timeline and tracker of dataset.json
  civic-space-widgets.js (+ LICENSES) the widgets, copied from this package, with
  civic-space-widgets-export.js       the export's code, which they load when a reader exports

Options:
  --force     write over files of the same names already in <folder>
  -h, --help  this help

Exit codes: 0 created, 1 the folder already holds those files (nothing written), 2 misuse.

Example:
  civic-space-widgets init my-country
`;

/** Where the templates and the widgets' bundle are; tests point them elsewhere. */
export interface InitSources {
  templates: string;
  /** dist/civic-space-widgets.js, its export file and licences, built by `npm run build`. */
  bundle: string[];
}

/** The package's own templates and bundle. */
export function packageInitSources(): InitSources {
  const root = packageRoot();
  return {
    templates: join(root, 'data', 'templates'),
    bundle: [
      'civic-space-widgets.js',
      'civic-space-widgets-export.js',
      'civic-space-widgets.LICENSES.txt',
    ].map((name) => join(root, 'dist', name)),
  };
}

const isFile = (path: string) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );

/** The `init` command reading its files from `sources` (default: this package's). */
export function makeInitCommand(sources: () => InitSources = packageInitSources): Command {
  const command: Command = {
    name: 'init',
    summary: 'create a folder of template spreadsheets, a README and a page for the widgets',
    help,
    async run(args, io) {
      const parsed = readArgs(
        command,
        args,
        { force: { type: 'boolean' } },
        { min: 1, max: 1 },
        io,
      );
      if (typeof parsed === 'number') return parsed;
      const folder = resolve(io.cwd, parsed.positionals[0]!);
      const shown = relative(io.cwd, folder) || '.';
      const { templates, bundle } = sources();
      const files = [
        ...(await readdir(templates)).sort().map((name) => ({ name, from: join(templates, name) })),
        ...bundle.map((from) => ({ name: from.split(/[\\/]/).pop()!, from })),
      ];
      const existing = [];
      for (const { name } of files) if (await isFile(join(folder, name))) existing.push(name);
      if (existing.length && !parsed.values.force) {
        io.stderr(
          `${shown} already has ${existing.join(', ')}: nothing was written. Choose another folder, or pass --force to write over them.\n`,
        );
        return exitCode.invalidInput;
      }
      await mkdir(folder, { recursive: true });
      const missing: string[] = [];
      for (const { name, from } of files) {
        if (await isFile(from)) await copyFile(from, join(folder, name));
        else missing.push(name);
      }
      if (missing.length)
        io.stderr(
          `warning: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not built yet, so index.html cannot show the widgets: run "npm run build" in civic-space-widgets, then copy dist/${missing.join(' and dist/')} into ${shown}\n`,
        );
      io.stdout(`Created ${shown}/. Next:
  1. fill in ${shown}/*.csv (see ${shown}/README.md), replacing the EXAMPLE rows
  2. civic-space-widgets boundaries <country code> --out ${shown}/boundaries.topo.json
  3. civic-space-widgets import ${shown}
  4. civic-space-widgets validate ${shown}/dataset.json
  5. civic-space-widgets serve ${shown}
`);
      return exitCode.ok;
    },
  };
  return command;
}

export const initCommand = makeInitCommand();
