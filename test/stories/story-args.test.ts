import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../../src/timeline/incident-timeline.js';
import { storyArgs } from '../../stories/story-args.js';
import { exampleDataset } from '../fixtures/datasets.js';

describe('storyArgs()', () => {
  async function renderedWith(container: HTMLElement, args: object) {
    render(html`<civic-incident-timeline ${storyArgs(args)}></civic-incident-timeline>`, container);
    const el = container.querySelector<IncidentTimeline>('civic-incident-timeline')!;
    await el.updateComplete;
    return el;
  }

  it('sets each arg as the property of that name', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const data = exampleDataset();
    const el = await renderedWith(container, { data, groupBy: 'region', from: '2024-06' });
    expect(el.data).to.equal(data);
    expect(el.groupBy).to.equal('region');
    expect(el.from).to.equal('2024-06');
  });

  it('sets a property that has an attribute through it, so that the source shown is embed code', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await renderedWith(container, { data: exampleDataset(), groupBy: 'region' });
    expect(el.getAttribute('group-by')).to.equal('region');
    expect(el.hasAttribute('data')).to.equal(false);
    await renderedWith(container, { data: exampleDataset(), groupBy: undefined });
    expect(el.hasAttribute('group-by')).to.equal(false);
  });

  it('sets a --… arg as the custom property of that name, and an empty one back to the default', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const data = exampleDataset();
    const el = await renderedWith(container, { data, '--civic-color-background': 'rgb(1, 2, 3)' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
    await renderedWith(container, { data, '--civic-color-background': '' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('hands the event an on… arg names to that arg, and to the latest one only', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const first: Event[] = [];
    const latest: Event[] = [];
    await renderedWith(container, {
      data: exampleDataset(),
      onCivicLoad: (event: Event) => first.push(event),
    });
    await waitUntil(() => first.length, 'the first action hears civic-load');
    expect(first.map((event) => event.type)).to.deep.equal(['civic-load']);

    await renderedWith(container, {
      data: exampleDataset(),
      onCivicLoad: (event: Event) => latest.push(event),
    });
    await waitUntil(() => latest.length, 'the latest action hears civic-load');
    expect(first).to.have.length(1);
    expect(latest.map((event) => event.type)).to.deep.equal(['civic-load']);
  });
});
