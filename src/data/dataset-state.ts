import type { Dataset } from './schema.js';
import type { DatasetError } from './validate-dataset.js';

/** Where a widget or `<civic-dataset>` stands with its data. */
export type DatasetState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: DatasetError }
  | { status: 'ready'; dataset: Dataset };
