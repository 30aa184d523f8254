import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { comparePartialDates } from '../data/partial-date.js';
import type { Dataset, ImplementationStatus, Incident, Response, Review } from '../data/schema.js';
import { filterIncidents, overlapsWindow } from '../filter/filter.js';
import { dataTableStyles } from '../shared/data-table.js';
import { filterBarStyles, renderFilterBar } from '../shared/filter-bar.js';
import { CivicSelectEvent } from '../shared/events.js';
import { changedInputs } from '../shared/changed-inputs.js';
import { LangController } from '../shared/lang-controller.js';
import { messagesFor } from '../shared/messages.js';
import { linearStep, RovingFocus } from '../shared/roving-focus.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../shared/states.js';
import { tokenStyles } from '../shared/tokens.js';
import { WidgetDataController } from '../shared/widget-data.js';
import { renderContext } from './tracker-context.js';
import { renderFilters } from './tracker-filters.js';
import { renderReview, renderSwitcher } from './tracker-review.js';
import { renderRecommendationTable } from './tracker-table.js';
import { trackerStyles } from './recommendation-tracker.styles.js';
import {
  contextWindow,
  filterEntries,
  groupByTheme,
  implementationProportions,
  pickReview,
  responseProportions,
  statesOfReview,
  themesOfReview,
  trackerEntries,
  type Proportions,
  type ThemeGroup,
  type TrackerEntry,
  type TrackerFilter,
} from './tracker-layout.js';
import { renderGroups } from './tracker-rows.js';
import { trackerSummary } from './tracker-summary.js';

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
 * @summary Recommendations of each review by theme, response and implementation.
 * @fires civic-select - `{ type: 'recommendation', id }` when the reader opens a recommendation (`id: null` when closed).
 * @fires civic-load - `{ dataset }` when its own `src` or `data` validated.
 * @fires civic-error - `{ message, issues }` when its own `src` or `data` could not be used.
 * @csspart theme - Each theme group, with `data-id` = the theme's id (`(none)` for no theme).
 * @csspart recommendation - Each recommendation row, with `data-id` = the recommendation's id.
 * @csspart summary-chart - The proportion bars of the review (by response and implementation).
 * @csspart table - The data-table view.
 * @csspart table-toggle - The button that shows the data-table view.
 * @csspart error - The error message.
 * @cssprop --civic-font - Font family.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-background - Background colour.
 * @cssprop --civic-color-accent - Links and the selected review.
 * @cssprop --civic-tracker-supported - Colour of "supported" (also `-noted`, `-pending`, `-unknown`).
 * @cssprop --civic-tracker-implemented - Colour of "implemented" (also `-not-started`, `-in-progress`, `-regressed`, `-implementation-unknown`).
 * @cssprop --civic-tracker-unlisted - Colour of the recommendations announced but not listed.
 * @cssprop --civic-tracker-bar-height - Height of the proportion bars.
 */
export class RecommendationTracker extends LitElement {
  static override styles = [
    tokenStyles,
    stateStyles,
    dataTableStyles,
    filterBarStyles,
    trackerStyles,
  ];

  /** URL of a dataset JSON; fetched, parsed and validated. */
  @property() src?: string;
  /** A dataset object (or any JSON value: it is validated the same way). */
  @property({ attribute: false }) data?: unknown;
  /** Id of the review to show; default: the latest by date. */
  @property() review?: string;
  /** `light`, `dark` or `auto` (the reader's system setting); default: the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The review the reader switched to, over the `review` attribute. */
  @state() private chosenReview?: string;
  @state() private filter: TrackerFilter = {};
  @state() private selectedId: string | null = null;
  @state() private listRows = listPage;
  @state() private tableOpen = false;
  @state() private tableRows = tablePage;

  private readonly source = new WidgetDataController(this);
  private readonly language = new LangController(this);
  private readonly roving = new RovingFocus(
    this,
    (id) => `[part="recommendation"][data-id="${id}"] > .row-button`,
  );

  // Derived in willUpdate, each only when its inputs change.
  private readyDataset?: Dataset;
  private entriesByReview = new Map<Review, TrackerEntry[]>();
  private current?: Review;
  private entries: TrackerEntry[] = [];
  private shown: TrackerEntry[] = [];
  private ordered: TrackerEntry[] = [];
  private groupTotals = new Map<string, number>();
  private byResponse?: Proportions;
  private byImplementation?: Proportions;
  private summary = '';
  private themeOptions: string[] = [];
  private stateOptions: string[] = [];
  private context: Incident[] = [];
  private reviewInputs: unknown[] = [];
  private filterInputs: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.use(this.src, this.data);
    if (changed.has('review')) this.chosenReview = undefined;
    const state = this.source.state;
    this.toggleAttribute('aria-busy', state.status === 'loading');
    if (state.status !== 'ready') {
      this.readyDataset = undefined;
      return;
    }
    const dataset = state.dataset;
    const lang = this.language.lang;
    if (dataset !== this.readyDataset) this.entriesByReview = new Map();
    this.readyDataset = dataset;
    const review = pickReview(dataset.reviews, this.chosenReview ?? this.review);
    if (review !== this.current) {
      // Another review: its themes and states differ, so only the search words carry over.
      this.filter = { query: this.filter.query };
      this.selectedId = null;
      this.listRows = listPage;
      this.tableRows = tablePage;
    }
    this.current = review;
    if (!review) return;
    let entries = this.entriesByReview.get(review);
    if (!entries) {
      entries = trackerEntries(review, dataset);
      this.entriesByReview.set(review, entries);
    }
    this.entries = entries;
    if (changedInputs(this.reviewInputs, [entries, lang])) {
      this.byResponse = responseProportions(entries, review.recommendationCount);
      this.byImplementation = implementationProportions(entries, review.recommendationCount);
      this.summary = trackerSummary(
        entries,
        review.recommendationCount,
        this.byResponse,
        this.byImplementation,
        lang,
      );
      this.themeOptions = themesOfReview(entries, this.themeOrder());
      this.stateOptions = statesOfReview(entries, lang);
    }
    const shared = this.source.filter;
    if (changedInputs(this.filterInputs, [entries, this.filter, shared.query])) {
      this.shown = filterEntries(entries, this.filter, this.filter.query, shared.query);
      const groups = groupByTheme(this.shown, this.themeOrder(), this.filter.theme);
      this.ordered = groups.flatMap((g) => g.entries);
      this.groupTotals = new Map(groups.map((g) => [g.id, g.entries.length]));
      if (this.selectedId && !this.shown.some((e) => e.recommendation.id === this.selectedId))
        this.selectedId = null;
      this.listRows = listPage;
    }
    this.context = this.source.linked ? this.contextIncidents(dataset, review) : [];
  }

  protected override render() {
    const lang = this.language.lang;
    const state = this.source.state;
    if (state.status === 'error') return renderError(state.error, lang);
    if (state.status !== 'ready' || !this.readyDataset) return renderLoading(lang);
    const review = this.current;
    if (!review) return renderEmpty(lang);
    const t = messagesFor(lang).tracker;
    const sharedQuery = this.source.filter.query?.trim();
    const reviews = this.readyDataset.reviews;
    return html`
      ${this.renderFilterBar(lang)}
      ${renderSwitcher(reviews, review, lang, (id) => this.switchReview(id))}
      ${renderReview(review, this.summary, this.byResponse, this.byImplementation, lang)}
      ${
        this.entries.length
          ? html`${this.renderFilters(lang)}
              <p class="count" role="status">
                ${t.showing(this.shown.length, this.entries.length)}${
                  sharedQuery ? html`, ${t.sharedQuery(sharedQuery)}` : nothing
                }
              </p>
              ${
                this.shown.length
                  ? this.renderList(lang)
                  : renderEmpty(lang, () => this.clearFilters())
              }`
          : html`<p class="note">${t.noRecommendations}</p>`
      }
      ${this.renderContext(review, lang)} ${this.renderTable(review, lang)}
    `;
  }

  /** The shared filter in words, with a way to clear it. */
  private renderFilterBar(lang: string) {
    return renderFilterBar(this.source.filter, this.readyDataset!, lang, this.source.clearFilter);
  }
  private renderFilters(lang: string) {
    return renderFilters(
      this.filter,
      this.themeOptions,
      this.stateOptions,
      this.readyDataset!,
      lang,
      this.handleFilterChange,
      () => this.clearFilters(),
    );
  }

  private renderList(lang: string) {
    const t = messagesFor(lang).tracker;
    const page = this.ordered.slice(0, this.listRows);
    const groups: ThemeGroup[] = groupByTheme(page, this.themeOrder(), this.filter.theme);
    const left = this.ordered.length - page.length;
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
          groups,
          groupTotals: this.groupTotals,
          dataset: this.readyDataset!,
          rovingId: this.roving.rovingId(page.map((e) => e.recommendation.id)),
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

  private renderContext(review: Review, lang: string) {
    if (!this.source.linked) return nothing;
    const { query, categoryIds, regionIds } = this.source.filter;
    const matching = Boolean(query || categoryIds.length || regionIds.length);
    return renderContext(review, this.context, matching, lang);
  }

  private renderTable(review: Review, lang: string) {
    const rows = this.tableOpen ? this.ordered.slice(0, this.tableRows) : [];
    const hidden = this.ordered.length - this.tableRows;
    return renderRecommendationTable(rows, review, this.readyDataset!, lang, {
      open: this.tableOpen,
      more: { hidden, page: tablePage, onShowMore: () => (this.tableRows += tablePage) },
      onToggle: () => (this.tableOpen = !this.tableOpen),
    });
  }

  private themeOrder(): string[] {
    return this.readyDataset?.themes.map((theme) => theme.id) ?? [];
  }

  /** The incidents of the twelve months up to the review that match the shared filter. */
  private contextIncidents(dataset: Dataset, review: Review): Incident[] {
    const window = { categoryIds: [], regionIds: [], ...contextWindow(review.date) };
    return filterIncidents(dataset, this.source.filter)
      .filter((incident) => overlapsWindow(incident, window))
      .sort((a, b) => comparePartialDates(b.date, a.date));
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

  private switchReview(id: string): void {
    this.chosenReview = id;
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
    const ids = this.ordered.slice(0, this.listRows).map((e) => e.recommendation.id);
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

// Not Lit's @customElement: a second copy of this library on the page (two embeds, each with
// its bundle) must not throw on the name the first one registered; the first one serves both.
if (!customElements.get('civic-recommendation-tracker'))
  customElements.define('civic-recommendation-tracker', RecommendationTracker);

declare global {
  interface HTMLElementTagNameMap {
    'civic-recommendation-tracker': RecommendationTracker;
  }
}
