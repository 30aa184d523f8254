/**
 * `civic-space-widgets import <folder>`: the folder's CSV files → a dataset JSON file, written
 * only when nothing is wrong; every problem and warning printed, each at its file, row, column.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { readArgs } from '../cli-args.js';
import { exitCode, type Command } from '../command.js';
import { importFolder } from './import-folder.js';
import { formatProblem } from './problems.js';

const help = `Usage: civic-space-widgets import <folder> [--boundaries FILE] [--out FILE]

Builds a dataset from the CSV files a spreadsheet exports into <folder>:

  incidents.csv        required: date, title, category, source; optional id,
                       date_qualifier, end_date, title_<lang>, summary, summary_<lang>,
                       region, place, people_affected, verification, outcomes
  sources.csv          required: id, publisher, title, url, published
  categories.csv       optional: id, label, label_<lang>, color
  places.csv           optional: id, name, name_<lang>, region, latitude, longitude,
                       note, note_<lang>
  reviews.csv          optional: id, mechanism, body, date, cycle, recommendation_count,
                       summary, source
  recommendations.csv  optional: id, review, text, text_<lang>, theme, recommending_states,
                       response, implementation, source
  themes.csv           optional: id, label, label_<lang>
  dataset.csv          optional, one row: id, title, title_<lang>, description, country,
                       country_name, updated, language, rating, rating_scale, rating_source

Dates are 2024, 2024-09 or 2024-09-14 and keep that precision; "not stated" when the
source gives none. date_qualifier is after, before or about (the date only bounds the
incident); people_affected is 12, 30+ (at least 30) or 12-20; verification is verified,
reported or alleged. Several values in one cell are separated by ";". Regions, categories, sources and places are named by id or by name,
in any case, with or without accents. Every problem is reported at once, as file, row and
column; nothing is written while there is one.

Options:
  --boundaries FILE   the TopoJSON whose regions incidents name (from "boundaries");
                      default: <folder>/boundaries.topo.json when it exists
  --out FILE          where to write the dataset; default <folder>/dataset.json; "-" for
                      standard output
  --title TEXT, --description TEXT, --country CODE, --updated DATE, --id ID,
  --language TAG      the dataset's own fields, instead of (or over) dataset.csv
  -h, --help          this help

Exit codes: 0 written, 1 a problem in the files (nothing written), 2 misuse.

Example:
  civic-space-widgets import my-country --boundaries my-country/boundaries.topo.json
`;

const textFlag = { type: 'string' } as const;

const counted = (list: readonly unknown[], noun: string) =>
  `${list.length} ${noun}${list.length === 1 ? '' : 's'}`;

/** A path as the researcher would type it: relative when inside the working folder. */
function shownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') ? shown : path;
}

/** Today in UTC as YYYY-MM-DD: the default `updated`. */
const today = () => new Date().toISOString().slice(0, 10);

export const importCommand: Command = {
  name: 'import',
  summary: 'build a dataset from spreadsheet CSV files, reporting every problem by row and column',
  help,
  async run(args, io) {
    const parsed = readArgs(
      importCommand,
      args,
      {
        boundaries: textFlag,
        out: textFlag,
        title: textFlag,
        description: textFlag,
        country: textFlag,
        updated: textFlag,
        id: textFlag,
        language: textFlag,
      },
      { min: 1, max: 1 },
      io,
    );
    if (typeof parsed === 'number') return parsed;
    const flag = (name: string) => parsed.values[name] as string | undefined;
    const folder = resolve(io.cwd, parsed.positionals[0]!);
    const boundaries = flag('boundaries');
    const out = flag('out') ?? join(folder, 'dataset.json');
    const toStdout = out === '-';
    const outPath = toStdout ? out : resolve(io.cwd, out);
    const { dataset, text, problems, warnings } = await importFolder({
      folder,
      boundaries: boundaries === undefined ? undefined : resolve(io.cwd, boundaries),
      flags: {
        id: flag('id'),
        title: flag('title'),
        description: flag('description'),
        country: flag('country'),
        updated: flag('updated'),
        language: flag('language'),
      },
      today: today(),
      outName: toStdout ? 'the dataset' : shownPath(io.cwd, outPath),
    });
    for (const warning of warnings) io.stderr(`warning: ${formatProblem(warning)}\n`);
    if (!dataset || text === undefined) {
      for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
      const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
      io.stderr(`\n${count}; nothing was written.\n`);
      return exitCode.invalidInput;
    }
    if (toStdout) {
      io.stdout(text);
    } else {
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, text);
      io.stderr(
        `Wrote ${shownPath(io.cwd, outPath)}: ${counted(dataset.incidents, 'incident')}, ${counted(dataset.sources, 'source')}, ${counted(dataset.regions, 'region')}, ${counted(dataset.reviews, 'review')}.\n`,
      );
    }
    return exitCode.ok;
  },
};
