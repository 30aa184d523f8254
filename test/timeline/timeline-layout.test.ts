import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/data/schema.js';
import {
  defaultView,
  densityLimits,
  layoutTimeline,
  sizes,
  stackRows,
  timelineItems,
  unlocatedLane,
  visibleItems,
  type Mark,
  type TimelineItem,
} from '../../src/timeline/timeline-layout.js';
import { axisTicks, chooseInterval } from '../../src/timeline/timeline-ticks.js';
import { xOf, zoomView } from '../../src/timeline/timeline-scale.js';
import { timelineSummary } from '../../src/timeline/timeline-summary.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { syntheticDataset } from '../fixtures/synthetic-dataset.js';
import { valid } from '../fixtures/golden.js';

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);
const day = 86_400_000;

const example = valid(exampleDataset());
const itemsOf = (dataset: Dataset, grouping: 'category' | 'region' | 'none' = 'category') =>
  timelineItems(dataset, dataset.incidents, grouping, 'en', 'Location not stated');

describe('timelineItems()', () => {
  it('draws a month-precision incident as a span across the whole month', () => {
    const item = itemsOf(example).items.find((i) => i.id === 'arrests')!;
    expect(item.kind).to.equal('month');
    expect([item.start, item.end]).to.deep.equal([utc('2024-09-01'), utc('2024-10-01')]);
  });

  it('draws a year-precision incident across the whole year', () => {
    const item = itemsOf(example).items.find((i) => i.id === 'unlocated')!;
    expect(item.kind).to.equal('year');
    expect([item.start, item.end]).to.deep.equal([utc('2024-01-01'), utc('2025-01-01')]);
  });

  it('draws a period from the start of its date to the end of its end date', () => {
    const item = itemsOf(example).items.find((i) => i.id === 'protest-ban')!;
    expect(item.kind).to.equal('period');
    expect([item.start, item.end]).to.deep.equal([utc('2024-06-01'), utc('2024-10-06')]);
  });

  it('puts items in time order, by start then end', () => {
    expect(itemsOf(example).items.map((i) => i.id)).to.deep.equal([
      'unlocated',
      'protest-ban',
      'arrests',
    ]);
  });

  it('makes a lane per category that has incidents, in the dataset’s order', () => {
    expect(itemsOf(example).lanes.map((l) => l.label)).to.deep.equal(['Expression', 'Assembly']);
  });

  it('makes a lane per region, and one for incidents without a stated location', () => {
    const { lanes, items } = itemsOf(example, 'region');
    expect(lanes.map((l) => l.key)).to.deep.equal(['XA-01', 'XA-02', unlocatedLane]);
    expect(lanes[2]!.label).to.equal('Location not stated');
    expect(items.find((i) => i.id === 'unlocated')!.laneKey).to.equal(unlocatedLane);
  });

  it('puts everything in one lane without grouping', () => {
    expect(itemsOf(example, 'none').lanes).to.have.length(1);
  });
});

describe('stackRows()', () => {
  const mark = (x: number, width: number): Mark => ({
    item: {} as TimelineItem,
    x,
    width,
    row: -1,
  });

  it('stacks overlapping marks in rows so that none hides another', () => {
    const marks = [mark(0, 50), mark(10, 10), mark(30, 40), mark(55, 10), mark(75, 5)];
    expect(stackRows(marks)).to.equal(2);
    for (const a of marks) {
      for (const b of marks) {
        if (a !== b && a.row === b.row)
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x, 'overlap').to.equal(true);
      }
    }
    expect(marks.map((m) => m.row)).to.deep.equal([0, 1, 1, 0, 0]);
  });
});

describe('layoutTimeline()', () => {
  const timeline = itemsOf(example);
  const view = defaultView(timeline)!;

  it('places each incident at the x of its span, at least a target wide', () => {
    const layout = layoutTimeline(timeline, view, 1000);
    expect(layout.mode).to.equal('marks');
    const arrests = layout.lanes[0]!.marks.find((m) => m.item.id === 'arrests')!;
    expect(arrests.x).to.be.closeTo(xOf(utc('2024-09-01'), view, 1000), 0.001);
    expect(arrests.width).to.be.closeTo(xOf(utc('2024-10-01'), view, 1000) - arrests.x, 0.001);
    const narrow = layoutTimeline(
      timeline,
      { start: utc('2000-01-01'), end: utc('2100-01-01') },
      1000,
    );
    for (const lane of narrow.lanes)
      for (const m of lane.marks) expect(m.width).to.be.at.least(sizes.minMarkWidth);
  });

  it('stacks the overlapping month and year in the same lane in different rows', () => {
    const layout = layoutTimeline(timeline, view, 1000);
    const rows = layout.lanes[0]!.marks.map((m) => m.row);
    expect(new Set(rows).size).to.equal(rows.length);
  });

  it('finds the items in view without walking all of them, the same as a full filter', () => {
    const many = itemsOf(valid(syntheticDataset({ incidents: 3000, seed: 11 })));
    for (const [start, end] of [
      ['2023-03-05', '2023-03-20'],
      ['2022-01-01', '2026-01-01'],
      ['2024-12-30', '2025-02-01'],
    ]) {
      const view = { start: utc(start!), end: utc(end!) };
      const expected = many.items.filter((i) => i.end > view.start && i.start < view.end);
      expect(visibleItems(many, view)).to.deep.equal(expected);
    }
  });

  it('leaves out what lies outside the view', () => {
    const layout = layoutTimeline(
      timeline,
      { start: utc('2024-11-01'), end: utc('2024-12-01') },
      1000,
    );
    expect(layout.visible.map((i) => i.id)).to.deep.equal(['unlocated']);
  });

  it('stays with marks at the density limit and aggregates beyond it', () => {
    const dataset = valid(syntheticDataset({ incidents: densityLimits.maxMarks + 1, seed: 3 }));
    const all = itemsOf(dataset, 'none');
    const wide = { start: utc('2022-06-01'), end: utc('2025-06-01') };
    expect(layoutTimeline(all, wide, 1000).mode).to.equal('aggregate');
    const few = valid(syntheticDataset({ incidents: 40, seed: 3 }));
    const some = itemsOf(few, 'category');
    expect(layoutTimeline(some, wide, 1000).mode).to.equal('marks');
  });

  it('counts aggregated incidents per period, an uncertain one in every period it may fall in', () => {
    const dataset = valid(syntheticDataset({ incidents: 2000, seed: 5 }));
    const all = itemsOf(dataset, 'none');
    const wide = { start: utc('2023-01-01'), end: utc('2025-01-01') };
    const layout = layoutTimeline(all, wide, 1000);
    expect(layout.mode).to.equal('aggregate');
    const bins = layout.lanes[0]!.bins;
    const certain = bins.reduce((sum, b) => sum + b.certain, 0);
    const precise = all.items.filter((i) => i.kind === 'day').length;
    // Every day-precision incident is certain in exactly one bin; coarser ones may be uncertain.
    expect(certain).to.be.at.least(precise);
    expect(certain).to.be.at.most(all.items.length);
    expect(
      bins.every((b) => b.width >= sizes.minBinWidth - 0.001 || b.x + b.width >= 999),
    ).to.equal(true);
  });

  it('expands aggregates into marks when zoomed in', () => {
    const dataset = valid(syntheticDataset({ incidents: 5000, seed: 9 }));
    const all = itemsOf(dataset, 'category');
    expect(layoutTimeline(all, defaultView(all)!, 1000).mode).to.equal('aggregate');
    const week = { start: utc('2024-03-04'), end: utc('2024-03-11') };
    const zoomed = layoutTimeline(all, week, 1000);
    // Incidents dated only to a month or year still overlap a week: they may stack deep.
    expect(zoomed.visible.length).to.be.lessThan(all.items.length);
  });
});

describe('zoomView()', () => {
  it('zooms around an instant, keeping it at the same place', () => {
    const view = { start: 0, end: 100 * day };
    const zoomed = zoomView(view, 0.5, 20 * day);
    expect(zoomed.end - zoomed.start).to.equal(50 * day);
    expect((20 * day - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(0.2, 1e-9);
  });

  it('stops at a week', () => {
    const zoomed = zoomView({ start: 0, end: 8 * day }, 0.01);
    expect(zoomed.end - zoomed.start).to.equal(7 * day);
  });
});

describe('axisTicks()', () => {
  const twoYears = { start: utc('2023-01-01'), end: utc('2025-01-01') };

  it('chooses coarser intervals as the view widens', () => {
    expect(chooseInterval({ start: 0, end: 10 * day }, 1000, 80).name).to.equal('day');
    expect(chooseInterval({ start: 0, end: 30 * day }, 1000, 80).name).to.equal('week');
    expect(chooseInterval(twoYears, 1000, 80).name).to.equal('quarter');
    expect(
      chooseInterval({ start: utc('1990-01-01'), end: utc('2025-01-01') }, 1000, 80).name,
    ).to.equal('5 years');
  });

  it('writes month ticks as "Oct 2024" in English and "2024년 10월" in Korean', () => {
    const view = { start: utc('2024-09-01'), end: utc('2025-03-01') };
    expect(axisTicks(view, 1000, 'en').ticks.map((t) => t.label)).to.include('Oct 2024');
    expect(axisTicks(view, 1000, 'ko').ticks.map((t) => t.label)).to.include('2024년 10월');
  });

  it('writes year ticks as "2024" and "2024년"', () => {
    const view = { start: utc('2015-01-01'), end: utc('2025-01-01') };
    expect(axisTicks(view, 800, 'en').ticks.map((t) => t.label)).to.include('2024');
    expect(axisTicks(view, 800, 'ko').ticks.map((t) => t.label)).to.include('2024년');
  });

  it('writes day ticks with the day', () => {
    const view = { start: utc('2024-10-01'), end: utc('2024-10-10') };
    expect(axisTicks(view, 1000, 'en').ticks[4]!.label).to.equal('Oct 5');
    expect(axisTicks(view, 1000, 'ko').ticks[4]!.label).to.equal('10월 5일');
  });

  it('keeps labels apart', () => {
    const { ticks } = axisTicks(twoYears, 600, 'ko');
    for (let i = 1; i < ticks.length; i += 1)
      expect(ticks[i]!.x - ticks[i - 1]!.x).to.be.at.least(90);
  });
});

describe('timelineSummary()', () => {
  it('says how many, from when to when, and the busiest month', () => {
    const dataset = valid({
      ...exampleDataset(),
      incidents: ['2024-09-02', '2024-10-01', '2024-10-07', '2024-10', '2025-01-17'].map(
        (date, i) => ({
          id: `i${i}`,
          date,
          title: 'x',
          categoryIds: ['expression'],
          sourceIds: ['monitor'],
        }),
      ),
    });
    const { items } = itemsOf(dataset);
    expect(timelineSummary(items, 'en')).to.equal(
      '5 incidents between September 2024 and January 2025; most in October 2024.',
    );
    expect(timelineSummary(items, 'ko')).to.equal(
      '2024년 9월부터 2025년 1월까지 사건 5건, 가장 많은 시기는 2024년 10월.',
    );
  });

  it('starts the range at the precision of the first date', () => {
    expect(timelineSummary(itemsOf(example).items, 'en')).to.equal(
      '3 incidents between 2024 and September 2024.',
    );
  });
});
