/**
 * The events of components.md. Each bubbles and is composed (it crosses shadow roots) and
 * carries a plain, serialisable `detail`.
 */
import type { Dataset } from '../data/schema.js';
import type { DatasetIssue } from '../data/dataset-issues.js';
import type { DatasetError } from '../data/validate-dataset.js';
import type { Filter } from '../filter/filter.js';

const options = { bubbles: true, composed: true } as const;

/** `civic-load`: a dataset was loaded and validated. */
export class CivicLoadEvent extends CustomEvent<{ dataset: Dataset }> {
  static readonly eventName = 'civic-load';
  constructor(dataset: Dataset) {
    super(CivicLoadEvent.eventName, { ...options, detail: { dataset } });
  }
}

/** `civic-error`: a dataset (or boundaries) could not be loaded or did not validate. */
export class CivicErrorEvent extends CustomEvent<{
  message: string;
  issues: { path: string; message: string }[];
}> {
  static readonly eventName = 'civic-error';
  constructor(error: DatasetError) {
    const issues = error.issues.map(({ path, message }: DatasetIssue) => ({ path, message }));
    super(CivicErrorEvent.eventName, { ...options, detail: { message: error.message, issues } });
  }
}

export const selectionTypes = ['incident', 'region', 'place', 'recommendation'] as const;
export type SelectionType = (typeof selectionTypes)[number];

/** `civic-select`: the reader selected a record (or cleared the selection: `id: null`). */
export class CivicSelectEvent extends CustomEvent<{ type: SelectionType; id: string | null }> {
  static readonly eventName = 'civic-select';
  constructor(type: SelectionType, id: string | null) {
    super(CivicSelectEvent.eventName, { ...options, detail: { type, id } });
  }
}

/** `civic-filter-change`: the reader changed the shared filter. */
export class CivicFilterChangeEvent extends CustomEvent<{ filter: Filter }> {
  static readonly eventName = 'civic-filter-change';
  constructor(filter: Filter) {
    super(CivicFilterChangeEvent.eventName, { ...options, detail: { filter } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-load': CivicLoadEvent;
    'civic-error': CivicErrorEvent;
    'civic-select': CivicSelectEvent;
    'civic-filter-change': CivicFilterChangeEvent;
  }
}
