/**
 * Fetching a dataset by URL: network failures, HTTP errors, bodies that are not JSON and
 * schema errors all come back as a `DatasetError`; nothing throws.
 */
import { makeIssue } from './dataset-issues.js';
import { errorText, parseJson } from './json-value.js';
import { datasetError, validateJsonValue, type DatasetResult } from './validate-dataset.js';

export interface LoadOptions {
  /** Aborts the request: a newer `src` replaces this one, or the element left the page. */
  signal?: AbortSignal;
  /** A server that has not answered by then is reported as unreachable. */
  timeoutMs?: number;
}

export const defaultTimeoutMs = 30_000;

export async function loadDataset(url: string, options: LoadOptions = {}): Promise<DatasetResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  // A timeout is worded in the reader's language; a browser's own message is quoted as it is.
  const failure = (params: { detail: string } | { seconds: number }) => ({
    ok: false as const,
    error: datasetError([makeIssue('', 'network', { url, ...params })], 'Loading the dataset'),
  });
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      const issue = makeIssue('', 'http-status', { url, status: response.status });
      return { ok: false, error: datasetError([issue], 'Loading the dataset') };
    }
    const json = parseJson(await response.text());
    if (!json.ok) return { ok: false, error: datasetError(json.issues, 'The dataset file') };
    return validateJsonValue(json.value);
  } catch (error) {
    if (timeout.aborted)
      return failure({ seconds: Math.round((options.timeoutMs ?? defaultTimeoutMs) / 1000) });
    return failure({ detail: errorText(error) });
  }
}
