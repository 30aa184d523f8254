/**
 * Keyboard movement between shapes laid out in two dimensions (regions and places on a map,
 * points in a scatter): arrow keys go to the nearest shape in that direction by their centres,
 * and Home, End and Tab follow reading order. Pure: which element holds focus is
 * `roving-focus.ts`'s job.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** A shape the keyboard can stop on, at its centre in screen coordinates (y down). */
export interface Stop {
  id: string;
  x: number;
  y: number;
}

/** The direction each arrow key moves in; other keys are not in it. */
export const arrowDirections: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const vectors: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The stop nearest in a direction from `fromId` (east for right, north for up): among those
 * within 60° of it, the one with the least distance, counting sideways distance double.
 */
export function nextInDirection(
  stops: readonly Stop[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = stops.find((s) => s.id === fromId);
  if (!from) return stops[0]?.id;
  const [dx, dy] = vectors[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const stop of stops) {
    if (stop.id === fromId) continue;
    const vx = stop.x - from.x;
    const vy = stop.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [stop.id, score];
  }
  return best;
}

/**
 * Ids in a fixed order, for ties: code units, not `localeCompare`, whose collator costs a cold
 * page several milliseconds to set up, and whose order would follow the browser's ICU.
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reading order (top to bottom, then left to right, in bands): Home, End and Tab order. */
export function readingOrder<T extends Stop>(stops: readonly T[], band = 24): T[] {
  return [...stops].sort(
    (a, b) =>
      Math.floor(a.y / band) - Math.floor(b.y / band) || a.x - b.x || compareIds(a.id, b.id),
  );
}
