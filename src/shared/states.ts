/**
 * The states every widget shows besides "ready" (components.md): loading, error and empty.
 * Template functions, not elements, so that widgets stay the only registered names.
 */
import { css, html, nothing } from 'lit';
import { issueMessage } from '../data/dataset-issues.js';
import type { DatasetError } from '../data/validate-dataset.js';
import { clearing } from './filter-bar.js';
import { messagesFor } from './messages.js';

/** Beyond this many, the error lists the first ones and says how many more there are. */
const maxIssuesShown = 50;

export const stateStyles = css`
  .state {
    display: grid;
    place-content: center;
    gap: 0.5em;
    min-height: var(--civic-state-min-height, 12rem);
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
  }
  .state[part~='error'] {
    place-content: start stretch;
    text-align: start;
    color: var(--_text);
    border-color: var(--_error);
    overflow: auto;
    max-height: var(--civic-error-max-height, 24rem);
  }
  .state h2 {
    margin: 0;
    font-size: 1em;
    color: var(--_error);
  }
  .state ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .state code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .state .text {
    overflow-wrap: anywhere;
  }
`;

/** A placeholder of the final size, so the page does not jump when the data arrives. */
export function renderLoading(lang: string) {
  return html`<div class="state" part="loading" role="status">${messagesFor(lang).loading}</div>`;
}

/** The error, with every problem's JSON path; dataset text in it is shown as text. */
export function renderError(error: DatasetError, lang: string) {
  const messages = messagesFor(lang);
  const shown = error.issues.slice(0, maxIssuesShown);
  const hidden = error.issues.length - shown.length;
  return html`<div class="state" part="error" role="alert">
    <h2>${messages.errorTitle}</h2>
    <p>${messages.problemCount(error.issues.length)}</p>
    <ul>
      ${shown.map(
        (issue) =>
          html`<li data-path=${issue.path}>
            <code>${issue.path || messages.wholeFile}</code>:
            <span class="text">${issueMessage(issue, lang)}</span>
          </li>`,
      )}
      ${hidden > 0 ? html`<li>${messages.moreProblems(hidden)}</li>` : nothing}
    </ul>
  </div>`;
}

/** Nothing to show: says so, and offers to clear the filter when a filter is the reason. */
export function renderEmpty(lang: string, onClearFilters?: () => void) {
  const messages = messagesFor(lang);
  const clear = onClearFilters && clearing(onClearFilters);
  return html`<div class="state" part="empty">
    <p>${clear ? messages.emptyFiltered : messages.emptyDataset}</p>
    ${
      clear
        ? html`<p>
            <button type="button" @click=${clear}>${messages.clearFilters}</button>
          </p>`
        : nothing
    }
  </div>`;
}
