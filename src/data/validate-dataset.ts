/**
 * From any value to a dataset the widgets can trust, or every problem with its path.
 * Never throws.
 */
import { fromZodIssues, makeIssue, type DatasetIssue } from './dataset-issues.js';
import { checkDatasetRules } from './dataset-rules.js';
import { toJsonValue, type JsonValue } from './json-value.js';
import type { Dataset } from './schema.js';
import { supportedSchemaVersion } from './schema-values.js';
import type { ShapeIssue } from './shape-check.js';
import { checkDataset } from './validate-shape.generated.js';

/** Why a dataset could not be used: a summary sentence and every problem found. */
export interface DatasetError {
  message: string;
  issues: DatasetIssue[];
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; error: DatasetError };

export function datasetError(issues: DatasetIssue[], what = 'The dataset'): DatasetError {
  const count = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
  return { message: `${what} has ${count}; nothing is shown until it is fixed.`, issues };
}

/** Validates a value an embedder passed (`data`), copying it first so the page cannot change it. */
export function validateDataset(value: unknown): DatasetResult {
  const json = toJsonValue(value);
  if (!json.ok) return { ok: false, error: datasetError(json.issues) };
  return validateJsonValue(json.value);
}

/** Validates a value that is already a null-prototype JSON value (from `parseJson`). */
export function validateJsonValue(value: JsonValue): DatasetResult {
  // A document of another schema version is reported alone, not as dozens of shape errors.
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const version = Object.hasOwn(value, 'schemaVersion') ? value.schemaVersion : undefined;
    if (version !== undefined && version !== supportedSchemaVersion) {
      const issue = makeIssue('schemaVersion', 'schema-version', {
        value: JSON.stringify(version),
      });
      return { ok: false, error: datasetError([issue]) };
    }
  }
  // The schema's checks, generated from it as plain functions (scripts/build-validator.ts): the
  // issues zod would report, without zod in the bundle.
  const found: ShapeIssue[] = [];
  checkDataset(value, found);
  const shapeIssues = fromZodIssues(found);
  // The rules run on what is readable even when the shape is wrong: every problem at once.
  // A path the shape check already reported is not reported twice.
  const reported = new Set(shapeIssues.map((issue) => issue.path));
  const ruleIssues = checkDatasetRules(value).filter((issue) => !reported.has(issue.path));
  const issues = [...shapeIssues, ...ruleIssues];
  if (issues.length) return { ok: false, error: datasetError(issues) };
  // The input itself: its objects have null prototypes (json-value.ts), and it was only checked.
  return { ok: true, dataset: value as unknown as Dataset };
}
