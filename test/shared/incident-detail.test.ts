import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { renderIncidentDetail } from '../../src/shared/incident-detail.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { pressOn } from '../fixtures/widget-helpers.js';

/** A stand-in widget showing one incident's detail, counting how often it was closed. */
class DetailHost extends LitElement {
  data!: Dataset;
  closed = 0;
  protected override render() {
    const incident = this.data.incidents[0]!;
    return renderIncidentDetail(incident, this.data, 'en', () => (this.closed += 1));
  }
}
customElements.define('test-detail-host', DetailHost);

function dataset(): Dataset {
  const result = validateDataset(exampleDataset());
  if (!result.ok) throw new Error(result.error.message);
  return result.dataset;
}

describe('incident detail', () => {
  it('closes with Escape from anywhere inside it, as from the chart', async () => {
    const host = await fixture<DetailHost>(
      html`<test-detail-host .data=${dataset()}></test-detail-host>`,
    );
    const detail = host.shadowRoot!.querySelector('[part="detail"]')!;
    const close = detail.querySelector('.close')!;
    await pressOn(close, 'Escape');
    expect(host.closed).to.equal(1);
    // Inside the text: its source link, the one other thing in the detail a key can reach.
    const link = detail.querySelector('.sources a')!;
    await pressOn(link, 'Escape');
    expect(host.closed).to.equal(2);
    await pressOn(close, 'ArrowDown');
    expect(host.closed, 'other keys are the buttons’ own').to.equal(2);
    // Enter is the Close button's own: it clicks it, once; the Escape handler leaves it be.
    await pressOn(close, 'Enter');
    expect(host.closed, 'Enter clicks Close, once').to.equal(3);
  });
});
