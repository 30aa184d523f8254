/**
 * Where the map's shapes come from: the `geometry` property, the `geo` URL, or with neither the
 * built-in North Korea provinces (bundled: no request); and the neighbours drawn around them.
 * Fetches are aborted when the inputs change or the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetError } from '../data/validate-dataset.js';
import {
  builtInBoundaries,
  loadBoundaries,
  readBoundaries,
  type Boundaries,
} from './map-boundaries.js';

export type BoundariesState =
  | { status: 'loading' }
  | { status: 'ready'; boundaries: Boundaries; builtIn: boolean }
  | { status: 'error'; error: DatasetError };

/** `context="none"` draws no neighbours, even around the built-in map. */
export const noContext = 'none';

export class BoundariesController implements ReactiveController {
  state: BoundariesState = { status: 'loading' };
  /** The neighbours, once read; undefined when none are asked for or they failed. */
  context?: Boundaries;
  contextFailed = false;
  private inputs: unknown[] = [];
  private aborter?: AbortController;
  private contextAborter?: AbortController;
  private contextUrl?: string;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A later reconnect reads again.
    this.aborter?.abort();
    this.contextAborter?.abort();
    this.inputs = [];
    this.contextUrl = undefined;
  }

  /** Call from `willUpdate` with the current inputs; does nothing when none changed. */
  use(
    geo: string | undefined,
    geometry: unknown,
    objectName: string | undefined,
    context: string | undefined,
  ): void {
    const next = [geo, geometry, objectName, context];
    if (next.length === this.inputs.length && next.every((v, i) => v === this.inputs[i])) return;
    const shapeChanged =
      !this.inputs.length || next.slice(0, 3).some((v, i) => v !== this.inputs[i]);
    this.inputs = next;
    if (shapeChanged) this.useShapes(geo, geometry, objectName);
    const builtIn = geometry === undefined && !geo;
    this.useContext(builtIn, context);
  }

  private useShapes(geo: string | undefined, geometry: unknown, objectName?: string): void {
    this.aborter?.abort();
    if (geometry !== undefined && geometry !== null) {
      const result = readBoundaries(geometry, objectName);
      this.state = result.ok
        ? { status: 'ready', boundaries: result.boundaries, builtIn: false }
        : { status: 'error', error: result.error };
      return;
    }
    if (!geo) {
      const { provinces } = builtInBoundaries();
      this.state = { status: 'ready', boundaries: provinces, builtIn: true };
      return;
    }
    const aborter = (this.aborter = new AbortController());
    this.state = { status: 'loading' };
    void loadBoundaries(geo, objectName, aborter.signal).then((result) => {
      if (aborter.signal.aborted) return;
      this.state = result.ok
        ? { status: 'ready', boundaries: result.boundaries, builtIn: false }
        : { status: 'error', error: result.error };
      this.host.requestUpdate();
    });
  }

  private useContext(builtIn: boolean, context: string | undefined): void {
    const url = context === noContext ? undefined : context;
    const key = url ?? (builtIn && context !== noContext ? 'built-in' : '');
    if (key === this.contextUrl) return;
    this.contextUrl = key;
    this.contextAborter?.abort();
    this.contextFailed = false;
    this.context = undefined;
    if (key === 'built-in') this.context = builtInBoundaries().context;
    if (!url) return;
    const aborter = (this.contextAborter = new AbortController());
    void loadBoundaries(url, undefined, aborter.signal, false).then((result) => {
      if (aborter.signal.aborted) return;
      // Neighbours are decoration: the map is shown without them, with a note.
      if (result.ok) this.context = result.boundaries;
      else this.contextFailed = true;
      this.host.requestUpdate();
    });
  }
}
