/**
 * What every widget shares (docs/components.md, "common to the three widgets" and "states"):
 * the `src`, `data` and `theme` properties; where its data comes from (its own, or the
 * enclosing `<civic-dataset>` with the shared filter); its language and the width it draws at;
 * `aria-busy` while loading; one frame around every state; and the error and loading states.
 *
 * A widget supplies `derive()`: from the ready dataset, the filter, the language and the width
 * (and its own state) to the typed model it draws, by calling the pure functions of its layout
 * modules; `renderModel()`, which draws that model; and `viewExport()`, what its export reads
 * of the model (shared/view-credits.ts). The model exists only while the data is ready, so no
 * renderer needs to assert that the dataset is there. Every widget gets the export methods and
 * the export control (part `export`) from here.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset } from '../data/schema.js';
import type { Filter } from '../filter/filter.js';
import { WidgetDataController } from '../provider/widget-data.js';
import { dataTableStyles } from './data-table.js';
import { exportMessages } from './export-messages.js';
import { ExportMenu, exportMenuStyles, type ExportAction } from './export-menu.js';
import { filterBarStyles } from './filter-bar.js';
import { LangController } from './lang-controller.js';
import { renderError, renderLoading, stateStyles } from './states.js';
import { tokenStyles } from './tokens.js';
import type { ViewExport } from './view-credits.js';
import { frameStyles, WidthController } from './width-controller.js';

/**
 * The export's code, loaded on the first export: in dist/ a file of its own beside the bundle
 * (civic-space-widgets-export.js), so that a page whose readers never export neither fetches
 * nor compiles it.
 */
const loadExportTools = () => import('./widget-export.js');

/** What a widget's model is derived from, once its dataset is ready. */
export interface WidgetInput {
  readonly dataset: Dataset;
  /** The shared filter inside `<civic-dataset>`, else the widget's own. */
  readonly filter: Filter;
  readonly lang: string;
  /** Whole pixels of the widget's frame; 0 before it is on the page. */
  readonly width: number;
  /** True inside `<civic-dataset>`, showing its data and filter. */
  readonly linked: boolean;
}

/** The styles every widget starts from; each adds its own after them. */
export const widgetStyles = [
  tokenStyles,
  frameStyles,
  stateStyles,
  dataTableStyles,
  filterBarStyles,
  exportMenuStyles,
];

/**
 * The parts and custom properties below are every widget's (its element lists its own):
 * `custom-elements.json` gives them to each widget by inheritance.
 *
 * @csspart loading - The placeholder shown while the data loads.
 * @csspart error - The error message, each problem in an item with `data-path`.
 * @csspart empty - The "nothing matches" message, with its "Clear filters" button when a filter is the reason.
 * @csspart filters - The filter bar: what the filter keeps, in words, shown while a filter is on.
 * @csspart clear-filters - The filter bar's "Clear filters" button.
 * @csspart table - The data-table view: a real table of the same records as the chart.
 * @csspart table-toggle - The button that shows and hides the data-table view.
 * @csspart export - The export control: a button opening a menu (SVG, PNG, CSV, citation), and what it reports.
 * @cssprop --civic-font - Font family.
 * @cssprop --civic-font-size - Base font size.
 * @cssprop --civic-color-text - Text colour.
 * @cssprop --civic-color-muted - Secondary text: notes, axis labels.
 * @cssprop --civic-color-background - Background colour.
 * @cssprop --civic-color-surface - Buttons, the filter bar, the state boxes, the detail.
 * @cssprop --civic-color-border - Borders.
 * @cssprop --civic-color-accent - Links and the reader's current choice.
 * @cssprop --civic-color-error - The error's title and border.
 * @cssprop --civic-color-focus - The focus outline.
 * @cssprop --civic-color-selected - Outline of the selected mark, region or row.
 */
export abstract class CivicWidget<Model> extends LitElement {
  /** URL of a dataset JSON; fetched, parsed and validated. */
  @property() src?: string;
  /** A dataset object (or any JSON value: it is validated the same way). */
  @property({ attribute: false }) data?: unknown;
  /** `light`, `dark` or `auto` (the reader's system setting); default: the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** The width the widget draws at, in whole pixels. */
  @state() protected width = 0;

  protected readonly source = new WidgetDataController(this);
  protected readonly language = new LangController(this);
  private readonly size = new WidthController(this);
  private readonly exportMenu = new ExportMenu(this, (action) => this.runExport(action));

  /** What the widget draws; undefined until its data (and anything else it needs) is ready. */
  protected model?: Model;

  /**
   * The model for a ready dataset: pure layout functions called with `input` and the
   * widget's own state (memoised where costly). Undefined while something else it needs, such
   * as the map's boundaries, is still loading.
   */
  protected abstract derive(input: WidgetInput): Model | undefined;

  /** Draws the ready model inside the widget's frame. */
  protected abstract renderModel(model: Model, lang: string): TemplateResult;

  /**
   * What the export reads of the model (its widget's `*-export.ts`, loaded on the first export);
   * undefined when there is nothing to export.
   */
  protected abstract viewExport(model: Model): Promise<ViewExport | undefined>;

  /** Whether the model has anything to export: the export control is shown only then. */
  protected canExport(_model: Model): boolean {
    return true;
  }

  /**
   * A standalone SVG file of the view as the reader sees it (filter, window, language,
   * colours), with a footer crediting the dataset, its sources, its date and the filter; each
   * mark keeps its `part` and `data-id`.
   */
  async exportSVG(): Promise<string> {
    const { tools, view, lang } = await this.exportJob();
    return tools.exportSvg(this, view, lang).svg;
  }

  /** The same picture as a PNG image, `scale` times its size. */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const { tools, view, lang } = await this.exportJob();
    return tools.svgPng(tools.exportSvg(this, view, lang), scale, lang);
  }

  /** The rows of the data-table view under the current filter, as CSV (UTF-8 with a BOM). */
  async exportCSV(): Promise<string> {
    const { tools, view } = await this.exportJob();
    return tools.tableCsv(view.table());
  }

  /** The citation of the view: dataset, publishers, date, the view in words, the page's URL. */
  async exportCitation(): Promise<string> {
    const { tools, view, lang } = await this.exportJob();
    const { filter, linked } = this.source;
    return tools.viewCitation(view, lang, tools.citedUrl(this, filter, linked));
  }

  /**
   * The export's code and the view it reads, for the model shown now. Rejects with a sentence
   * for the reader when there is nothing to export yet, or when the export's file cannot be
   * loaded (not copied beside the bundle, or refused by the page's policy).
   */
  private async exportJob() {
    const lang = this.language.lang;
    const words = exportMessages(lang);
    const [tools, view] = await Promise.all([
      loadExportTools().catch(() => {
        throw new Error(words.notLoaded);
      }),
      this.model && this.viewExport(this.model),
    ]);
    if (!view) throw new Error(words.notReady);
    return { tools, view, lang };
  }

  private async runExport(action: ExportAction): Promise<string> {
    try {
      const { tools, view, lang } = await this.exportJob();
      const { filter, linked } = this.source;
      return await tools.runExport(action, { host: this, view, lang, filter, linked });
    } catch (error) {
      return error instanceof Error ? error.message : exportMessages(this.language.lang).failed;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.source.use(this.src, this.data);
    // Measured here as well as by the observer, so the first frame is drawn at its width.
    this.width = this.size.measure();
    const state = this.source.state;
    this.model =
      state.status === 'ready'
        ? this.derive({
            dataset: state.dataset,
            filter: this.source.filter,
            lang: this.language.lang,
            width: this.width,
            linked: this.source.linked,
          })
        : undefined;
    const waiting = state.status === 'loading' || (state.status === 'ready' && !this.model);
    this.toggleAttribute('aria-busy', waiting);
  }

  protected override render() {
    // One block frame around every state: what the width controller observes.
    const exportable = this.model && this.canExport(this.model);
    const control = exportable ? this.exportMenu.render(this.language.lang) : nothing;
    return html`<div class="frame">${this.renderState()}${control}</div>`;
  }

  private renderState() {
    const lang = this.language.lang;
    const state = this.source.state;
    if (state.status === 'error') return renderError(state.error, lang);
    if (!this.model) return renderLoading(lang);
    return this.renderModel(this.model, lang);
  }
}

/**
 * Registers `tag` unless another copy of this library on the page (two embeds, each with its
 * bundle) did first: the first serves both. Not Lit's @customElement, which would throw.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
