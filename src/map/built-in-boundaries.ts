/**
 * The North Korea provinces and their neighbours, bundled with the map (no request): what it
 * draws when it is given no boundaries. Read once, on first use.
 */
import { readBoundaries } from '../data/boundaries.js';
import type { BuiltInBoundaries } from '../provider/boundaries-controller.js';
import { kpContextJson, kpProvincesJson } from './default-boundaries.generated.js';

let builtIn: BuiltInBoundaries | undefined;

export function builtInBoundaries(): BuiltInBoundaries {
  if (!builtIn) {
    const provinces = readBoundaries(JSON.parse(kpProvincesJson), 'provinces');
    const context = readBoundaries(JSON.parse(kpContextJson), 'countries');
    if (!provinces.ok || !context.ok) throw new Error('The built-in boundaries do not read.');
    builtIn = { country: 'KP', provinces: provinces.boundaries, context: context.boundaries };
  }
  return builtIn;
}
