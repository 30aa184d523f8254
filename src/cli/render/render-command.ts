/**
 * `civic-space-widgets render <timeline|map|tracker> --data FILE …`: a widget's picture without
 * a browser, as SVG or PNG, for newsletters, social cards and static sites. The dataset is read
 * and validated as the widgets read it; the picture is the one the widget exports
 * (render-view.ts), from the same model.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { readBoundaries, type Boundaries } from '../../data/boundaries.js';
import { issueMessage } from '../../data/dataset-issues.js';
import { parseJson } from '../../data/json-value.js';
import type { Dataset } from '../../data/schema.js';
import { validateJsonValue, type DatasetError } from '../../data/validate-dataset.js';
import { normalizeFilter } from '../../filter/filter.js';
import { builtInBoundaries } from '../../map/built-in-boundaries.js';
import { misuse, readArgs } from '../cli-args.js';
import { exitCode, type CliIo, type Command } from '../command.js';
import { rasterise } from './rasterise.js';
import { renderSvg, widgetNames, type WidgetName } from './render-view.js';

const help = `Usage: civic-space-widgets render <timeline|map|tracker> --data FILE [options]

Draws a widget's picture without a browser, for newsletters, social cards and static sites:
the picture the widget exports in a browser (each mark with its data-id, and a footer with
the dataset's title, the sources, its date and what the filter keeps), from the widgets' own
layout code, in the widgets' default colours.

Options:
  --data FILE      the dataset (JSON), read and checked as the widgets read it (required)
  --geo FILE       map: a TopoJSON file whose geometry ids are the dataset's region ids
                   (default: the built-in North Korea provinces, for a dataset of KP)
  --lang TAG       language of the words: en (default) or ko
  --width PIXELS   width of the whole picture (default 800)
  --filter JSON    the shared filter, as <civic-dataset> takes it, for instance
                   '{"regionIds":["KP-06"],"from":"2024-10","to":"2024-12"}'
  --format FORMAT  svg or png (default: --out's extension, else svg)
  --scale N        png: pixels per pixel of the picture (default 2)
  --out FILE       where to write (default: standard output, svg only)
  -h, --help       this help

Exit codes: 0 written, 1 invalid input (the message says what), 2 misuse.

Example:
  civic-space-widgets render map --data data/north-korea.json --lang ko --out map.png
`;

const options = {
  data: { type: 'string' },
  geo: { type: 'string' },
  lang: { type: 'string' },
  width: { type: 'string' },
  filter: { type: 'string' },
  format: { type: 'string' },
  scale: { type: 'string' },
  out: { type: 'string' },
} as const;

/** A file's text, or why it cannot be read, in words. */
async function readText(path: string): Promise<string | Error> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return new Error(code === 'ENOENT' ? 'there is no such file' : String(code ?? error));
  }
}

function report(io: CliIo, file: string, error: DatasetError): void {
  for (const issue of error.issues)
    io.stderr(`${file}${issue.path ? ` at ${issue.path}` : ''}: ${issueMessage(issue, 'en')}\n`);
}

/** The JSON value of `file`, or undefined after saying why not. */
async function readJson(file: string, io: CliIo): Promise<{ value: unknown } | undefined> {
  const text = await readText(resolve(io.cwd, file));
  if (text instanceof Error) {
    io.stderr(`civic-space-widgets render: cannot read ${file}: ${text.message}\n`);
    return undefined;
  }
  const json = parseJson(text);
  if (!json.ok) {
    for (const issue of json.issues) io.stderr(`${file}: ${issueMessage(issue, 'en')}\n`);
    return undefined;
  }
  return { value: json.value };
}

/** The map's regions and neighbours: from `--geo`, else built in (for the built-in country). */
async function boundariesFor(
  dataset: Dataset,
  geo: string | undefined,
  io: CliIo,
): Promise<{ regions: Boundaries; context: Boundaries | undefined } | undefined> {
  if (!geo) {
    const builtIn = builtInBoundaries();
    if (dataset.country.code.toUpperCase() === builtIn.country)
      return { regions: builtIn.provinces, context: builtIn.context };
    io.stderr(
      `civic-space-widgets render: there are no built-in boundaries for ${dataset.country.code}; give the map's regions with --geo FILE (civic-space-widgets boundaries makes one).\n`,
    );
    return undefined;
  }
  const json = await readJson(geo, io);
  if (!json) return undefined;
  const read = readBoundaries(json.value);
  if (!read.ok) {
    report(io, geo, read.error);
    return undefined;
  }
  return { regions: read.boundaries, context: undefined };
}

export const renderCommand: Command = {
  name: 'render',
  summary: "draw a widget's picture as SVG or PNG, without a browser",
  help,
  async run(args, io) {
    const parsed = readArgs(renderCommand, args, options, { min: 1, max: 1 }, io);
    if (typeof parsed === 'number') return parsed;
    const values = parsed.values as Partial<Record<keyof typeof options, string>>;
    const widget = parsed.positionals[0] as WidgetName;
    if (!widgetNames.includes(widget))
      return misuse('render', `"${widget}" is not a widget: timeline, map or tracker`, io);
    if (!values.data) return misuse('render', '--data FILE is required', io);
    const width = Number(values.width ?? 800);
    if (!Number.isInteger(width) || width < 200 || width > 10_000)
      return misuse('render', '--width is a whole number of pixels, from 200 to 10000', io);
    const scale = Number(values.scale ?? 2);
    if (!(scale > 0 && scale <= 8)) return misuse('render', '--scale is a number from 0 to 8', io);
    const format =
      values.format ?? (extname(values.out ?? '').toLowerCase() === '.png' ? 'png' : 'svg');
    if (format !== 'svg' && format !== 'png')
      return misuse('render', `--format is svg or png, not "${format}"`, io);
    if (format === 'png' && !values.out)
      return misuse('render', 'a PNG is written to a file: give --out FILE', io);
    let filter = normalizeFilter({});
    if (values.filter !== undefined) {
      const json = parseJson(values.filter);
      if (!json.ok) return misuse('render', '--filter is not JSON', io);
      filter = normalizeFilter(json.value);
    }
    const json = await readJson(values.data, io);
    if (!json) return exitCode.invalidInput;
    const result = validateJsonValue(json.value as Parameters<typeof validateJsonValue>[0]);
    if (!result.ok) {
      report(io, values.data, result.error);
      return exitCode.invalidInput;
    }
    const { dataset } = result;
    const boundaries = widget === 'map' ? await boundariesFor(dataset, values.geo, io) : undefined;
    if (widget === 'map' && !boundaries) return exitCode.invalidInput;
    const lang = values.lang ?? 'en';
    if (!Intl.DateTimeFormat.supportedLocalesOf(lang).length && !/^en\b/.test(lang))
      return misuse('render', `--lang is a language tag such as en or ko, not "${lang}"`, io);
    const picture = renderSvg({ widget, dataset, boundaries, lang, width, filter });
    const content = format === 'png' ? rasterise(picture.svg, scale) : picture.svg;
    if (!values.out) {
      io.stdout(picture.svg);
      return exitCode.ok;
    }
    await writeFile(resolve(io.cwd, values.out), content);
    io.stderr(
      `Wrote ${values.out} (${format}, ${picture.width}×${picture.height}${format === 'png' ? ` at ×${scale}` : ''}).\n`,
    );
    return exitCode.ok;
  },
};
