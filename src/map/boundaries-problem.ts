/**
 * What the map shows instead of itself when its boundaries cannot be used: the problems of the
 * boundaries file, or, when none were given and the built-in ones do not fit the dataset's
 * country, a request for `geo`.
 */
import { html } from 'lit';
import type { DatasetError } from '../data/validate-dataset.js';
import { renderError } from '../shared/states.js';
import { mapMessages } from './map-messages.js';

export interface BoundariesProblem {
  error: DatasetError;
  /** The dataset's country, in the reader's language. */
  country: string;
}

export function renderBoundariesProblem({ error, country }: BoundariesProblem, lang: string) {
  if (error.issues[0]?.path !== 'geo') return renderError(error, lang);
  const t = mapMessages(lang);
  return html`<div class="state" part="error" role="alert">
    <h2>${t.boundariesTitle}</h2>
    <p data-path="geo">${t.boundariesNeeded(country)}</p>
  </div>`;
}
