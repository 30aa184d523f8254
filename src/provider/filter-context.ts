import { createContext } from '@lit/context';
import type { Filter } from '../filter/filter.js';

/** The shared filter, and how a widget changes it on behalf of the reader. */
export interface FilterContextValue {
  filter: Filter;
  /** Replaces the filter and fires `civic-filter-change` on `<civic-dataset>`. */
  setFilter(filter: Filter): void;
}

export const filterContext = createContext<FilterContextValue>(
  Symbol.for('civic-space-widgets:filter:1'),
);
