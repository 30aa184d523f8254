/**
 * Where a map's shapes come from: the `geometry` property, the `geo` URL, or with neither the
 * boundaries built into the widget (no request); and the neighbours drawn around them. Loaded
 * like a dataset, by a LoadController: a problem with the shapes fires `civic-error` once the
 * host has rendered it. The neighbours are decoration: when they fail, the map is drawn
 * without them, with a note, and no event.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  loadBoundaries,
  readBoundaries,
  type Boundaries,
  type BoundariesResult,
} from '../data/boundaries.js';
import { makeIssue } from '../data/dataset-issues.js';
import { datasetError } from '../data/validate-dataset.js';
import { CivicErrorEvent } from './events.js';
import { LoadController, type LoadFailed, type LoadState } from './load-controller.js';

/** Boundaries bundled with a widget, drawn when it is given none. */
export interface BuiltInBoundaries {
  /** The country they draw (ISO 3166-1 alpha-2): another country's dataset is not drawn on them. */
  country: string;
  provinces: Boundaries;
  /** The neighbouring countries. */
  context: Boundaries;
}

export interface ReadyBoundaries {
  status: 'ready';
  boundaries: Boundaries;
  builtIn: boolean;
}
export type BoundariesState = LoadState<ReadyBoundaries>;

/** `context="none"` draws no neighbours, even around the built-in map. */
const noContext = 'none';

const ready = (boundaries: Boundaries, builtIn = false): ReadyBoundaries => ({
  status: 'ready',
  boundaries,
  builtIn,
});
const outcome = (result: BoundariesResult): ReadyBoundaries | LoadFailed =>
  result.ok ? ready(result.boundaries) : { status: 'error', error: result.error };

export class BoundariesController {
  /** The shapes, read with the name of the topology's object holding the regions. */
  private readonly shapes: LoadController<ReadyBoundaries, string | undefined>;
  /** The neighbours; the option says whether the built-in ones stand in for a URL. */
  private readonly neighbours: LoadController<ReadyBoundaries, boolean>;
  /** The built-in shapes with a dataset of another country: the problem, once reported. */
  private misfit?: LoadFailed;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly builtIn: () => BuiltInBoundaries,
  ) {
    this.shapes = new LoadController(host, {
      read: (value, objectName) => outcome(readBoundaries(value, objectName)),
      fetch: (url, signal, objectName) => loadBoundaries(url, objectName, signal).then(outcome),
      fallback: () => ready(builtIn().provinces, true),
      announce: (shapes) =>
        shapes.status === 'error' ? new CivicErrorEvent(shapes.error) : undefined,
    });
    this.neighbours = new LoadController(host, {
      read: (value) => outcome(readBoundaries(value, undefined, false)),
      fetch: (url, signal) => loadBoundaries(url, undefined, signal, false).then(outcome),
      fallback: (aroundBuiltIn) => (aroundBuiltIn ? ready(builtIn().context, true) : undefined),
    });
  }

  /** Call from `willUpdate` with the current inputs; does nothing when none changed. */
  use(
    geo: string | undefined,
    geometry: unknown,
    objectName: string | undefined,
    context: string | undefined,
  ): void {
    this.shapes.use(geo, geometry, objectName);
    // Without `context`, the built-in neighbours go around the built-in shapes.
    const builtIn = (geometry === undefined || geometry === null) && !geo;
    const url = context === noContext ? undefined : context;
    this.neighbours.use(url, undefined, context === undefined && builtIn);
  }

  /**
   * The shapes to draw a dataset of `country` on. The built-in ones fit only their own
   * country: for another, the map asks for `geo` (and says so with `civic-error` once, until
   * a dataset fits again).
   */
  shapesFor(country: string): BoundariesState {
    const state = this.shapes.state;
    const fits =
      state.status !== 'ready' ||
      !state.builtIn ||
      country.toUpperCase() === this.builtIn().country;
    if (fits) {
      this.misfit = undefined;
      return state;
    }
    if (!this.misfit) {
      this.misfit = {
        status: 'error',
        error: datasetError([makeIssue('geo', 'required')], 'The map'),
      };
      this.shapes.report(new CivicErrorEvent(this.misfit.error));
    }
    return this.misfit;
  }

  /** The neighbours once read; undefined when none are asked for, or they failed. */
  get context(): Boundaries | undefined {
    const state = this.neighbours.state;
    return state.status === 'ready' ? state.boundaries : undefined;
  }

  /** The neighbours were asked for but could not be loaded. */
  get contextFailed(): boolean {
    return this.neighbours.state.status === 'error';
  }
}
