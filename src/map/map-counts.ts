/**
 * What the map counts, pure: incidents and people affected per region and per place, and
 * apart, the incidents whose source names no region (counted, never dropped).
 */
import { isRange, leastPeople } from '../data/people-count.js';
import type { Incident } from '../data/schema.js';
import { isUnverified } from '../data/verification.js';

export const measures = ['incidents', 'people'] as const;
export type Measure = (typeof measures)[number];

/** The `measure` attribute as a measure: `incidents` unless it names another one. */
export const measureOf = (value: string): Measure =>
  (measures as readonly string[]).includes(value) ? (value as Measure) : 'incidents';

export interface Tally {
  incidents: number;
  /** Sum of `peopleAffected` where the source gives it: of the least, for a range. */
  people: number;
  /** Incidents that give no number of people affected. */
  withoutNumber: number;
  /** Incidents that give a range ("at least 30"): `people` is then the least it can be. */
  ranged: number;
  /** Incidents the dataset marks reported or alleged, not verified. */
  unverified: number;
}

export interface Counts {
  byRegion: Map<string, Tally>;
  byPlace: Map<string, Tally>;
  /** Incidents whose source names no region: counted, never dropped. */
  unlocated: Tally;
  all: Tally;
}

const emptyTally = (): Tally => ({
  incidents: 0,
  people: 0,
  withoutNumber: 0,
  ranged: 0,
  unverified: 0,
});

function add(tally: Tally, incident: Incident): void {
  tally.incidents += 1;
  if (incident.peopleAffected === undefined) tally.withoutNumber += 1;
  else tally.people += leastPeople(incident.peopleAffected);
  tally.ranged += Number(isRange(incident.peopleAffected));
  tally.unverified += Number(isUnverified(incident));
}

/** Tallies per region and place of the given incidents; every dataset region starts at 0. */
export function countIncidents(
  incidents: readonly Incident[],
  regionIds: readonly string[],
): Counts {
  const byRegion = new Map(regionIds.map((id) => [id, emptyTally()]));
  const byPlace = new Map<string, Tally>();
  const unlocated = emptyTally();
  const all = emptyTally();
  for (const incident of incidents) {
    add(all, incident);
    const regionId = incident.regionId;
    if (regionId === undefined) {
      add(unlocated, incident);
      continue;
    }
    let tally = byRegion.get(regionId);
    if (!tally) byRegion.set(regionId, (tally = emptyTally()));
    add(tally, incident);
    if (incident.placeId !== undefined) {
      let place = byPlace.get(incident.placeId);
      if (!place) byPlace.set(incident.placeId, (place = emptyTally()));
      add(place, incident);
    }
  }
  return { byRegion, byPlace, unlocated, all };
}

export const valueOf = (tally: Tally | undefined, measure: Measure): number =>
  tally ? (measure === 'people' ? tally.people : tally.incidents) : 0;
