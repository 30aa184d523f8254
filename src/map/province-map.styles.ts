import { css } from 'lit';

/**
 * The scale is ColorBrewer "Oranges" (sequential, one hue, lightness falling step by step), so
 * that its classes stay in order in greyscale print and for colour-blind readers; in dark mode
 * it runs the other way (more is brighter). Zero has a step of its own, lighter than the first
 * class; regions absent from the dataset are hatched, never a colour of the scale.
 */
export const mapStyles = css`
  :host {
    --_s0: var(--civic-map-0, light-dark(#fff5eb, #26211d));
    --_s1: var(--civic-map-1, light-dark(#fdd0a2, #4f3420));
    --_s2: var(--civic-map-2, light-dark(#fdae6b, #7f4516));
    --_s3: var(--civic-map-3, light-dark(#fd8d3c, #b75a12));
    --_s4: var(--civic-map-4, light-dark(#e6550d, #e87a2a));
    --_s5: var(--civic-map-5, light-dark(#a63603, #ffb36b));
    --_no-data: var(--civic-map-no-data, light-dark(#f1f2f4, #2b2f35));
    --_context: var(--civic-map-context, light-dark(#eceef1, #262a30));
    --_place: var(--civic-map-place, light-dark(#1f2328, #e6e8eb));
    --_selected: var(--civic-color-selected, light-dark(#1f2328, #ffffff));
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .map {
    position: relative;
  }
  .placeholder {
    min-height: 20rem;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    font: inherit;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .context {
    fill: var(--_context);
    stroke: var(--_border);
    stroke-width: 0.75;
  }
  .land {
    fill: var(--_no-data);
    stroke: var(--_muted);
    stroke-width: 0.5;
  }
  .region {
    /* A visible line between regions, so that a region with 0 stays on the map on a page of
       the same colour as the lightest class. */
    stroke: var(--civic-map-border, light-dark(#c9ccd2, #4a5059));
    stroke-width: 0.75;
    stroke-linejoin: round;
    outline: none;
  }
  .region[role='button'] {
    cursor: pointer;
  }
  .region[role='button']:hover {
    stroke: var(--_text);
  }
  .s0 {
    fill: var(--_s0);
  }
  .s1 {
    fill: var(--_s1);
  }
  .s2 {
    fill: var(--_s2);
  }
  .s3 {
    fill: var(--_s3);
  }
  .s4 {
    fill: var(--_s4);
  }
  .s5 {
    fill: var(--_s5);
  }
  .region.no-data {
    stroke: var(--_muted);
    stroke-width: 0.5;
  }
  .hatch-ground {
    fill: var(--_no-data);
  }
  .hatch-line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .outlines path {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .outlines .filtered {
    stroke: var(--_selected);
    stroke-width: 2.5;
  }
  /* Not by colour alone: a dashed edge, and a hollow marker, where nothing is verified. */
  .outlines .unverified {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 2 3;
  }
  [part='place'].unverified {
    fill: var(--_background);
    stroke: var(--_place);
    stroke-dasharray: 2 1.5;
  }
  .swatch.unverified-swatch {
    border: 1.5px dashed var(--_text);
    background: none;
  }
  .outlines .focus {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 5 3;
  }
  .labels {
    pointer-events: none;
  }
  .label {
    font-size: 12px;
    dominant-baseline: central;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label.place {
    font-weight: 600;
  }
  [part='place'] {
    fill: var(--_place);
    stroke: var(--_background);
    stroke-width: 1.5;
    cursor: pointer;
    outline: none;
  }
  [part='place']:focus-visible,
  [part='place'].selected {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .legend {
    margin-block-start: 0.5rem;
    font-size: 0.875em;
  }
  .legend p {
    margin: 0.25rem 0;
  }
  .legend-title {
    font-weight: 600;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.875rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scale li {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 0.875em;
    border: 1px solid var(--_border);
  }
  .swatch.s0 {
    background: var(--_s0);
  }
  .swatch.s1 {
    background: var(--_s1);
  }
  .swatch.s2 {
    background: var(--_s2);
  }
  .swatch.s3 {
    background: var(--_s3);
  }
  .swatch.s4 {
    background: var(--_s4);
  }
  .swatch.s5 {
    background: var(--_s5);
  }
  .swatch.no-data {
    background: repeating-linear-gradient(45deg, var(--_muted) 0 1px, var(--_no-data) 1px 4px);
  }
  .swatch.place-swatch {
    width: 0.625em;
    height: 0.625em;
    border-radius: 50%;
    background: var(--_place);
  }
  .unlocated {
    font-weight: 600;
  }
  .note {
    color: var(--_muted);
  }
  .incidents {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .incidents button {
    display: flex;
    gap: 0.5rem;
    width: 100%;
    margin-block-end: 0.25rem;
    text-align: start;
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .when {
    flex: none;
    min-width: 6em;
    color: var(--_muted);
  }
  @media print {
    button,
    [part='table-toggle'] {
      display: none;
    }
    .region {
      stroke: #000;
      stroke-width: 0.5;
    }
    /* The key's swatches are backgrounds, which print leaves out unless asked. */
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
