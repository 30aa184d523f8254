import { css } from 'lit';

// Okabe & Ito colours (colour-blind safe); every colour also has its word beside it.
export const trackerStyles = css`
  :host {
    --_supported: var(--civic-tracker-supported, #009e73);
    --_noted: var(--civic-tracker-noted, #e69f00);
    --_pending: var(--civic-tracker-pending, #56b4e9);
    --_unknown: var(--civic-tracker-unknown, light-dark(#8c8c8c, #8c8c8c));
    --_implemented: var(--civic-tracker-implemented, #009e73);
    --_in-progress: var(--civic-tracker-in-progress, #56b4e9);
    --_not-started: var(--civic-tracker-not-started, #cc79a7);
    --_regressed: var(--civic-tracker-regressed, #d55e00);
    --_implementation-unknown: var(--civic-tracker-implementation-unknown, #8c8c8c);
    --_unlisted: var(--civic-tracker-unlisted, light-dark(#e4e7eb, #2f353d));
    --_bar-height: var(--civic-tracker-bar-height, 1rem);
    --_selected: var(--civic-color-selected, light-dark(#1f2328, #ffffff));
  }
  .response-supported {
    --_color: var(--_supported);
  }
  .response-noted {
    --_color: var(--_noted);
  }
  .response-pending {
    --_color: var(--_pending);
  }
  .response-unknown {
    --_color: var(--_unknown);
  }
  .implementation-implemented {
    --_color: var(--_implemented);
  }
  .implementation-in-progress {
    --_color: var(--_in-progress);
  }
  .implementation-not-started {
    --_color: var(--_not-started);
  }
  .implementation-regressed {
    --_color: var(--_regressed);
  }
  .implementation-unknown {
    --_color: var(--_implementation-unknown);
  }
  .response-unlisted,
  .implementation-unlisted {
    --_color: var(--_unlisted);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }
  .switcher {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .switcher button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
    font-weight: 600;
  }
  .review p {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .review-meta,
  .note,
  .count,
  .theme-count,
  .states,
  .when {
    color: var(--_muted);
  }
  .arithmetic {
    font-weight: 600;
  }
  .summary-chart {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.5rem 1.5rem;
    margin: 0.5rem 0 0.75rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-size: 0.85em;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: var(--_bar-height);
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .bar-track {
    fill: var(--_background);
  }
  .seg {
    fill: var(--_color);
  }
  .bar-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    border: 1px solid var(--_border);
    background: var(--_color);
    vertical-align: -0.05em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    margin: 0.75rem 0 0.25rem;
  }
  .filters label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  select,
  input {
    font: inherit;
    font-size: 1rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.4em;
    max-width: 16rem;
  }
  .search {
    flex: 1 1 12rem;
  }
  .search input {
    max-width: none;
    width: 100%;
  }
  .count {
    margin: 0.25rem 0;
    font-size: 0.9em;
  }
  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='recommendation'] {
    margin-block-end: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  [part='recommendation'].open {
    outline: 2px solid var(--_selected);
    outline-offset: -1px;
  }
  .row-button {
    display: grid;
    gap: 0.25rem;
    width: 100%;
    text-align: start;
    border: 0;
    background: transparent;
    padding: 0.375rem 0.5rem;
  }
  .row-button:hover {
    background: var(--_surface);
  }
  .rec-text {
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .open .rec-text {
    display: block;
    -webkit-line-clamp: none;
    line-clamp: none;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.85em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
  }
  .states {
    overflow-wrap: anywhere;
  }
  .badge-label {
    color: var(--_muted);
    margin-inline-end: 0.25em;
  }
  .rec-detail {
    padding: 0.25rem 0.75rem 0.5rem;
    border-block-start: 1px solid var(--_border);
    background: var(--_surface);
  }
  .rec-detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0;
  }
  .rec-detail dt {
    color: var(--_muted);
  }
  .rec-detail dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .rec-detail h4 {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.9em;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  .more {
    margin-block-start: 0.25rem;
  }
  .context {
    margin-block-start: 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .context h3 {
    margin-block-start: 0;
  }
  .context p {
    margin: 0.25rem 0;
  }
  .context-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .context-list .when {
    margin-inline-end: 0.5em;
  }
  @media (forced-colors: active) {
    .seg,
    .swatch {
      forced-color-adjust: none;
    }
  }
  @media print {
    .switcher,
    .filters,
    .more,
    [part='table-toggle'] {
      display: none;
    }
    .rec-text {
      display: block;
      -webkit-line-clamp: none;
      line-clamp: none;
    }
    [part='recommendation'] {
      break-inside: avoid;
    }
    /* The shared filter's words stay on paper (its button goes); the tracker's form does not. */
    [part~='filters'] {
      display: flex;
    }
    /* In greyscale, segments of like grey stay apart; their words are in the legend. */
    .seg {
      stroke: #fff;
      stroke-width: 2px;
      vector-effect: non-scaling-stroke;
    }
    .swatch,
    svg.bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
