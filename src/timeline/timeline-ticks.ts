/**
 * Time intervals for the axis and for counts per period, chosen by zoom level, and axis ticks
 * written in the reader's language: "Oct 2024" / "2024년 10월", "2024" / "2024년".
 */
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Precision } from '../data/partial-date.js';
import { formatTick } from '../shared/format-date.js';
import { day, xOf, type View } from './timeline-scale.js';

/** A d3-time interval with the precision its labels are written at. */
export interface TickInterval {
  interval: CountableTimeInterval;
  /** Approximate length in ms, for choosing. */
  length: number;
  precision: Precision;
  name: string;
}

const every = (interval: CountableTimeInterval, step: number) =>
  interval.every(step) as CountableTimeInterval;

/** Candidate intervals, finest first. */
export const tickIntervals: readonly TickInterval[] = [
  { interval: utcDay, length: day, precision: 'day', name: 'day' },
  { interval: every(utcDay, 2), length: 2 * day, precision: 'day', name: '2 days' },
  { interval: utcWeek, length: 7 * day, precision: 'day', name: 'week' },
  { interval: utcMonth, length: 30.4 * day, precision: 'month', name: 'month' },
  { interval: every(utcMonth, 3), length: 91 * day, precision: 'month', name: 'quarter' },
  { interval: every(utcMonth, 6), length: 182 * day, precision: 'month', name: 'half year' },
  { interval: utcYear, length: 365 * day, precision: 'year', name: 'year' },
  { interval: every(utcYear, 2), length: 730 * day, precision: 'year', name: '2 years' },
  { interval: every(utcYear, 5), length: 1826 * day, precision: 'year', name: '5 years' },
  { interval: every(utcYear, 10), length: 3652 * day, precision: 'year', name: '10 years' },
  { interval: every(utcYear, 25), length: 9131 * day, precision: 'year', name: '25 years' },
  { interval: every(utcYear, 50), length: 18262 * day, precision: 'year', name: '50 years' },
];

/** The finest interval whose steps are at least `minSpacing` pixels apart. */
export function chooseInterval(view: View, width: number, minSpacing: number): TickInterval {
  const msPerPixel = (view.end - view.start) / Math.max(1, width);
  return (
    tickIntervals.find((candidate) => candidate.length / msPerPixel >= minSpacing) ??
    tickIntervals[tickIntervals.length - 1]!
  );
}

export interface Tick {
  x: number;
  time: number;
  label: string;
}

/**
 * Axis ticks for the view, spaced for their labels and written in the reader's language:
 * "Oct 2024" / "2024년 10월", "2024" / "2024년", "Oct 5" / "10월 5일".
 */
export function axisTicks(
  view: View,
  width: number,
  lang: string,
): { interval: TickInterval; ticks: Tick[] } {
  const korean = lang.toLowerCase().startsWith('ko');
  // Korean month labels are wider ("2024년 10월"): give them more room.
  const interval = chooseInterval(view, width, korean ? 96 : 80);
  const ticks = interval.interval.range(new Date(view.start), new Date(view.end)).map((date) => ({
    x: xOf(date.getTime(), view, width),
    time: date.getTime(),
    label: formatTick(date.getTime(), interval.precision, lang),
  }));
  return { interval, ticks };
}
