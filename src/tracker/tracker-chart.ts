/**
 * The proportion bars of a review (part `summary-chart`): the listed recommendations by
 * response and by implementation, each segment its share of the announced total, the unlisted
 * remainder a muted segment of its own. Widths are SVG attributes and colours classes, so a
 * strict Content-Security-Policy (no inline styles) shows them. The legend says it in words.
 */
import { html, svg } from 'lit';
import { uiLanguage } from '../shared/messages.js';
import type { Proportions } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';
import { formatPercent } from '../shared/format-number.js';

/** Width of the bar in viewBox units; the SVG stretches to its container. */
const barUnits = 1000;

function renderBar(
  kind: 'response' | 'implementation',
  caption: string,
  proportions: Proportions,
  names: Record<string, string>,
  lang: string,
) {
  const t = trackerMessages(lang);
  return html`<figure class="bar-figure" data-kind=${kind}>
    <figcaption>${caption}</figcaption>
    <svg
      class="bar"
      viewBox="0 0 ${barUnits} 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="bar-track" x="0" y="0" width=${barUnits} height="10"></rect>
      ${proportions.segments.map(
        (segment) =>
          svg`<rect class="seg ${kind}-${segment.key}" data-key=${segment.key}
            x=${segment.offset * barUnits} y="0" width=${segment.fraction * barUnits} height="10"></rect>`,
      )}
    </svg>
    <ul class="bar-legend">
      ${proportions.segments.map(
        (segment) =>
          html`<li data-key=${segment.key}>
            <span class="swatch ${kind}-${segment.key}"></span>${
              segment.key === 'unlisted'
                ? `${t.notListed(segment.count)} (${formatPercent(segment.fraction, uiLanguage(lang))})`
                : t.segment(
                    names[segment.key] ?? segment.key,
                    segment.count,
                    formatPercent(segment.fraction, uiLanguage(lang)),
                  )
            }
          </li>`,
      )}
    </ul>
  </figure>`;
}

export function renderSummaryChart(
  byResponse: Proportions,
  byImplementation: Proportions,
  lang: string,
) {
  const t = trackerMessages(lang);
  if (!byResponse.total) return html``;
  return html`<div part="summary-chart" class="summary-chart">
    ${renderBar('response', t.byResponse, byResponse, t.responseNames, lang)}
    ${renderBar(
      'implementation',
      t.byImplementation,
      byImplementation,
      t.implementationNames,
      lang,
    )}
  </div>`;
}
