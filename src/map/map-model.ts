/**
 * Everything the map shows, derived in one pure step from its inputs (dataset, boundaries,
 * filter, measure, language, size): each region's path, colour class, count and spoken label,
 * the places and the names written on the map, the keyboard's stops, the legend and the
 * summary. The element renders this model and keeps only what the reader does (selection,
 * focus, the table open).
 */
import type { Dataset, Incident } from '../data/schema.js';
import { textIn } from '../data/text.js';
import { filterIncidents, type Filter } from '../filter/filter.js';
import { lastResult } from '../shared/changed-inputs.js';
import { messagesFor } from '../shared/messages.js';
import { readingOrder, type Stop } from '../shared/spatial-focus.js';
import type { Boundaries } from '../data/boundaries.js';
import { classRegions, legendSteps, type LegendStep } from './map-classes.js';
import { countIncidents, measureOf, type Counts, type Measure, type Tally } from './map-counts.js';
import { projectMap, type MapGeometry } from './map-geometry.js';
import { mapLabels, type PlacedLabel, type PlacePoint } from './map-labels.js';
import { mapMessages } from './map-messages.js';
import { mapSummary } from './map-summary.js';

/** Default maximum height of the map, in pixels. */
const defaultMaxHeight = 640;

export interface MapInputs {
  dataset: Dataset;
  boundaries: Boundaries;
  /** The neighbouring countries drawn muted, if any. */
  context: Boundaries | undefined;
  /** The neighbours were asked for but could not be loaded (the legend says so). */
  contextFailed: boolean;
  filter: Filter;
  /** The `measure` attribute as given: anything but `people` counts incidents. */
  measure: string;
  lang: string;
  /** Whole pixels; 0 before the element is on the page, when nothing is drawn yet. */
  width: number;
  /** The `height` attribute: the largest height in pixels (default 640). */
  height: number | undefined;
}

/** A region drawn on the map. */
export interface RegionMark {
  id: string;
  /** SVG path of its shape. */
  d: string;
  /** Colour class: `s0` … `s5`, or `no-data` for a region the dataset does not have. */
  colorClass: string;
  /** Its incidents in the filter; undefined for a region the dataset does not have. */
  tally: Tally | undefined;
  /** In the filter's regions: outlined and pressed. */
  filtered: boolean;
  /** Every incident it has is reported or alleged, not verified: drawn with a dashed edge. */
  unverified: boolean;
  /** What a screen reader says of it: name, count, whether it is filtered. */
  label: string;
}

/** A named place drawn as a marker. */
export interface PlaceMark extends PlacePoint {
  /** What a screen reader says of it: name and count. */
  label: string;
  /** Every incident there is reported or alleged, not verified: drawn hollow. */
  unverified: boolean;
}

/** What the map draws in its box. */
export interface MapDrawing {
  width: number;
  height: number;
  /** One path for all land that is no region. */
  land: string;
  /** One path for the neighbouring countries. */
  context: string;
  regions: RegionMark[];
  places: PlaceMark[];
  labels: PlacedLabel[];
}

/** The legend: the colour classes, and in words what the shading cannot show. */
export interface MapLegend {
  measure: Measure;
  /** The classes of positive values, lightest first. */
  steps: LegendStep[];
  /** Some region drawn is absent from the dataset (hatched). */
  noData: boolean;
  /** Named places are drawn as markers. */
  places: boolean;
  /** Incidents in the filter without a stated location. */
  unlocated: number;
  /** Incidents in the filter that give no number of people affected. */
  withoutNumber: number;
  /** Incidents in the filter that give a range of people ("at least 30"): counted at its least. */
  ranged: number;
  /** Incidents in the filter reported or alleged, not verified. */
  unverified: number;
  /** How many regions with incidents the boundaries do not draw. */
  notOnMap: number;
  /** The neighbouring countries could not be loaded. */
  contextFailed: boolean;
}

export interface MapModel {
  /** What it was derived from: the renderers read the dataset and the filter here. */
  dataset: Dataset;
  filter: Filter;
  measure: Measure;
  /**
   * The incidents in the filter, but for its regions: the map shows every region, and the
   * filtered ones are outlined instead of the others hidden.
   */
  shown: Incident[];
  counts: Counts;
  /** Undefined until the width is known. */
  drawing: MapDrawing | undefined;
  /** The ids of the regions drawn (none until the width is known). */
  drawn: string[];
  /** Where the keyboard stops: the dataset's regions drawn and the places, in reading order. */
  stops: Stop[];
  legend: MapLegend;
  summary: string;
  /** Each region's name in the reader's language: the dataset's, else the boundaries'. */
  regionNames: Map<string, string>;
}

/** A region's name in the model's language; its id when neither the dataset nor the file names it. */
export const regionName = (model: Pick<MapModel, 'regionNames'>, id: string): string =>
  model.regionNames.get(id) ?? id;

/**
 * What `deriveMap` keeps between calls, one per element: the geometry is computed once per
 * size and boundaries, the counts once per filter, the labels once per language, and a call
 * with the same inputs returns the same model.
 */
export function mapMemo() {
  return {
    geometry: lastResult<MapGeometry | undefined>(),
    counts: lastResult<{ shown: Incident[]; counts: Counts }>(),
    classes: lastResult<ReturnType<typeof classRegions>>(),
    names: lastResult<Map<string, string>>(),
    marks: lastResult<Marks>(),
    model: lastResult<MapModel>(),
  };
}
export type MapMemo = ReturnType<typeof mapMemo>;

/** The map's model. Pass the same `memo` on each call to recompute only what changed. */
export function deriveMap(inputs: MapInputs, memo: MapMemo = mapMemo()): MapModel {
  const { dataset, boundaries, context, filter, lang, width, height, contextFailed } = inputs;
  const measure = measureOf(inputs.measure);
  const geometry = memo.geometry([boundaries, context, width, height], () =>
    width
      ? projectMap(boundaries, context, width, height && height > 0 ? height : defaultMaxHeight)
      : undefined,
  );
  const { shown, counts } = memo.counts([dataset, filter], () => {
    // The map shows every region, so its own region filter does not hide the others:
    // filtered regions are outlined instead.
    const shown = filterIncidents(dataset, { ...filter, regionIds: [] });
    const regionIds = dataset.regions.map((r) => r.id);
    return { shown, counts: countIncidents(shown, regionIds) };
  });
  const { breaks, classes } = memo.classes([boundaries, counts, measure], () =>
    classRegions(
      boundaries.regions.map((r) => r.id),
      counts,
      measure,
    ),
  );
  const names = memo.names([boundaries, dataset, lang], () =>
    nameRegions(dataset, boundaries, lang),
  );
  const marks = memo.marks([geometry, dataset, names, lang], () =>
    geometry ? placeMarks(geometry, dataset, names, lang) : noMarks,
  );
  return memo.model(
    [dataset, geometry, counts, classes, names, marks, filter, measure, lang, contextFailed],
    () => {
      const nameOf = (id: string) => names.get(id) ?? id;
      const drawn = geometry?.regions.map((r) => r.id) ?? [];
      const onMap = new Set(drawn);
      const reading = { counts, classes, measure, filter, nameOf, lang };
      return {
        dataset,
        filter,
        measure,
        shown,
        counts,
        drawing: geometry && drawMap(geometry, marks, reading),
        drawn,
        stops: marks.stops,
        legend: {
          measure,
          steps: legendSteps(breaks, lang),
          noData: [...classes.values()].includes('no-data'),
          places: marks.places.length > 0,
          unlocated: counts.unlocated.incidents,
          withoutNumber: counts.all.withoutNumber,
          ranged: counts.all.ranged,
          unverified: counts.all.unverified,
          notOnMap: [...counts.byRegion.keys()].filter((id) => !onMap.has(id)).length,
          contextFailed,
        },
        summary: mapSummary(drawn, counts, measure, nameOf, lang),
        regionNames: names,
      };
    },
  );
}

/** What the regions and places say: counts, classes, the filter, names, words. */
interface Reading {
  counts: Counts;
  /** Colour class of each region of the boundaries. */
  classes: Map<string, string>;
  measure: Measure;
  filter: Filter;
  nameOf: (id: string) => string;
  lang: string;
}

/** The geometry with each region's class, count and spoken label, and the places'. */
function drawMap(geometry: MapGeometry, marks: Marks, reading: Reading): MapDrawing {
  const { counts, classes, measure, nameOf, lang } = reading;
  const t = mapMessages(lang);
  const filtered = new Set(reading.filter.regionIds);
  const valueText = (tally: Tally | undefined) => describeTally(tally, measure, lang);
  return {
    width: geometry.width,
    height: geometry.height,
    land: geometry.land,
    context: geometry.context,
    regions: geometry.regions.map(({ id, d }): RegionMark => {
      const tally = counts.byRegion.get(id);
      const on = filtered.has(id);
      return {
        id,
        d,
        colorClass: tally ? (classes.get(id) ?? 's0') : 'no-data',
        tally,
        filtered: on,
        unverified: allUnverified(tally),
        label: tally
          ? t.regionLabel(nameOf(id), valueText(tally), on)
          : `${nameOf(id)}: ${t.noData}`,
      };
    }),
    places: marks.places.map((p) => ({
      ...p,
      label: t.placeLabel(p.name, valueText(counts.byPlace.get(p.id))),
      unverified: allUnverified(counts.byPlace.get(p.id)),
    })),
    labels: marks.labels,
  };
}

interface Marks {
  places: PlacePoint[];
  labels: PlacedLabel[];
  stops: Stop[];
}
const noMarks: Marks = { places: [], labels: [], stops: [] };

/** Each region's name: the dataset's, else (for regions it lacks) the boundaries file's. */
function nameRegions(dataset: Dataset, boundaries: Boundaries, lang: string) {
  const names = new Map<string, string>();
  for (const { id, name } of dataset.regions) if (!names.has(id)) names.set(id, textIn(name, lang));
  for (const { id, name } of boundaries.regions)
    if (!names.has(id)) names.set(id, textIn(name, lang) || id);
  return names;
}

/** The places with coordinates inside the box, the names written on the map, the stops. */
function placeMarks(
  geometry: MapGeometry,
  dataset: Dataset,
  names: Map<string, string>,
  lang: string,
): Marks {
  const places = dataset.places.flatMap((place) => {
    const xy = place.coordinates && geometry.project(place.coordinates);
    return xy ? [{ id: place.id, x: xy[0], y: xy[1], name: textIn(place.name, lang) }] : [];
  });
  const labels = mapLabels(geometry, places, (id) => names.get(id) ?? id);
  const inDataset = new Set(dataset.regions.map((r) => r.id));
  const stops = readingOrder(
    [...geometry.regions.filter((r) => inDataset.has(r.id)), ...places].map(({ id, x, y }) => ({
      id,
      x,
      y,
    })),
  );
  return { places, labels, stops };
}

const allUnverified = (tally: Tally | undefined) =>
  !!tally?.incidents && tally.unverified === tally.incidents;

/**
 * "3 incidents"; with `people`, "12 people affected, 3 incidents" ("at least 12" where a source
 * gives a range); ", 2 not verified" when some are; "No data" without a tally.
 */
function describeTally(tally: Tally | undefined, measure: Measure, lang: string): string {
  const t = mapMessages(lang);
  if (!tally) return t.noData;
  const messages = messagesFor(lang);
  const incidents = messages.incidents(tally.incidents);
  const people = tally.ranged ? messages.atLeast(t.people(tally.people)) : t.people(tally.people);
  const text = measure === 'people' ? `${people}, ${incidents}` : incidents;
  return tally.unverified ? `${text}, ${t.notVerified(tally.unverified)}` : text;
}
