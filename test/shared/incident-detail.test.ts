import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { validateDataset } from '../../src/data/validate-dataset.js';
import type { Dataset } from '../../src/data/schema.js';
import { renderIncidentDetail } from '../../src/shared/incident-detail.js';
import { exampleDataset } from '../fixtures/datasets.js';
import { press } from '../fixtures/widget-helpers.js';

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
    press(detail.querySelector('.close')!, 'Escape');
    expect(host.closed).to.equal(1);
    press(detail.querySelector('dl')!, 'Escape');
    expect(host.closed).to.equal(2);
    press(detail.querySelector('.close')!, 'Enter');
    expect(host.closed, 'other keys are the buttons’ own').to.equal(2);
  });
});
