import { createContext } from '@lit/context';
import type { DatasetState } from '../data/dataset-state.js';

/**
 * What `<civic-dataset>` gives the widgets inside it. A registered symbol, so that the
 * widgets of another copy of this library on the same page still find the provider.
 */
export const datasetContext = createContext<DatasetState>(
  Symbol.for('civic-space-widgets:dataset:1'),
);
