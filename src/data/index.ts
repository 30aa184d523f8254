/**
 * `civic-space-widgets/dataset`'s data half: the dataset's types and the functions that read a
 * dataset as the widgets do. No DOM. Everything else in src/data/ is internal.
 */
export type {
  Category,
  Dataset,
  DateQualifier,
  ImplementationStatus,
  Incident,
  People,
  Place,
  RatingValue,
  Recommendation,
  Region,
  Response,
  Review,
  Source,
  Theme,
  Verification,
} from './schema.js';
export {
  dateQualifiers,
  implementationStatuses,
  ratingValues,
  responses,
  supportedSchemaVersion,
  verificationStatuses,
} from './schema-values.js';
export type { PartialDate, Precision, TimeSpan } from './partial-date.js';
export { isPartialDate, parsePartialDate, precisions, spanOf } from './partial-date.js';
export type { ResolvedText, Text } from './text.js';
export { resolveText } from './text.js';
export type { DatasetIssue, IssueCode } from './dataset-issues.js';
export { issueCodes, issueMessage } from './dataset-issues.js';
export type { DatasetError, DatasetResult } from './validate-dataset.js';
export { validateDataset } from './validate-dataset.js';
export type { LoadOptions } from './load-dataset.js';
export { loadDataset } from './load-dataset.js';
export type { DatasetState } from './dataset-state.js';
