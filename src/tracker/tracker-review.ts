/**
 * The review at the head of the tracker: buttons to switch between reviews (when there are
 * several), its name, body and summary, the honest arithmetic in a sentence and the
 * proportion bars.
 */
import { html, nothing } from 'lit';
import type { Review } from '../data/schema.js';
import { resolveText, textIn } from '../data/text.js';
import { formatPartialDate } from '../shared/format-date.js';
import { renderSummaryChart } from './tracker-chart.js';
import { reviewsByDate } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';
import type { ReviewModel } from './tracker-model.js';

type ReviewHead = Pick<ReviewModel, 'review' | 'summary' | 'byResponse' | 'byImplementation'>;

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
  const t = trackerMessages(lang);
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

/** The review's name, body and summary, its arithmetic in a sentence and its proportion bars. */
export function renderReview(
  { review, summary, byResponse, byImplementation }: ReviewHead,
  lang: string,
) {
  const t = trackerMessages(lang);
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
    ${renderSummaryChart(byResponse, byImplementation, lang)}
  </header>`;
}
