/**
 * The review at the head of the tracker: buttons to switch between reviews (when there are
 * several), its name, body and summary, the honest arithmetic in a sentence and the
 * proportion bars.
 */
import { html, nothing } from 'lit';
import type { Review } from '../data/schema.js';
import { resolveText, textIn } from '../data/text.js';
import { formatPartialDate } from '../shared/format-date.js';
import { messagesFor } from '../shared/messages.js';
import { renderSummaryChart } from './tracker-chart.js';
import { reviewsByDate, type Proportions } from './tracker-layout.js';

/** "Universal Periodic Review, December 2024". */
export function reviewName(review: Review, lang: string): string {
  return `${textIn(review.mechanism, lang)}, ${formatPartialDate(review.date, lang)}`;
}

export function renderSwitcher(
  reviews: readonly Review[],
  current: Review,
  lang: string,
  onSwitch: (id: string) => void,
) {
  if (reviews.length < 2) return nothing;
  const t = messagesFor(lang).tracker;
  return html`<div class="switcher" role="group" aria-label=${t.reviews}>
    ${reviewsByDate(reviews).map(
      (review) =>
        html`<button
          type="button"
          data-review=${review.id}
          aria-pressed=${review === current ? 'true' : 'false'}
          @click=${() => onSwitch(review.id)}
        >
          ${reviewName(review, lang)}
        </button>`,
    )}
  </div>`;
}

/** `summary`: the arithmetic in one sentence (`trackerSummary`). */
export function renderReview(
  review: Review,
  summary: string,
  byResponse: Proportions | undefined,
  byImplementation: Proportions | undefined,
  lang: string,
) {
  const t = messagesFor(lang).tracker;
  const body = resolveText(review.body, lang);
  const about = resolveText(review.summary, lang);
  return html`<header class="review">
    <h2 id="review-title">${reviewName(review, lang)}</h2>
    <p class="review-meta">
      <span lang=${body.lang ?? nothing}>${body.text}</span>${
        review.cycle ? `, ${t.cycle(review.cycle)}` : ''
      }
    </p>
    ${
      about.text
        ? html`<p class="review-summary" lang=${about.lang ?? nothing}>${about.text}</p>`
        : nothing
    }
    <p class="arithmetic" id="summary" tabindex="-1">${summary}</p>
    ${
      byResponse && byImplementation
        ? renderSummaryChart(byResponse, byImplementation, lang)
        : nothing
    }
  </header>`;
}
