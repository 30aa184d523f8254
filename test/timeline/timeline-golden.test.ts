/**
 * Golden pictures of the timeline: the model `deriveTimeline()` gives for fixed datasets, in
 * words and rounded numbers, compared with the committed snapshots in __snapshots__. A change
 * to a drawn mark (a position, a row, a label, a count, a tick) fails here loudly; a wanted
 * change is one reviewed update: `npx web-test-runner test/timeline/timeline-golden.test.ts
 * --update-snapshots`, then read the diff.
 */
import { expect } from '@open-wc/testing';
import { emptyFilter } from '../../src/filter/filter.js';
import {
  deriveTimeline,
  timelineMemo,
  type TimelineInputs,
  type TimelineModel,
} from '../../src/timeline/timeline-model.js';
import { exampleDataset, koreanExampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { valid, expectPicture } from '../fixtures/golden.js';

const example = valid(exampleDataset());
const korean = valid(koreanExampleDataset());
/** Enough incidents to stack marks in rows, few enough to draw one by one. */
const stacked = valid(syntheticDataset({ incidents: 80, seed: 7, regions: 4 }));
/** Too many to draw one by one: counts per period. */
const dense = valid(syntheticDataset({ incidents: 3000, seed: 2 }));

const inputs = (changes: Partial<TimelineInputs> = {}): TimelineInputs => ({
  dataset: example,
  filter: emptyFilter,
  lang: 'en',
  width: 900,
  groupBy: 'category',
  ...changes,
});

// Numbers are written rounded, and instants as dates, so both browsers write the same picture.
const round = (n: number) => String(Math.round(n * 100) / 100);
const instant = (t: number) => new Date(Math.round(t)).toISOString().replace('.000Z', 'Z');
const period = (view: { start: number; end: number } | undefined) =>
  view ? `${instant(view.start)} – ${instant(view.end)}` : '-';
// The lanes of no region and of everything have keys no dataset id can take: written as such.
const laneKey = (key: string) => key.replace('\u0000', '#');

/** The model as lines of text: what is drawn, where, and what it says. */
function picture(model: TimelineModel): string {
  const { timeline, chart } = model;
  const lines = [
    `summary: ${model.summary}`,
    `view: ${period(model.view)}`,
    `show all: ${period(model.fullView)}`,
    `visible days: ${model.visibleDays?.join(' – ') ?? '-'}`,
    `narrow: ${model.narrow}`,
    ...model.categoryCss.split('\n').map((rule) => `colour: ${rule}`),
    `lanes: ${timeline.lanes.map((l) => `${laneKey(l.key)} "${l.label}"`).join(', ')}`,
    `items: ${timeline.items.length}`,
    ...(timeline.items.length <= 100
      ? timeline.items.map(
          (i) =>
            `  ${i.id} ${i.kind} lane=${laneKey(i.laneKey)} cat-${i.categoryIndex} ${period(i)}`,
        )
      : []),
    `keyboard order: ${model.markOrder.length > 100 ? model.markOrder.length : model.markOrder.join(' ') || '-'}`,
  ];
  if (!chart) return [...lines, 'chart: none'].join('\n');
  const { layout } = chart;
  lines.push(
    `chart: ${layout.mode}, ${chart.width} × ${round(chart.plotHeight)} (lanes ${round(layout.height)})`,
    `note: ${chart.aggregateNote ?? '-'}`,
    `filtered period: ${period(chart.period)}`,
    `ticks: ${chart.ticks.map((t) => `${round(t.x)} ${t.label}`).join(' | ')}`,
    `bin stops: ${chart.binStops.length}, per ${chart.binPrecision}; largest ${layout.maxBinTotal}`,
  );
  layout.lanes.forEach((lane, index) => {
    lines.push(
      `lane ${laneKey(lane.key)} "${lane.label}"${lane.labelLang ? ` (${lane.labelLang})` : ''} y=${round(lane.y)} h=${round(lane.height)} colour cat-${chart.laneCategories[index]}`,
    );
    for (const mark of lane.marks)
      lines.push(
        `  ${mark.item.id} x=${round(mark.x)} w=${round(mark.width)} row=${mark.row}: ${chart.markLabels.get(mark.item.id)}`,
      );
    for (const bin of lane.bins)
      lines.push(
        `  ${instant(bin.start).slice(0, 10)} x=${round(bin.x)} w=${round(bin.width)} ${bin.certain} certain, ${bin.uncertain} uncertain`,
      );
  });
  return lines.join('\n');
}

const expectModel = (name: string, model: TimelineModel) => expectPicture(name, picture(model));

describe('timeline golden pictures', () => {
  it('the example in English, by category', async () => {
    await expectModel('example, en, 900', deriveTimeline(inputs()));
  });

  it('the example in Korean', async () => {
    await expectModel('example, ko, 900', deriveTimeline(inputs({ dataset: korean, lang: 'ko' })));
  });

  it('the example filtered to a region and a period, by region', async () => {
    const filter = { ...emptyFilter, regionIds: ['XA-02'], from: '2024-07', to: '2024-12' };
    await expectModel(
      'example, en, filter XA-02 2024-07..2024-12, by region',
      deriveTimeline(inputs({ filter, groupBy: 'region' })),
    );
  });

  it('the example in a narrow container: a list, no chart', async () => {
    await expectModel('example, en, 360', deriveTimeline(inputs({ width: 360 })));
  });

  it('a window and a height asked for, in one lane', async () => {
    await expectModel(
      'example, en, from 2024-08 to 2024-10, height 300, no lanes',
      deriveTimeline(inputs({ from: '2024-08', to: '2024-10', height: 300, groupBy: 'none' })),
    );
  });

  it('80 synthetic incidents stacked in rows, by region, in Korean', async () => {
    await expectModel(
      'synthetic 80, ko, 700, by region',
      deriveTimeline(inputs({ dataset: stacked, lang: 'ko', width: 700, groupBy: 'region' })),
    );
  });

  it('3,000 synthetic incidents as counts per period', async () => {
    await expectModel('synthetic 3000, en, 900', deriveTimeline(inputs({ dataset: dense })));
  });

  it('recomputes only what changed, and gives the same model for the same inputs', () => {
    const memo = timelineMemo();
    const first = deriveTimeline(inputs(), memo);
    expect(deriveTimeline(inputs(), memo)).to.equal(first);
    const view = { start: Date.UTC(2024, 6), end: Date.UTC(2024, 9) };
    const zoomed = deriveTimeline(inputs({ view }), memo);
    expect(zoomed.timeline).to.equal(first.timeline);
    expect(zoomed.chart).to.not.equal(first.chart);
    expect(zoomed.view).to.equal(view);
    const inKorean = deriveTimeline(inputs({ lang: 'ko', view }), memo);
    expect(inKorean.timeline).to.not.equal(first.timeline);
  });
});
