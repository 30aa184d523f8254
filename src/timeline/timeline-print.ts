/**
 * The timeline on paper: the whole window scaled to the page, no buttons (the legend stays, as
 * words), and each category's marks and swatch hatched with a pattern of its own, so that in
 * greyscale a category is still told apart where its lane does not name it (grouped by region
 * or not at all). Eight patterns, for the palette's eight colours; a ninth category repeats
 * the first's.
 */
import { css, nothing, svg, unsafeCSS } from 'lit';

const line = svg`<path d="M0 0V6"></path>`;
const dot = (r: number) => svg`<circle cx="3" cy="3" r=${r}></circle>`;

/** Each pattern's marks over the category's colour, in a 6 px tile, and the tile's turn. */
const hatches = [
  [nothing, 0],
  [line, 45],
  [line, -45],
  [line, 90],
  [line, 0],
  [dot(1.2), 0],
  [svg`<path d="M0 0V6M0 0H6"></path>`, 45],
  [dot(2.2), 0],
] as const;

/** The same marks for the legend's swatches, as CSS backgrounds. */
const lines = (turn: number) =>
  `repeating-linear-gradient(${turn}deg, #000 0 1px, transparent 1px 4px)`;
const dots = (r: number) => `radial-gradient(#000 ${r}px, transparent ${r + 0.5}px) 0 0 / 4px 4px`;
const swatchHatches = [
  'none',
  lines(45),
  lines(-45),
  lines(0),
  lines(90),
  dots(1),
  `${lines(45)}, ${lines(-45)}`,
  dots(1.8),
];

/** The patterns, in the chart's `<defs>` (used only by the print styles). */
export const printPatterns = svg`<defs>${hatches.map(
  ([marks, turn], i) => svg`<pattern id="print-${i}" width="6" height="6"
    patternUnits="userSpaceOnUse" patternTransform="rotate(${turn})">
    <rect class="print-ground cat-${i}" width="6" height="6"></rect>
    <g class="print-hatch">${marks}</g></pattern>`,
)}</defs>`;

const patternRules = hatches
  .map(
    (_, i) =>
      `rect[part='incident'].cat-${i}, [part='aggregate'].cat-${i} path { fill: url(#print-${i}); }
      .legend .cat-${i} .swatch { background: ${swatchHatches[i]}, var(--_color); }`,
  )
  .join('\n');

export const timelinePrintStyles = css`
  .print-ground {
    fill: var(--_color);
  }
  .print-hatch {
    fill: #000;
    stroke: #000;
    stroke-width: 1.2;
  }
  @media print {
    .zoom,
    .verified-only,
    .detail .close {
      display: none;
    }
    .toolbar .legend button {
      display: inline-flex;
      padding-inline: 0;
      border-color: transparent;
      background: none;
    }
    .chart svg {
      max-width: 100%;
      height: auto;
    }
    .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    ${unsafeCSS(patternRules)}
  }
`;
