import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import { armeniaDataset } from '../test/fixtures/map-datasets.js';

interface Args {
  measure: 'incidents' | 'people';
}

const meta: Meta<Args> = {
  title: 'Widgets/<civic-province-map>',
  component: 'civic-province-map',
  args: { measure: 'incidents' },
  argTypes: {
    measure: { control: 'inline-radio', options: ['incidents', 'people'] },
  },
  render: (args) =>
    html`<civic-province-map
      src="/data/north-korea.json"
      measure=${args.measure}
    ></civic-province-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled North Korea dataset on the built-in provinces, with its neighbours muted. */
export const Default: Story = {};

/** The same in Korean: region names, legend, summary. */
export const Korean: Story = {
  render: () =>
    html`<div lang="ko">
      <civic-province-map src="/data/north-korea.json"></civic-province-map>
    </div>`,
};

/** People affected instead of incidents: incidents that give no number are not counted, and the legend says so. */
export const PeopleMeasure: Story = { args: { measure: 'people' } };

/** Another country: synthetic incidents on Armenia's provinces (a TopoJSON given by `geo`); Vayots Dzor is not in the dataset ("no data"), Tavush has none (0). */
export const AnotherCountry: Story = {
  render: () =>
    html`<p><strong>Synthetic data</strong> on real boundaries: not real events.</p>
      <civic-province-map
        .data=${armeniaDataset()}
        geo="/test/fixtures/am-provinces.topo.json"
        context="none"
      ></civic-province-map>`,
};

/** Most incidents of the North Korea dataset name no location: counted in the legend, the summary and the table, never dropped. */
export const UnlocatedIncidents: Story = {
  render: () =>
    html`<civic-dataset src="/data/north-korea.json">
      <civic-province-map></civic-province-map>
    </civic-dataset>`,
};

/** A `geo` URL that does not exist, and one that is not TopoJSON: a clear error each. */
export const InvalidBoundaries: Story = {
  render: () =>
    html`<civic-province-map
        src="/data/north-korea.json"
        geo="/data/no-such-boundaries.topo.json"
      ></civic-province-map>
      <civic-province-map
        src="/data/north-korea.json"
        geo="/data/north-korea.json"
      ></civic-province-map>`,
};

/** Custom properties: font and the colour scale. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed civic-province-map {
          --civic-font: Georgia, serif;
          --civic-map-0: #f7fcfd;
          --civic-map-1: #ccece6;
          --civic-map-2: #99d8c9;
          --civic-map-3: #66c2a4;
          --civic-map-4: #2ca25f;
          --civic-map-5: #006d2c;
        }
      </style>
      <div class="themed">
        <civic-province-map src="/data/north-korea.json"></civic-province-map>
      </div>`,
};

/** Dark mode through the `theme` attribute: the scale runs from dark to bright. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #16191d; padding: 1rem">
      <civic-province-map theme="dark" src="/data/north-korea.json"></civic-province-map>
    </div>`,
};
