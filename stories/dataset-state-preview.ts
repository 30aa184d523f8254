/**
 * A stand-in for a widget, for the dataset stories until the widgets exist: it shows what
 * the enclosing `<civic-dataset>` provides through the shared loading, error and ready states.
 */
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { datasetContext } from '../src/dataset/dataset-context.js';
import { textIn } from '../src/data/text.js';
import { LangController } from '../src/shared/lang-controller.js';
import { renderError, renderLoading, stateStyles } from '../src/shared/states.js';
import { tokenStyles } from '../src/shared/tokens.js';

export class DatasetStatePreview extends LitElement {
  static override styles = [tokenStyles, stateStyles];
  private readonly datasetConsumer = new ContextConsumer(this, {
    context: datasetContext,
    subscribe: true,
  });
  private readonly language = new LangController(this);

  protected override render() {
    const lang = this.language.lang;
    const state = this.datasetConsumer.value ?? { status: 'idle' };
    switch (state.status) {
      case 'idle':
      case 'loading':
        return renderLoading(lang);
      case 'error':
        return renderError(state.error, lang);
      case 'ready':
        return html`<div class="state">
          <strong>${textIn(state.dataset.title, lang)}</strong>
          <span
            >${state.dataset.incidents.length} incidents, ${state.dataset.regions.length}
            regions</span
          >
        </div>`;
    }
  }
}

if (!customElements.get('story-dataset-state')) {
  customElements.define('story-dataset-state', DatasetStatePreview);
}
