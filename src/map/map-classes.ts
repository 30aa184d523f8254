/**
 * The map's colour classes, pure: rounded class breaks a reader can say aloud, the class of
 * each value, the colour step (`s0` … `s5`) of each class, and each class in words.
 */
import { valueOf, type Counts, type Measure } from './map-counts.js';
import { formatNumber } from '../shared/format-number.js';

/** Colour steps of the scale (besides the step for zero). */
export const colorSteps = 5;

const niceSteps = [1, 2, 3, 5, 10];

/** The smallest of 1, 2, 3, 5 × 10ⁿ at least `value` (whole numbers only). */
export function niceCeil(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = niceSteps.find((s) => s * power >= value - 1e-9) ?? 10;
  return Math.max(1, Math.round(step * power));
}

/** The nearest of 1, 2, 3, 5 × 10ⁿ to `value`, in a logarithmic sense. */
function niceNear(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  let best = 1;
  for (const s of niceSteps)
    if (
      Math.abs(Math.log(s * power) - Math.log(value)) <
      Math.abs(Math.log(best * power) - Math.log(value))
    )
      best = s;
  return Math.round(best * power);
}

/**
 * Upper bounds (inclusive, ascending, whole numbers) of the classes of positive values; zero
 * is a class of its own. Up to `classes` classes, with rounded bounds readers can say aloud:
 * one class per number when the largest is small (1, 2, 3); equal rounded steps (20, 40, …);
 * or, when the values span more than an order of magnitude, rounded steps that grow (2, 10,
 * 50, …), so that one large region does not make every other one look the same.
 */
export function classBreaks(values: readonly number[], classes = colorSteps): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const max = positive[positive.length - 1];
  if (max === undefined) return [];
  if (max <= classes) return Array.from({ length: Math.ceil(max) }, (_, i) => i + 1);
  const median = positive[Math.floor((positive.length - 1) / 2)]!;
  const breaks: number[] = [];
  if (max / median >= 10) {
    for (let k = 1; k < classes; k += 1) {
      const bound = niceNear(max ** (k / classes));
      if (bound > (breaks[breaks.length - 1] ?? 0) && bound < max) breaks.push(bound);
    }
    breaks.push(niceCeil(max));
    return breaks;
  }
  const step = niceCeil(max / classes);
  for (let bound = step; bound < max + step; bound += step) breaks.push(bound);
  return breaks;
}

/** The class of a value: 0 for zero, k (1-based) for the k-th class of positive values. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value <= 0) return 0;
  const index = breaks.findIndex((bound) => value <= bound);
  return index === -1 ? breaks.length : index + 1;
}

/** The colour step (1 … colorSteps) of class k of n: spread over the whole ramp. */
export function colorStep(k: number, n: number): number {
  if (k <= 0) return 0;
  if (n <= 1) return Math.ceil(colorSteps / 2);
  return Math.round(1 + ((k - 1) * (colorSteps - 1)) / (n - 1));
}

/** "1", "2–5", "6–10": the range of whole numbers each class holds. */
export function classLabels(breaks: readonly number[], lang: string): string[] {
  const number = (n: number) => formatNumber(n, lang);
  return breaks.map((bound, i) => {
    const low = i ? breaks[i - 1]! + 1 : 1;
    return low >= bound ? number(bound) : `${number(low)}–${number(bound)}`;
  });
}

/** A class of the legend: its range in words and its colour step. */
export interface LegendStep {
  label: string;
  step: number;
}

/** The legend's classes of positive values, lightest first (zero has a swatch of its own). */
export function legendSteps(breaks: readonly number[], lang: string): LegendStep[] {
  const labels = classLabels(breaks, lang);
  return labels.map((label, i) => ({ label, step: colorStep(i + 1, labels.length) }));
}

/** The breaks of the regions' values, and each region's class: `s0` … `s5`, or `no-data`. */
export function classRegions(
  regionIds: readonly string[],
  counts: Counts,
  measure: Measure,
): { breaks: number[]; classes: Map<string, string> } {
  const breaks = classBreaks(regionIds.map((id) => valueOf(counts.byRegion.get(id), measure)));
  const classes = new Map(
    regionIds.map((id) => {
      const tally = counts.byRegion.get(id);
      const k = classOf(valueOf(tally, measure), breaks);
      return [id, tally ? `s${colorStep(k, breaks.length)}` : 'no-data'];
    }),
  );
  return { breaks, classes };
}
