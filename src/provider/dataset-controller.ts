/**
 * Loads a host's own dataset from `src` or validates its `data`, and fires `civic-load` /
 * `civic-error` once the host has rendered the outcome. Shared by `<civic-dataset>` and the
 * widgets that stand alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetState } from '../data/dataset-state.js';
import { loadDataset } from '../data/load-dataset.js';
import { validateDataset, type DatasetResult } from '../data/validate-dataset.js';
import { CivicErrorEvent, CivicLoadEvent } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'idle' };
  private src: string | undefined;
  private data: unknown;
  private request?: AbortController;
  private pendingEvent?: Event;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Call when `src` or `data` changed. `data` wins when both are set. A newer call aborts the
   * fetch of an older one, so a stale response can never replace a newer dataset.
   */
  use(src: string | null | undefined, data: unknown): void {
    this.src = src || undefined;
    this.data = data;
    this.start();
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
    // Events go out after the host shows the outcome, so listeners see a rendered widget.
    const event = this.pendingEvent;
    this.pendingEvent = undefined;
    if (event) this.host.dispatchEvent(event);
  }

  private start(): void {
    this.request?.abort();
    this.request = undefined;
    if (this.data !== undefined && this.data !== null) {
      this.settle(validateDataset(this.data));
    } else if (this.src) {
      this.set({ status: 'loading' });
      if (!this.host.isConnected) return;
      const request = new AbortController();
      this.request = request;
      void loadDataset(this.src, { signal: request.signal }).then((result) => {
        if (request.signal.aborted) return;
        this.request = undefined;
        this.settle(result);
      });
    } else {
      this.set({ status: 'idle' });
    }
  }

  private settle(result: DatasetResult): void {
    if (result.ok) {
      this.set({ status: 'ready', dataset: result.dataset });
      this.pendingEvent = new CivicLoadEvent(result.dataset);
    } else {
      this.set({ status: 'error', error: result.error });
      this.pendingEvent = new CivicErrorEvent(result.error);
    }
  }

  private set(state: DatasetState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
