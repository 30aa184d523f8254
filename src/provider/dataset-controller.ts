/**
 * Loads a host's own dataset from `src` or validates its `data`, and fires `civic-load` /
 * `civic-error` once the host has rendered the outcome. Shared by `<civic-dataset>` and the
 * widgets that stand alone.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DatasetState } from '../data/dataset-state.js';
import { loadDataset } from '../data/load-dataset.js';
import { validateDataset, type DatasetResult } from '../data/validate-dataset.js';
import { CivicErrorEvent, CivicLoadEvent } from './events.js';
import { LoadController } from './load-controller.js';

type ReadyDataset = Extract<DatasetState, { status: 'ready' }>;

const outcome = (result: DatasetResult) =>
  result.ok
    ? { status: 'ready' as const, dataset: result.dataset }
    : { status: 'error' as const, error: result.error };

export class DatasetController extends LoadController<ReadyDataset> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, {
      read: (value) => outcome(validateDataset(value)),
      fetch: (url, signal) => loadDataset(url, { signal }).then(outcome),
      announce: (loaded) =>
        loaded.status === 'ready'
          ? new CivicLoadEvent(loaded.dataset)
          : new CivicErrorEvent(loaded.error),
    });
  }
}
