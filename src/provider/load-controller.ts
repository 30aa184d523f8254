/**
 * Loads one input of a host (its dataset, a map's boundaries) from a URL or from a value it is
 * given, read by the functions it is given, and tells the page the outcome once the host has
 * rendered it: listeners of `civic-load` and `civic-error` always see the widget showing what
 * the event says. A newer input aborts the fetch of an older one, so a stale response never
 * replaces a newer value; a host taken off the page aborts its fetch and loads again when it is
 * back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetError } from '../data/validate-dataset.js';

/** A load that failed, with every problem by its path. */
export interface LoadFailed {
  status: 'error';
  error: DatasetError;
}

/** Where a load stands. `Ready` is what a successful read gives: `{ status: 'ready', … }`. */
export type LoadState<Ready extends { status: 'ready' }> =
  { status: 'idle' } | { status: 'loading' } | LoadFailed | Ready;

/** How one kind of input is read; `Options` (such as which object of a file) go to each. */
export interface Reader<Ready extends { status: 'ready' }, Options = void> {
  /** Reads (validates) a value given directly, as a property. */
  read(value: unknown, options: Options): Ready | LoadFailed;
  /** Fetches and reads the file at `url`; never rejects: every failure is an outcome. */
  fetch(url: string, signal: AbortSignal, options: Options): Promise<Ready | LoadFailed>;
  /** What stands in when neither a URL nor a value is given (built-in boundaries); else idle. */
  fallback?(options: Options): Ready | undefined;
  /** The event that tells the page an outcome; none for what is only decoration. */
  announce?(outcome: Ready | LoadFailed): Event | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

export class LoadController<
  Ready extends { status: 'ready' },
  Options = void,
> implements ReactiveController {
  state: LoadState<Ready> = { status: 'idle' };
  /** The last inputs of `use`; undefined before the first call. */
  private inputs?: [string | undefined, unknown, Options];
  private request?: AbortController;
  private pendingEvent?: Event;

  constructor(
    private readonly host: Host,
    private readonly reader: Reader<Ready, Options>,
  ) {
    host.addController(this);
  }

  /**
   * Call with the current inputs (from `willUpdate`); does nothing when none changed. A value
   * wins over a URL.
   */
  use(url: string | null | undefined, value: unknown, options: Options): void {
    const next: [string | undefined, unknown, Options] = [url || undefined, value, options];
    if (this.inputs?.every((input, i) => input === next[i])) return;
    this.inputs = next;
    this.start();
  }

  /** Fires `event` from the host once it has rendered what it shows now. */
  report(event: Event | undefined): void {
    this.pendingEvent = event;
  }

  hostConnected(): void {
    // Back on the page after a removal that aborted the fetch: load again.
    if (this.state.status === 'loading' && !this.request) this.start();
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
  }

  hostUpdated(): void {
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  private start(): void {
    this.request?.abort();
    this.request = undefined;
    const [url, value, options] = this.inputs ?? [undefined, undefined, undefined as Options];
    if (value !== undefined && value !== null) {
      this.settle(this.reader.read(value, options));
    } else if (url) {
      this.set({ status: 'loading' });
      if (!this.host.isConnected) return;
      const request = new AbortController();
      this.request = request;
      void this.reader.fetch(url, request.signal, options).then((outcome) => {
        if (request.signal.aborted) return;
        this.request = undefined;
        this.settle(outcome);
      });
    } else {
      const fallback = this.reader.fallback?.(options);
      if (fallback) this.settle(fallback);
      else this.set({ status: 'idle' });
    }
  }

  private settle(outcome: Ready | LoadFailed): void {
    this.set(outcome);
    this.report(this.reader.announce?.(outcome));
  }

  private set(state: LoadState<Ready>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
