/**
 * `civic-space-widgets import`: every malformed input the issue lists gets a message naming
 * file, row and column, and nothing is written; well-formed spreadsheets (a BOM, quoted line
 * breaks, Hangul, regions by name, id or without accents) become the dataset the widgets read.
 * Test spreadsheets are synthetic: their rows say so.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateDataset } from '../../src/data/validate-dataset.js';
import { cli, exists, fixture, problemLines, tempFolder, writeFiles } from './run-cli.js';

const armenia = fixture('am-provinces.topo.json');
const northKorea = join(fixture('..'), '..', 'data', 'boundaries', 'kp-provinces.topo.json');

const sources = 'id,publisher,url\nsyn,Synthetic publisher,https://example.org/\n';
const dataset = 'title,updated\nSynthetic test data,2025-01\n';
const header = 'date,title,category,region,source';

/** Imports a folder made of `files` (sources.csv and dataset.csv unless given) with Armenia's boundaries. */
async function importFiles(files: Record<string, string | Uint8Array>, ...flags: string[]) {
  const folder = await tempFolder();
  await writeFiles(folder, { 'sources.csv': sources, 'dataset.csv': dataset, ...files });
  const run = await cli(folder, 'import', '.', '--boundaries', armenia, ...flags);
  const written = await exists(join(folder, 'dataset.json'));
  const json = written
    ? JSON.parse(await readFile(join(folder, 'dataset.json'), 'utf8'))
    : undefined;
  return { ...run, written, json, folder };
}

/** Asserts the import failed with exactly this problem line among its problems, and wrote nothing. */
async function assertProblem(files: Record<string, string | Uint8Array>, expected: string) {
  const run = await importFiles(files);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(run.written, false, 'nothing is written');
  assert.ok(
    problemLines(run).includes(expected),
    `expected\n  ${expected}\namong\n  ${problemLines(run).join('\n  ')}`,
  );
  assert.match(run.stderr, /nothing was written/);
}

describe('import: malformed input is reported at file, row and column, and nothing is written', () => {
  it('a month 13', () =>
    assertProblem(
      {
        'incidents.csv': `${header}\n2024-09,Synthetic A,arrest,,syn\n2024-13,Synthetic B,arrest,,syn\n`,
      },
      'incidents.csv row 3, column date: "2024-13" is not a date; write 2024, 2024-09 or 2024-09-14',
    ));

  it('a day the calendar does not have', () =>
    assertProblem(
      { 'incidents.csv': `${header}\n2023-02-29,Synthetic A,arrest,,syn\n` },
      'incidents.csv row 2, column date: "2023-02-29" is not a real calendar date: February 2023 has 28 days',
    ));

  it('a date written day first, or with one-digit months, or as a spreadsheet date number', async () => {
    const run = await importFiles({
      'incidents.csv': `${header}\n14/09/2024,Synthetic A,arrest,,syn\n2024-9,Synthetic B,arrest,,syn\n45549,Synthetic C,arrest,,syn\n`,
    });
    assert.deepEqual(problemLines(run), [
      'incidents.csv row 2, column date: "14/09/2024" is not a date; write 2024, 2024-09 or 2024-09-14',
      'incidents.csv row 3, column date: "2024-9" is not a date: months and days have two digits; write 2024-09',
      'incidents.csv row 4, column date: "45549" is a spreadsheet\'s date number, not a date: format the column as text and write 2024, 2024-09 or 2024-09-14',
    ]);
  });

  it('an unknown region, with the nearest names suggested', () =>
    assertProblem(
      { 'incidents.csv': `${header}\n2024,Synthetic A,arrest,Yerevan,syn\n` },
      'incidents.csv row 2, column region: "Yerevan" is not one of the regions; did you mean "Erevan"?',
    ));

  it('a region nothing is near lists the regions', () =>
    assertProblem(
      { 'incidents.csv': `${header}\n2024,Synthetic A,arrest,Pyongyang,syn\n` },
      'incidents.csv row 2, column region: "Pyongyang" is not one of the regions ("Aragatsotn", "Armavir", "Shirak", "Tavush", "Ararat", "Gegharkunik", "Kotayk", "Lori", "Erevan", "Syunik", "Vayots Dzor")',
    ));

  it('an unknown source, and a publisher two sources share', () =>
    assertProblem(
      {
        'sources.csv': 'id,publisher\nsyn-1,Synthetic publisher\nsyn-2,Synthetic publisher\n',
        'incidents.csv': `${header}\n2024,Synthetic A,arrest,,synthetic publisher; syn-3\n`,
      },
      'incidents.csv row 2, column source: "synthetic publisher" names 2 sources ("syn-1", "syn-2"): write the id of the one you mean',
    ));

  it('an unknown category when categories.csv lists them', () =>
    assertProblem(
      {
        'categories.csv': 'id,label\narrest,Arrests\n',
        'incidents.csv': `${header}\n2024,Synthetic A,arrests; arest; torture,,syn\n`,
      },
      'incidents.csv row 2, column category: "arest" is not one of the categories; did you mean "arrest"?',
    ));

  it('a required column missing from the header', () =>
    assertProblem(
      { 'incidents.csv': 'date,title,source\n2024,Synthetic A,syn\n' },
      'incidents.csv: has no column "category": the first row must name it (it names date, title, source)',
    ));

  it('a required cell left empty', () =>
    assertProblem(
      { 'incidents.csv': `${header}\n2024,,arrest,,syn\n` },
      'incidents.csv row 2, column title: is empty: every incident needs a title',
    ));

  it('an id used twice', () =>
    assertProblem(
      {
        'incidents.csv': `id,${header}\nsame,2024,Synthetic A,arrest,,syn\nsame,2024,Synthetic B,arrest,,syn\n`,
      },
      'incidents.csv row 3, column id: "same" is already the id of row 2',
    ));

  it('two rows whose ids would be made alike (same date and title)', () =>
    assertProblem(
      {
        'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n2024,Synthetic A,arrest,,syn\n`,
      },
      'incidents.csv row 3: has the same date and title as row 2, so both would get the id "2024-synthetic-a": if they are two records, write an id for one in the id column; if not, delete this row',
    ));

  it('a number with separators, and one below zero', async () => {
    const run = await importFiles({
      'incidents.csv': `${header},people_affected\n2024,Synthetic A,arrest,,syn,"1,200"\n2024,Synthetic B,arrest,,syn,-3\n`,
    });
    assert.deepEqual(problemLines(run), [
      'incidents.csv row 2, column people_affected: "1,200" has separators: write the whole number without them, as 1200',
      'incidents.csv row 3, column people_affected: "-3" is below zero: write a whole number of 0 or more',
    ]);
  });

  it("a period that ends before it starts (the widgets' own rule, traced to its cell)", () =>
    assertProblem(
      {
        'incidents.csv': `date,end_date,title,category,source\n2024-09,2024-08,Synthetic A,arrest,syn\n`,
      },
      'incidents.csv row 2, column end_date: ends (2024-08) before it starts (2024-09)',
    ));

  it('a link that is not a web address, a colour that is not #rrggbb, a title too long', async () => {
    const run = await importFiles({
      'sources.csv': 'id,publisher,url\nsyn,Synthetic publisher,javascript:alert(1)\n',
      'categories.csv': 'id,label,color\narrest,Arrests,orange\n',
      'incidents.csv': `${header}\n2024,${'Synthetic '.repeat(60)},arrest,,syn\n`,
    });
    assert.equal(run.written, false);
    assert.deepEqual(problemLines(run), [
      'sources.csv row 2, column url: "javascript:alert(1)" is not allowed: links must be complete http:// or https:// addresses, without a user name or password',
      'categories.csv row 2, column color: "orange" is not a colour: write it as #rrggbb',
      'incidents.csv row 2, column title: is too long (599 characters; at most 500)',
    ]);
  });

  it('a localized cell too long is traced to its language column', () =>
    assertProblem(
      {
        'incidents.csv': `date,title,title_ko,category,source\n2024,Synthetic A,${'합성'.repeat(300)},arrest,syn\n`,
      },
      'incidents.csv row 2, column title_ko: is too long (600 characters; at most 500)',
    ));

  it('a file saved in an older encoding than UTF-8', () =>
    assertProblem(
      { 'incidents.csv': Buffer.from(`${header}\n2024,Synthetic caf\xe9,arrest,,syn\n`, 'latin1') },
      'incidents.csv: line 2 is not UTF-8 text (the file was probably saved in an older encoding such as Windows-1252): save it again as "CSV UTF-8"',
    ));

  it('a file saved as UTF-16', () =>
    assertProblem(
      {
        'incidents.csv': Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(`${header}\n`, 'utf16le'),
        ]),
      },
      'incidents.csv: is saved as UTF-16 ("Unicode text"), not as CSV: save it again as "CSV UTF-8"',
    ));

  it('a quotation mark that never closes', () =>
    assertProblem(
      {
        'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n2024,"Synthetic B,arrest,,syn\n`,
      },
      'incidents.csv row 3: a cell starts with a quotation mark (") that is never closed: close it, or remove it',
    ));

  it('a row with more cells than the header (an unquoted comma)', () =>
    assertProblem(
      { 'incidents.csv': `${header}\n2024,Synthetic A, with a comma,arrest,,syn\n` },
      'incidents.csv row 2: has 6 cells but the header names 5 columns: a cell with a comma in it must be quoted, or a column has no name in row 1',
    ));

  it('incidents.csv or sources.csv missing', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, { 'dataset.csv': dataset });
    const run = await cli(folder, 'import', '.', '--boundaries', armenia);
    assert.equal(run.code, 1);
    assert.deepEqual(problemLines(run), [
      'sources.csv: is missing: the folder needs sources.csv (see the template from `civic-space-widgets init`)',
      'incidents.csv: is missing: the folder needs incidents.csv (see the template from `civic-space-widgets init`)',
    ]);
    assert.equal(await exists(join(folder, 'dataset.json')), false);
  });

  it('a boundaries file that is not TopoJSON', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      'sources.csv': sources,
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
      'boundaries.topo.json': '{"type": "FeatureCollection"}',
    });
    const run = await cli(folder, 'import', '.');
    assert.equal(run.code, 1);
    assert.deepEqual(problemLines(run), [
      'boundaries.topo.json at type: ""FeatureCollection"" is not one of: "Topology" (TopoJSON)',
    ]);
  });

  it('regions named with no boundaries given', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      'sources.csv': sources,
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,Lori,syn\n2024,Synthetic B,arrest,Lori,syn\n`,
    });
    const run = await cli(folder, 'import', '.', '--country', 'AM');
    assert.equal(run.code, 1);
    assert.match(
      problemLines(run)[0]!,
      /^incidents\.csv column region: 2 rows name a region \(the first is row 2\), but there are no boundaries/,
    );
  });

  it('a place with half its coordinates, a recommendation with a response not allowed', async () => {
    const run = await importFiles({
      'places.csv': 'id,name,region,latitude,longitude\nsyn-place,Synthetic place,Lori,40.8,\n',
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
      'reviews.csv': 'id,mechanism,body,date\nsyn-review,Synthetic review,Synthetic body,2024-11\n',
      'recommendations.csv': 'review,text,response\nsyn-review,Synthetic recommendation,accepted\n',
    });
    assert.deepEqual(problemLines(run), [
      'places.csv row 2, column longitude: is empty: give both latitude and longitude, or neither',
      'recommendations.csv row 2, column response: "accepted" is not one of: supported, noted, pending, unknown',
    ]);
  });

  it('dataset.csv with two rows, and a country the boundaries are not of', async () => {
    const run = await importFiles({
      'dataset.csv': 'title,country,updated\nSynthetic,GE,2025-01\nSynthetic again,,\n',
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
    });
    assert.deepEqual(problemLines(run), [
      'dataset.csv row 2, column country: says GE, but the boundaries are of AM: use the boundaries of GE, or correct the country',
      'dataset.csv row 3: dataset.csv describes the whole dataset in one row under its header; it has 2',
    ]);
  });

  it('every problem at once, across files, in the order of the files and rows', async () => {
    const run = await importFiles({
      'sources.csv': 'id,publisher,published\nsyn,,2024-00\n',
      'incidents.csv': `${header}\n2024-13,Synthetic A,arrest,Yerevan,nobody\n2024,,,,syn\n`,
    });
    assert.deepEqual(problemLines(run), [
      'sources.csv row 2, column publisher: is empty: who published this source?',
      'sources.csv row 2, column published: "2024-00" is not a date; write 2024, 2024-09 or 2024-09-14',
      'incidents.csv row 2, column date: "2024-13" is not a date; write 2024, 2024-09 or 2024-09-14',
      'incidents.csv row 2, column region: "Yerevan" is not one of the regions; did you mean "Erevan"?',
      'incidents.csv row 2, column source: "nobody" is not one of the sources ("syn")',
      'incidents.csv row 3, column title: is empty: every incident needs a title',
      'incidents.csv row 3, column category: is empty: every incident needs at least one category',
    ]);
    assert.match(run.stderr, /7 problems; nothing was written\./);
  });
});

describe('import: what spreadsheets export is read as written', () => {
  it('a byte order mark before the header, CRLF line ends, and a semicolon-separated file', async () => {
    const bom = await importFiles({
      'incidents.csv': `\uFEFF${header}\r\n2024,Synthetic A,arrest,,syn\r\n`,
    });
    assert.equal(bom.code, 0, bom.stderr);
    assert.equal(bom.json.incidents[0].date, '2024');
    const semicolons = await importFiles({
      'incidents.csv': 'date;title;category;source\n2024;Synthetic, with a comma;arrest;syn\n',
    });
    assert.equal(semicolons.code, 0, semicolons.stderr);
    assert.equal(semicolons.json.incidents[0].title, 'Synthetic, with a comma');
  });

  it('quoted cells with commas, quotes and line breaks, and rows numbered as the spreadsheet shows them', async () => {
    const run = await importFiles({
      'incidents.csv': `${header},summary\n2024,"Synthetic, ""quoted""",arrest,,syn,"line one\nline two"\n,,,,,\n2024-13,Synthetic B,arrest,,syn,\n`,
    });
    // The multi-line cell is row 2, the empty row 3: the bad date is on row 4.
    assert.deepEqual(problemLines(run), [
      'incidents.csv row 4, column date: "2024-13" is not a date; write 2024, 2024-09 or 2024-09-14',
    ]);
    const fixed = await importFiles({
      'incidents.csv': `${header},summary\n2024,"Synthetic, ""quoted""",arrest,,syn,"line one\nline two"\n`,
    });
    assert.equal(fixed.json.incidents[0].title, 'Synthetic, "quoted"');
    assert.equal(fixed.json.incidents[0].summary, 'line one\nline two');
  });

  it('Hangul text beside English, and regions named in Korean', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      'sources.csv': sources,
      'dataset.csv': 'title,title_ko,updated\nSynthetic test data,합성 시험 데이터,2025-01\n',
      'incidents.csv':
        'date,title,title_ko,category,region,source\n2024-09,Synthetic A,합성 사건,체포,함경북도,syn\n2024,,합성 사건 둘,체포,KP-01,syn\n',
    });
    const run = await cli(folder, 'import', '.', '--boundaries', northKorea);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(await readFile(join(folder, 'dataset.json'), 'utf8'));
    assert.deepEqual(json.title, { en: 'Synthetic test data', ko: '합성 시험 데이터' });
    assert.deepEqual(json.country, { code: 'KP', name: { en: 'North Korea', ko: '북한' } });
    assert.deepEqual(json.incidents[0].title, { en: 'Synthetic A', ko: '합성 사건' });
    assert.equal(json.incidents[0].regionId, 'KP-09');
    assert.deepEqual(json.categories, [{ id: '체포', label: '체포' }]);
    // A title only in Korean: the id is made from it, Hangul kept.
    assert.equal(json.incidents[1].id, '2024-합성-사건-둘');
    assert.deepEqual(json.incidents[1].title, { ko: '합성 사건 둘' });
  });

  it('regions by name, by id, in any case, with or without accents and hyphens', async () => {
    const run = await importFiles({
      'incidents.csv': `${header}\n2024,Synthetic 1,arrest,Erevan,syn\n2024,Synthetic 2,arrest,AM-ER,syn\n2024,Synthetic 3,arrest,EREVAN,syn\n2024,Synthetic 4,arrest,Érevan,syn\n2024,Synthetic 5,arrest,vayots-dzor,syn\n2024,Synthetic 6,arrest,,syn\n`,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.json.incidents.map((incident: { regionId?: string }) => incident.regionId),
      ['AM-ER', 'AM-ER', 'AM-ER', 'AM-ER', 'AM-VD', undefined],
    );
    // Every region of the boundaries is in the dataset, so the map draws them all.
    assert.equal(run.json.regions.length, 11);
  });

  it('dates keep the precision written; periods keep their end', async () => {
    const run = await importFiles({
      'incidents.csv': `date,end_date,title,category,source\n2024,,Synthetic 1,arrest,syn\n2024-09,,Synthetic 2,arrest,syn\n2024-09-14,2024-10,Synthetic 3,arrest,syn\n`,
    });
    assert.deepEqual(
      run.json.incidents.map((i: { date: string; endDate?: string }) => [i.date, i.endDate]),
      [
        ['2024', undefined],
        ['2024-09', undefined],
        ['2024-09-14', '2024-10'],
      ],
    );
  });

  it('ids: written ones kept, empty ones made from date and title, the same on every run', async () => {
    const files = {
      'incidents.csv': `id,${header}\n,2024-09-14,Synthetic: Arrest of 12 in Érevan!,arrest,,syn\nmy-id,2024,Synthetic B,arrest,,syn\n`,
    };
    const first = await importFiles(files);
    const second = await importFiles(files);
    assert.deepEqual(
      first.json.incidents.map((i: { id: string }) => i.id),
      ['2024-09-14-synthetic-arrest-of-12-in-erevan', 'my-id'],
    );
    // The same rows give the same dataset (the folders differ only in name, which is the id's).
    assert.deepEqual(first.json.incidents, second.json.incidents);
    assert.deepEqual({ ...first.json, id: '' }, { ...second.json, id: '' });
  });

  it('categories made from the category column when categories.csv is missing, with a warning', async () => {
    const run = await importFiles({
      'incidents.csv': `${header}\n2024,Synthetic A,Arrest; Détention,,syn\n2024,Synthetic B,arrest,,Synthetic publisher\n`,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.json.categories, [
      { id: 'arrest', label: 'Arrest' },
      { id: 'detention', label: 'Détention' },
    ]);
    assert.deepEqual(run.json.incidents[1].categoryIds, ['arrest']);
    assert.deepEqual(run.json.incidents[1].sourceIds, ['syn']);
    assert.match(
      run.stderr,
      /warning: categories\.csv: is missing, so the 2 categories were made from the category column of incidents\.csv \("Arrest", "Détention"\)/,
    );
  });

  it('without dataset.csv: the country from the boundaries, updated today, each said in a warning', async () => {
    const folder = await tempFolder();
    await writeFiles(folder, {
      'sources.csv': sources,
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
    });
    const run = await cli(folder, 'import', '.', '--boundaries', armenia);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(await readFile(join(folder, 'dataset.json'), 'utf8'));
    const today = new Date().toISOString().slice(0, 10);
    assert.deepEqual(json.country, { code: 'AM', name: 'Armenia' });
    assert.equal(json.updated, today);
    assert.equal(json.title, 'Incidents in Armenia');
    assert.match(
      run.stderr,
      new RegExp(
        `warning: dataset\\.csv: is missing, so the country is AM.*the title is "Incidents in Armenia".*is today, ${today}`,
      ),
    );
  });

  it("flags set the dataset's own fields; --out - prints the dataset", async () => {
    const run = await importFiles(
      { 'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n` },
      '--title',
      'Synthetic by flag',
      '--updated',
      '2025-02',
      '--out',
      '-',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.written, false, 'standard output, not a file');
    const json = JSON.parse(run.stdout);
    assert.equal(json.title, 'Synthetic by flag');
    assert.equal(json.updated, '2025-02');
  });

  it("places, reviews and recommendations become the tracker's and the map's records", async () => {
    const run = await importFiles({
      'places.csv':
        'id,name,region,latitude,longitude\nsyn-place,Synthetic place,Lori,40.8,44.49\n',
      'incidents.csv': `${header},place\n2024,Synthetic A,arrest,,syn,synthetic place\n`,
      'reviews.csv':
        'id,mechanism,body,date,cycle,recommendation_count,source\nsyn-review,Synthetic review,Synthetic body,2024-11,4,2,syn\n',
      'recommendations.csv':
        'text,theme,recommending_states,response,implementation,source\nSynthetic recommendation,Synthetic theme,State A; State B,Supported,Not started,syn\nSynthetic second,,,,,\n',
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.json.places, [
      { id: 'syn-place', name: 'Synthetic place', regionId: 'AM-LO', coordinates: [44.49, 40.8] },
    ]);
    // A place's region stands for the incident's when the region cell is empty.
    assert.equal(run.json.incidents[0].regionId, 'AM-LO');
    assert.equal(run.json.incidents[0].placeId, 'syn-place');
    assert.deepEqual(run.json.themes, [{ id: 'synthetic-theme', label: 'Synthetic theme' }]);
    assert.deepEqual(run.json.reviews[0].recommendations, [
      {
        id: 'synthetic-recommendation',
        text: 'Synthetic recommendation',
        themeIds: ['synthetic-theme'],
        recommendingStates: ['State A', 'State B'],
        response: 'supported',
        implementation: 'not-started',
        sourceIds: ['syn'],
      },
      {
        id: 'synthetic-second',
        text: 'Synthetic second',
        themeIds: [],
        response: 'unknown',
        sourceIds: [],
      },
    ]);
    assert.equal(validateDataset(run.json).ok, true);
  });

  it('an unknown column is ignored with a warning that suggests the known one', async () => {
    const run = await importFiles({
      'incidents.csv': `${header},peopel_affected\n2024,Synthetic A,arrest,,syn,3\n`,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stderr,
      /warning: incidents\.csv column peopel_affected: is not a column this tool reads, so it is ignored; did you mean "people_affected"\?/,
    );
  });
});

describe('import: what a source gives only loosely (dataset.md, "Uncertain records")', () => {
  const columns = 'date,date_qualifier,end_date,title,category,people_affected,verification,source';
  /** incidents.csv with these columns, one row per `[date, qualifier, end, people, verification]`. */
  const incidents = (rows: string[][]) =>
    `${columns}\n${rows
      .map(([date, qualifier, end, people, verification], i) =>
        [date, qualifier, end, `Synthetic ${i + 1}`, 'arrest', people, verification, 'syn']
          .map((cell = '') => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
          .join(','),
      )
      .join('\n')}\n`;

  type Read = { id: string; date?: string; dateQualifier?: string; endDate?: string };

  it('`not stated`, in any case, or 미상 / 날짜 미상, makes an incident without a date', async () => {
    const run = await importFiles({
      'incidents.csv': incidents([
        ['not stated'],
        ['NOT STATED'],
        ['미상'],
        ['날짜 미상'],
        ['2024'],
      ]),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.json.incidents.map(({ id, date }: Read) => [id, date]),
      [
        ['undated-synthetic-1', undefined],
        ['undated-synthetic-2', undefined],
        ['undated-synthetic-3', undefined],
        ['undated-synthetic-4', undefined],
        ['2024-synthetic-5', '2024'],
      ],
    );
    assert.ok(run.json.incidents.slice(0, 4).every((i: object) => !Object.hasOwn(i, 'date')));
    assert.equal(validateDataset(run.json).ok, true);
  });

  it('date_qualifier: after, before, about in any case, and the Korean 이후, 이전, 경, 무렵', async () => {
    const words = ['after', 'Before', 'ABOUT', '이후', '이전', '경', '무렵', ''];
    const run = await importFiles({
      'incidents.csv': incidents(words.map((word) => ['2024-10', word])),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.json.incidents.map((i: Read) => i.dateQualifier),
      ['after', 'before', 'about', 'after', 'before', 'about', 'about', undefined],
    );
    assert.equal(run.json.incidents[0].date, '2024-10');
  });

  it('people_affected: a whole number, at least a number, or a range, as people write them', async () => {
    const cells = ['12', '30+', '30 +', 'at least 30', 'At least 30', '12-20', '12–20', '12 to 20'];
    const more = ['12 - 20', '12~20', '20-20', '0', ''];
    const run = await importFiles({
      'incidents.csv': incidents([...cells, ...more].map((people) => ['2024', '', '', people])),
    });
    assert.equal(run.code, 0, run.stderr);
    const range = { min: 12, max: 20 };
    const atLeast = { min: 30 };
    const expected: unknown[] = [12, atLeast, atLeast, atLeast, atLeast, range, range, range];
    assert.deepEqual(
      run.json.incidents.map((i: { peopleAffected?: unknown }) => i.peopleAffected),
      [...expected, range, range, 20, 0, undefined],
    );
    assert.equal(validateDataset(run.json).ok, true);
  });

  it('verification: verified, reported, alleged in any case; empty when not assessed', async () => {
    const run = await importFiles({
      'incidents.csv': incidents(
        ['verified', 'Reported', 'ALLEGED', ''].map((word) => ['2024', '', '', '', word]),
      ),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.json.incidents.map((i: { verification?: string }) => i.verification),
      ['verified', 'reported', 'alleged', undefined],
    );
  });

  it("places.csv: note and note_<lang> become the place's note", async () => {
    const run = await importFiles({
      'places.csv':
        'id,name,region,note,note_ko\nsyn-1,Synthetic 1,Lori,"Synthetic note, moved",합성 메모\nsyn-2,Synthetic 2,Lori,,\n',
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.json.places, [
      {
        id: 'syn-1',
        name: 'Synthetic 1',
        regionId: 'AM-LO',
        note: { en: 'Synthetic note, moved', ko: '합성 메모' },
      },
      { id: 'syn-2', name: 'Synthetic 2', regionId: 'AM-LO' },
    ]);
    const one = await importFiles({
      'places.csv': 'id,name,region,note\nsyn-1,Synthetic 1,Lori,Synthetic note\n',
      'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
    });
    assert.equal(one.json.places[0].note, 'Synthetic note');
  });

  const bad: [string, string[][], string][] = [
    [
      'an empty date',
      [['']],
      'incidents.csv row 2, column date: is empty: write a date (2024, 2024-09 or 2024-09-14), or `not stated` when the source gives none',
    ],
    [
      'a word for a date that is not `not stated`',
      [['unknown']],
      'incidents.csv row 2, column date: "unknown" is not a date; write 2024, 2024-09 or 2024-09-14, or `not stated` when the source gives none',
    ],
    [
      'a qualifier written into the date',
      [['2024', ''], ['after 2024-10']],
      'incidents.csv row 3, column date: "after 2024-10" has its qualifier in the date: write 2024-10 here, and "after" in the date_qualifier column',
    ],
    [
      'a Korean qualifier written into the date',
      [['2024-10 이후']],
      'incidents.csv row 2, column date: "2024-10 이후" has its qualifier in the date: write 2024-10 here, and "이후" in the date_qualifier column',
    ],
    [
      'an unknown qualifier',
      [['2024-10', 'later']],
      'incidents.csv row 2, column date_qualifier: "later" is not one of: after, before, about (or 이후, 이전, 경, 무렵)',
    ],
    [
      'a qualifier with an end date',
      [['2024-10', 'after', '2024-12']],
      'incidents.csv row 2, column date_qualifier: "after" qualifies a single date, not a period: leave end_date empty, or this cell',
    ],
    [
      'a qualifier on a row whose date is not stated',
      [['not stated', 'about']],
      'incidents.csv row 2, column date_qualifier: "about" needs a date to go with it, but date says "not stated": write the date it bounds in the date column, or leave this cell empty',
    ],
    [
      'an end date on a row whose date is not stated',
      [['미상', '', '2024-12']],
      'incidents.csv row 2, column end_date: needs a date to go with it, but date says "미상": write when the period started in the date column, or leave end_date empty',
    ],
    [
      '`not stated` as an end date',
      [['2024', '', 'not stated']],
      'incidents.csv row 2, column end_date: "not stated" belongs in the date column: leave end_date empty when the source gives no end',
    ],
    [
      'a range without its end',
      [['2024', '', '', '12-']],
      'incidents.csv row 2, column people_affected: "12-" is a range without its end: write both ends, such as 12-22, or 12+ for at least 12',
    ],
    [
      'a range from more to fewer',
      [['2024', '', '', '20-12']],
      'incidents.csv row 2, column people_affected: "20-12" runs from more to fewer: write the smaller number first, as 12-20',
    ],
    [
      'a number in words',
      [['2024', '', '', 'about thirty']],
      'incidents.csv row 2, column people_affected: "about thirty" is not a number of people: write a whole number (12), at least a number (30+ or at least 30) or a range (12-20 or 12 to 20); leave it empty when the source gives no number',
    ],
    [
      'a bound with separators',
      [['2024', '', '', '1,200+']],
      'incidents.csv row 2, column people_affected: "1,200+" has separators: write the numbers without them, as 1200+',
    ],
    [
      'a range a spreadsheet turned into a date',
      [['2024', '', '', '20-Dec']],
      'incidents.csv row 2, column people_affected: "20-Dec" is a date: the spreadsheet turned a range into one. Write the range as 12 to 20 (which spreadsheets leave alone), or format the column as text',
    ],
    [
      'an unknown verification',
      [['2024', '', '', '', 'confirmed']],
      'incidents.csv row 2, column verification: "confirmed" is not one of: verified, reported, alleged; leave it empty when the dataset does not assess its sources',
    ],
  ];
  for (const [what, rows, expected] of bad)
    it(`${what} is reported at its cell, and nothing is written`, () =>
      assertProblem({ 'incidents.csv': incidents(rows) }, expected));

  it("a place's note too long is traced to its language column", () =>
    assertProblem(
      {
        'places.csv': `id,name,region,note,note_ko\nsyn-1,Synthetic 1,Lori,Synthetic note,${'합성'.repeat(2501)}\n`,
        'incidents.csv': `${header}\n2024,Synthetic A,arrest,,syn\n`,
      },
      'places.csv row 2, column note_ko: is too long (5002 characters; at most 5000)',
    ));

  it('every problem of a row at once, each at its own column', async () => {
    const run = await importFiles({
      'incidents.csv': incidents([['not stated', 'after', '2024-12', '12-', 'sure']]),
    });
    assert.equal(run.written, false);
    assert.deepEqual(
      problemLines(run).map((line) => line.split(':')[0]),
      [
        'incidents.csv row 2, column date_qualifier',
        'incidents.csv row 2, column end_date',
        'incidents.csv row 2, column people_affected',
        'incidents.csv row 2, column verification',
      ],
    );
  });
});
