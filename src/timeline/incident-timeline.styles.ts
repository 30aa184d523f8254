import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_mark-height: var(--civic-timeline-mark-height, 12px);
    --_uncertain-opacity: var(--civic-timeline-uncertain-opacity, 0.35);
    --_selected: var(--civic-color-selected, light-dark(#1f2328, #ffffff));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem 0.75rem;
    margin-block-end: 0.5rem;
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.125em 0.5em;
  }
  .verified-only[aria-pressed='true'] {
    outline: 2px solid var(--_selected);
    outline-offset: -2px;
  }
  .legend button[aria-pressed='false'] {
    opacity: 0.55;
    text-decoration: line-through;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_color);
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .note {
    margin: 0.25rem 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .chart {
    position: relative;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .placeholder {
    min-height: 12rem;
  }
  svg {
    display: block;
    overflow: visible;
    font: inherit;
  }
  .lane-label {
    fill: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
  }
  .lane-rule {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  rect[part='incident'] {
    cursor: pointer;
    outline: none;
    fill: var(--_color);
    stroke: var(--_color);
    stroke-width: 1.5;
  }
  /* Drawn as what they are: a known day is a solid dot, a period a solid bar, a date known
     only to its month or year a faint bar with a dashed edge ("some time in"). */
  rect.kind-month,
  rect.kind-year,
  rect.kind-after,
  rect.kind-before,
  rect.kind-about {
    fill-opacity: var(--_uncertain-opacity);
    stroke-dasharray: 3 2;
  }
  /* Reported or alleged, not verified: hollow, with a dotted edge (not by colour alone). */
  rect.unverified {
    fill-opacity: 0;
    stroke-dasharray: 1 2;
  }
  rect[part='incident']:hover {
    stroke: var(--_text);
  }
  rect[part='incident']:focus-visible,
  rect[part='incident'].selected {
    stroke: var(--_selected);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  [part='aggregate'] {
    cursor: zoom-in;
  }
  [part='aggregate'] .certain {
    fill: var(--_color);
  }
  [part='aggregate'] .uncertain {
    fill: var(--_color);
    fill-opacity: var(--_uncertain-opacity);
  }
  .active-bin {
    fill: none;
    stroke: var(--_selected);
    stroke-width: 2;
    pointer-events: none;
  }
  svg:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='axis'] line {
    stroke: var(--_border);
  }
  [part='axis'] text {
    fill: var(--_muted);
    font-size: 0.75em;
  }
  .brush-band {
    fill: transparent;
    cursor: col-resize;
  }
  .brush {
    fill: var(--_accent);
    fill-opacity: 0.15;
    stroke: var(--_accent);
  }
  .period {
    fill: var(--_accent);
    fill-opacity: 0.06;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .kinds svg {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 0.25em;
  }
  .kinds rect {
    fill: var(--_muted);
    stroke: var(--_muted);
  }
  .kinds rect.kind-month,
  .kinds rect.kind-after {
    fill-opacity: var(--_uncertain-opacity);
    stroke-dasharray: 3 2;
  }
  .kinds rect.kind-unverified {
    fill-opacity: 0;
    stroke-dasharray: 1 2;
  }
  .undated {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    font-weight: 600;
  }
  /* Narrow containers: a list by month instead of a squeezed axis. */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .list ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list [part='incident'] {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    width: 100%;
    text-align: start;
    padding: 0.375rem 0.5rem;
    margin-block-end: 0.25rem;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_color);
  }
  .list [part='incident'].kind-month,
  .list [part='incident'].kind-year,
  .list [part='incident'].kind-after,
  .list [part='incident'].kind-before,
  .list [part='incident'].kind-about {
    border-inline-start-style: dashed;
  }
  .list [part='incident'].unverified {
    border-style: dotted;
  }
  .list [part='incident'].selected {
    outline: 2px solid var(--_selected);
  }
  .list .when {
    flex: none;
    min-width: 6em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  @media print {
    .toolbar button,
    [part='table-toggle'] {
      display: none;
    }
  }
`;
