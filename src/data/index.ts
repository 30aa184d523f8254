/** The dataset layer: schema, partial dates, localized text, loading and validation. No DOM. */
export * from './schema.js';
export * from './partial-date.js';
export * from './text.js';
export * from './dataset-issues.js';
export * from './json-value.js';
export * from './validate-dataset.js';
export * from './load-dataset.js';
export * from './dataset-state.js';
