/**
 * `civic-space-widgets render`: each widget's picture of the bundled dataset, in English and
 * Korean, as SVG and PNG: the marks the widget's own model draws (each with its `data-id`), the
 * footer, a PNG of the picture's size times the scale that is not blank, Hangul drawn with the
 * bundled font; another country with `--geo`; and misuse told apart from bad input.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { rasterise } from '../../src/cli/render/rasterise.js';
import { emptyFilter, normalizeFilter } from '../../src/filter/filter.js';
import { builtInBoundaries } from '../../src/map/built-in-boundaries.js';
import { deriveMap } from '../../src/map/map-model.js';
import { validateDataset } from '../../src/data/validate-dataset.js';
import { deriveTimeline } from '../../src/timeline/timeline-model.js';
import { deriveTracker } from '../../src/tracker/tracker-model.js';
import { cli, fixture, repoRoot, tempFolder } from './run-cli.js';

const bundledPath = join(repoRoot, 'data', 'north-korea.json');
const bundled = async () => {
  const result = validateDataset(JSON.parse(await readFile(bundledPath, 'utf8')));
  assert.ok(result.ok);
  return result.dataset;
};

/** The `data-id`s of the elements of `part` in the markup, in order. */
const markIds = (svg: string, part: string) =>
  [...svg.matchAll(new RegExp(`part="${part}"[^>]*?data-id="([^"]*)"`, 'g'))].map((m) => m[1]);

/** Width, height and RGBA pixels of a PNG as resvg writes it (8-bit RGBA, not interlaced). */
function decodePng(png: Uint8Array) {
  const bytes = Buffer.from(png);
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  assert.equal(bytes[24], 8, '8 bits per channel');
  assert.equal(bytes[25], 6, 'RGBA');
  const chunks: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y ? pixels[(y - 1) * stride + x]! : 0;
      const corner = x >= 4 && y ? pixels[(y - 1) * stride + x - 4]! : 0;
      const paeth = () => {
        const p = left + up - corner;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        return a <= b && a <= c ? left : b <= c ? up : corner;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter]!;
      pixels[y * stride + x] = (value + predictor) & 255;
    }
  }
  return { width, height, pixels };
}

/** How many pixels are dark (text, marks) in the decoded image. */
const darkPixels = ({ pixels }: { pixels: Uint8Array }) => {
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if (pixels[i + 3]! > 0 && pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 300) dark += 1;
  return dark;
};

describe('civic-space-widgets render', () => {
  for (const lang of ['en', 'ko']) {
    it(`timeline, ${lang}: the marks the model draws, each with its data-id, and the footer`, async () => {
      const folder = await tempFolder();
      const run = await cli(
        folder,
        'render',
        'timeline',
        '--data',
        bundledPath,
        '--lang',
        lang,
        '--out',
        'timeline.svg',
      );
      assert.equal(run.code, 0, run.stderr);
      const svg = await readFile(join(folder, 'timeline.svg'), 'utf8');
      const dataset = await bundled();
      const model = deriveTimeline({
        dataset,
        filter: emptyFilter,
        lang,
        width: 800 - 32,
        groupBy: 'category',
      });
      assert.equal(model.chart?.layout.mode, 'marks');
      const drawn = model.chart!.layout.lanes.flatMap((lane) => lane.marks.map((m) => m.item.id));
      assert.deepEqual(markIds(svg, 'incident'), drawn);
      assert.match(
        svg,
        lang === 'ko'
          ? /북한의 시민 공간[^]*출처: [^]*갱신/
          : /Civic space in North Korea[^]*Sources: [^]*Updated /,
      );
      assert.doesNotMatch(svg, /var\(--|<style|href=/);
      assert.match(
        svg,
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="800"/,
      );
    });

    it(`map, ${lang}: every region and place of the model, and a PNG twice the picture's size`, async () => {
      const folder = await tempFolder();
      const svgRun = await cli(
        folder,
        'render',
        'map',
        '--data',
        bundledPath,
        '--lang',
        lang,
        '--out',
        'map.svg',
      );
      assert.equal(svgRun.code, 0, svgRun.stderr);
      const svg = await readFile(join(folder, 'map.svg'), 'utf8');
      const dataset = await bundled();
      const { provinces, context } = builtInBoundaries();
      const model = deriveMap({
        dataset,
        boundaries: provinces,
        context,
        contextFailed: false,
        filter: emptyFilter,
        measure: 'incidents',
        lang,
        width: 800 - 32,
        height: undefined,
      });
      assert.deepEqual(markIds(svg, 'region'), model.drawn);
      assert.deepEqual(
        markIds(svg, 'place'),
        model.drawing!.places.map((p) => p.id),
      );
      const pngRun = await cli(
        folder,
        'render',
        'map',
        '--data',
        bundledPath,
        '--lang',
        lang,
        '--out',
        'map.png',
      );
      assert.equal(pngRun.code, 0, pngRun.stderr);
      const image = decodePng(await readFile(join(folder, 'map.png')));
      const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      assert.equal(image.width, Number(width) * 2);
      assert.equal(image.height, Number(height) * 2);
      assert.ok(darkPixels(image) > 1000, 'the PNG is not blank');
    });

    it(`tracker, ${lang}: the recommendations the model lists, as SVG and PNG`, async () => {
      const folder = await tempFolder();
      const run = await cli(
        folder,
        'render',
        'tracker',
        '--data',
        bundledPath,
        '--lang',
        lang,
        '--format',
        'png',
        '--scale',
        '1',
        '--out',
        'tracker.png',
      );
      assert.equal(run.code, 0, run.stderr);
      const image = decodePng(await readFile(join(folder, 'tracker.png')));
      assert.equal(image.width, 800);
      assert.ok(darkPixels(image) > 1000, 'the PNG is not blank');
      const svgRun = await cli(folder, 'render', 'tracker', '--data', bundledPath, '--lang', lang);
      assert.equal(svgRun.code, 0, svgRun.stderr);
      const dataset = await bundled();
      const model = deriveTracker({
        dataset,
        filter: emptyFilter,
        lang,
        linked: false,
        reviewId: undefined,
        trackerFilter: {},
      });
      assert.deepEqual(
        markIds(svgRun.stdout, 'recommendation'),
        model.current!.ordered.map((e) => e.recommendation.id),
      );
      // The proportion bars above the rows, one segment per non-empty share, in the model's order.
      const chart = /<g part="summary-chart">(.*?)<g part="theme"/s.exec(svgRun.stdout)?.[1] ?? '';
      for (const kind of ['response', 'implementation'] as const) {
        const bar = new RegExp(`data-kind="${kind}">(.*?)(<g class="bar"|$)`, 's').exec(chart)?.[1];
        const keys = [...(bar ?? '').matchAll(/class="seg" data-key="([^"]*)"/g)].map((m) => m[1]);
        const proportions = kind === 'response' ? 'byResponse' : 'byImplementation';
        assert.deepEqual(
          keys,
          model.current![proportions].segments.map((s) => s.key),
        );
      }
    });
  }

  it('draws Hangul with the bundled font, whatever the machine has', () => {
    const text = (words: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="24" font-family="sans-serif">${words}</text></svg>`;
    const hangul = darkPixels(decodePng(rasterise(text('평양'), 1)));
    assert.ok(hangul > 40, `Hangul drawn (${hangul} dark pixels)`);
  });

  it('draws what the filter keeps, and says so in the footer', async () => {
    const folder = await tempFolder();
    const filter = '{"regionIds":["KP-06"],"from":"2024-10","to":"2024-10"}';
    const run = await cli(folder, 'render', 'timeline', '--data', bundledPath, '--filter', filter);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Filtered: North Hwanghae; October 2024 – October 2024/);
    const dataset = await bundled();
    const model = deriveTimeline({
      dataset,
      filter: normalizeFilter(JSON.parse(filter)),
      lang: 'en',
      width: 768,
      groupBy: 'category',
    });
    assert.deepEqual(
      markIds(run.stdout, 'incident'),
      model.chart!.layout.visible.map((i) => i.id),
    );
  });

  it("another country's map, from its boundaries file", async () => {
    const folder = await tempFolder();
    const data = fixture('am-spreadsheet/dataset.json');
    const without = await cli(folder, 'render', 'map', '--data', data);
    assert.equal(without.code, 1);
    assert.match(
      without.stderr,
      /no built-in boundaries for AM; give the map's regions with --geo/,
    );
    const run = await cli(
      folder,
      'render',
      'map',
      '--data',
      data,
      '--geo',
      fixture('am-provinces.topo.json'),
    );
    assert.equal(run.code, 0, run.stderr);
    assert.ok(markIds(run.stdout, 'region').length >= 11);
  });

  it('tells misuse (exit 2) from invalid input (exit 1)', async () => {
    const folder = await tempFolder();
    const misuse = [
      ['render', 'chart', '--data', bundledPath],
      ['render', 'map'],
      ['render', 'map', '--data', bundledPath, '--format', 'png'],
      ['render', 'map', '--data', bundledPath, '--width', 'wide'],
      ['render', 'map', '--data', bundledPath, '--filter', '{regions'],
      ['render', 'map', '--data', bundledPath, '--colour', 'red'],
    ];
    for (const args of misuse) assert.equal((await cli(folder, ...args)).code, 2, args.join(' '));
    const missing = await cli(folder, 'render', 'map', '--data', 'nowhere.json');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read nowhere.json: there is no such file/);
    const invalid = await cli(
      folder,
      'render',
      'timeline',
      '--data',
      fixture('example-dataset.json').replace('example-dataset', 'am-provinces.topo'),
    );
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /am-provinces.topo.json/);
    const help = await cli(folder, 'render', '--help');
    assert.equal(help.code, 0);
    assert.match(
      help.stdout,
      /^Usage: civic-space-widgets render <timeline\|map\|tracker> --data FILE/,
    );
  });
});
