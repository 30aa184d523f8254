import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, ImplementationStatus, Response, Review } from '../data/schema.js';
import { CivicSelectEvent } from '../provider/events.js';
import { CivicWidget, defineOnce, widgetStyles, type WidgetInput } from '../shared/civic-widget.js';
import { renderFilterBar } from '../shared/filter-bar.js';
import { linearStep, RovingFocus } from '../shared/roving-focus.js';
import { renderEmpty } from '../shared/states.js';
import { trackerStyles } from './recommendation-tracker.styles.js';
import { renderContext } from './tracker-context.js';
import { renderFilters } from './tracker-filters.js';
import { firstRows, type TrackerEntry, type TrackerFilter } from './tracker-layout.js';
import { trackerMessages } from './tracker-messages.js';
import {
  deriveTracker,
  trackerMemo,
  type ReviewModel,
  type TrackerModel,
} from './tracker-model.js';
import { renderReview, renderSwitcher } from './tracker-review.js';
import { renderGroups } from './tracker-rows.js';
import { renderRecommendationTable } from './tracker-table.js';

/** Rows of the list rendered at a time; the rest come with "Show more". */
const listPage = 100;
/** Rows of the table view rendered at a time. */
const tablePage = 500;

/**
 * The recommendations of each review (a UPR cycle, a UN resolution) by theme, with the
 * country's response and their implementation, and the honest arithmetic: how many were
 * announced, how many this dataset lists, and what it does not record. Filter by theme,
 * response, implementation and recommending state, search the text, and open a recommendation
 * to read it in full with its sources. Inside `<civic-dataset>`, the incidents of the twelve
 * months up to the review are shown as context, and the shared filter's `query` applies too.
 *
 * Recommendations that name no theme are grouped under "Other / no theme", whose `data-id` is
 * `(none)`. A recommendation with several themes is listed once, under its first theme (or
 * the theme filtered on), its other themes named in its detail.
 *
 * @tagname civic-recommendation-tracker
 * @summary Recommendations of each review by theme, response and implementation.
 * @fires civic-select - `{ type: 'recommendation', id }` when the reader opens a recommendation (`id: null` when closed).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own `src` or `data` could not be used.
 * @csspart theme - Each theme group, with `data-id` = the theme's id (`(none)` for no theme).
 * @csspart recommendation - Each recommendation row, with `data-id` = the recommendation's id.
 * @csspart summary-chart - The proportion bars of the review (by response and implementation).
 * @cssprop --civic-color-accent - Links and the selected review.
 * @cssprop --civic-tracker-supported - Colour of "supported" (also `-noted`, `-pending`, `-unknown`).
 * @cssprop --civic-tracker-implemented - Colour of "implemented" (also `-not-started`, `-in-progress`, `-regressed`, `-implementation-unknown`).
 * @cssprop --civic-tracker-unlisted - Colour of the recommendations announced but not listed.
 * @cssprop --civic-tracker-bar-height - Height of the proportion bars.
 */
export class RecommendationTracker extends CivicWidget<TrackerModel> {
  static override styles = [...widgetStyles, trackerStyles];

  /** Id of the review to show; default: the latest by date. */
  @property() review?: string;

  /** The review the reader switched to, over the `review` attribute. */
  @state() private chosenReview?: string;
  @state() private filter: TrackerFilter = {};
  @state() private selectedId: string | null = null;
  @state() private listRows = listPage;
  @state() private tableOpen = false;
  @state() private tableRows = tablePage;

  private readonly memo = trackerMemo();
  private readonly roving = new RovingFocus(
    this,
    (id) => `[part="recommendation"][data-id="${id}"] > .row-button`,
  );
  // What the last model showed: the reader's state follows when it changes (see `follow`).
  private shownReview?: Review;
  private shownEntries?: readonly TrackerEntry[];

  protected override derive(input: WidgetInput): TrackerModel {
    const reviewId = this.chosenReview ?? this.review;
    const own = { reviewId, trackerFilter: this.filter, filtersReview: this.shownReview };
    return deriveTracker({ ...input, ...own }, this.memo);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('review')) this.chosenReview = undefined;
    super.willUpdate(changed);
    if (this.model) this.follow(this.model);
  }

  /** The reader's own state after the review, or the rows the filters leave, changed. */
  private follow({ filter, current }: TrackerModel): void {
    if (current?.review !== this.shownReview) {
      // Another review: of the reader's filters only the words carry over (the model's filter).
      this.shownReview = current?.review;
      this.filter = filter;
      this.selectedId = null;
      this.listRows = listPage;
      this.tableRows = tablePage;
    }
    if (current && current.shown !== this.shownEntries) {
      // Other rows: the list starts again from its first page; a recommendation they hide closes.
      this.shownEntries = current.shown;
      this.listRows = listPage;
      if (!current.shown.some((e) => e.recommendation.id === this.selectedId))
        this.selectedId = null;
    }
  }

  protected override async viewExport(model: TrackerModel) {
    const { trackerExport } = await import('./tracker-export.js');
    return trackerExport(model, this.source.filter, this.width || 800, this.language.lang);
  }

  protected override renderModel({ dataset, filter, current }: TrackerModel, lang: string) {
    if (!current) return renderEmpty(lang);
    const t = trackerMessages(lang);
    const { review, entries, shown, sharedQuery, context } = current;
    const clear = () => this.clearFilters();
    return html`
      ${renderFilterBar(this.source.filter, dataset, lang, this.source.clearFilter)}
      ${renderSwitcher(dataset.reviews, review, lang, (id) => (this.chosenReview = id))}
      ${renderReview(current, lang)}
      ${
        entries.length
          ? html`${renderFilters(
                filter,
                current.themeOptions,
                current.stateOptions,
                dataset,
                lang,
                this.handleFilterChange,
                clear,
              )}
              <p class="count" role="status">
                ${t.showing(shown.length, entries.length)}${
                  sharedQuery ? html`, ${t.sharedQuery(sharedQuery)}` : nothing
                }
              </p>
              ${shown.length ? this.renderList(current, dataset, lang) : renderEmpty(lang, clear)}`
          : html`<p class="note">${t.noRecommendations}</p>`
      }
      ${context ? renderContext(review, context.incidents, context.matching, lang) : nothing}
      ${this.renderTable(current, dataset, lang)}
    `;
  }

  private renderList(current: ReviewModel, dataset: Dataset, lang: string) {
    const t = trackerMessages(lang);
    const left = current.ordered.length - this.listRows;
    return html`<p id="keyboard-help" class="visually-hidden">${t.keyboardHelp}</p>
      <div
        class="groups"
        role="group"
        aria-label=${t.label}
        aria-describedby="summary keyboard-help"
        @click=${this.handleClick}
        @keydown=${this.handleKeydown}
      >
        ${renderGroups({
          groups: firstRows(current.groups, this.listRows),
          groupTotals: current.groupTotals,
          dataset,
          rovingId: this.roving.rovingId(this.pageIds()),
          selectedId: this.selectedId,
          lang,
        })}
      </div>
      ${
        left > 0
          ? html`<button type="button" class="more" @click=${this.showMore}>
              ${t.showMore(Math.min(left, listPage), left)}
            </button>`
          : nothing
      }`;
  }

  private renderTable({ review, ordered }: ReviewModel, dataset: Dataset, lang: string) {
    const rows = this.tableOpen ? ordered.slice(0, this.tableRows) : [];
    const hidden = ordered.length - this.tableRows;
    return renderRecommendationTable(rows, review, dataset, lang, {
      open: this.tableOpen,
      more: { hidden, page: tablePage, onShowMore: () => (this.tableRows += tablePage) },
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  /** The entries in the list's order, none before the model. */
  private get ordered(): readonly TrackerEntry[] {
    return this.model?.current?.ordered ?? [];
  }

  /** The ids of the rows rendered: the list's pages so far. */
  private pageIds(): string[] {
    return this.ordered.slice(0, this.listRows).map((e) => e.recommendation.id);
  }

  private readonly handleFilterChange = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const key = control.dataset.filter as keyof TrackerFilter;
    const value = control.value;
    const next: TrackerFilter = { ...this.filter };
    if (key === 'response') next.response = value as Response | '';
    else if (key === 'implementation') next.implementation = value as ImplementationStatus | '';
    else if (key === 'theme' || key === 'state' || key === 'query') next[key] = value;
    this.filter = next;
  };

  private clearFilters(): void {
    this.filter = {};
    const { query, ...rest } = this.source.filter;
    if (this.source.linked && query) this.source.setFilter(rest);
  }

  /** The next page of rows; the reader goes on from its first row (this button may go). */
  private readonly showMore = () => {
    const first = this.ordered[this.listRows]?.recommendation.id;
    this.listRows += listPage;
    if (first) this.roving.moveTo(first);
  };
  private readonly handleClick = (event: MouseEvent) => {
    const target = event.target as Element;
    // Links and text in an open recommendation are for reading, not for closing it.
    if (target.closest('a, .rec-detail')) return;
    const id = target.closest('[part="recommendation"]')?.getAttribute('data-id');
    if (!id) return;
    this.roving.activeId = id;
    this.select(this.selectedId === id ? null : id);
  };

  private readonly handleKeydown = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const row = target.closest('[part="recommendation"]');
    const currentId = row?.getAttribute('data-id') ?? undefined;
    const ids = this.pageIds();
    if (event.key.startsWith('Arrow') && target.closest('.rec-detail')) return;
    const to = linearStep(event.key, currentId ? ids.indexOf(currentId) : -1, ids.length);
    if (to !== undefined) {
      event.preventDefault();
      if (ids[to]) this.roving.moveTo(ids[to]);
      return;
    }
    switch (event.key) {
      case 'Enter':
        // A button or link does its own Enter (a click); the row itself does it here.
        if (!currentId || target !== row) return;
        this.roving.activeId = currentId;
        this.select(currentId);
        break;
      case 'Escape':
        if (this.selectedId === null) return;
        this.select(null);
        if (currentId) this.roving.focus(currentId);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.dispatchEvent(new CivicSelectEvent('recommendation', id));
  }
}

defineOnce('civic-recommendation-tracker', RecommendationTracker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-recommendation-tracker': RecommendationTracker;
  }
}
