import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import type { ProvinceMap } from '../src/map/province-map.js';
import { armeniaDataset } from '../test/fixtures/map-datasets.js';
import { storyArgs } from './story-args.js';
import {
  emptyDataset,
  largeKoreaDataset,
  syntheticNote,
  uncertainKoreaDataset,
  withMistakes,
} from './story-datasets.js';

type Args = Partial<ProvinceMap>;
type Story = StoryObj<Args>;

/** The widget with the story's args: every control Storybook derives from custom-elements.json. */
const map = (args: Args) => html`<civic-province-map ${storyArgs(args)}></civic-province-map>`;

// Controls and docs come from custom-elements.json, the measure options from the source's
// `measures` (.storybook/custom-elements.ts).
const meta: Meta<Args> = {
  title: 'Widgets/<civic-province-map>',
  component: 'civic-province-map',
  args: { src: '/data/north-korea.json' },
  render: map,
};
export default meta;

/** The bundled North Korea dataset on the built-in provinces, with its neighbours muted. */
export const Default: Story = {};

/** The same in Korean: region names, legend, summary. */
export const Korean: Story = {
  render: (args) => html`<div lang="ko">${map(args)}</div>`,
};

/** People affected instead of incidents: incidents that give no number are not counted, and the legend says so. */
export const PeopleMeasure: Story = { args: { measure: 'people' } };

/** Another country: synthetic incidents on Armenia's provinces (a TopoJSON given by `geo`); Vayots Dzor is not in the dataset ("no data"), Tavush has none (0). */
export const AnotherCountry: Story = {
  args: {
    src: undefined,
    data: armeniaDataset(),
    geo: '/test/fixtures/am-provinces.topo.json',
    context: 'none',
  },
  render: (args) => html`${syntheticNote()}${map(args)}`,
};

/** Most incidents of the North Korea dataset name no location: counted in the legend, the summary and the table, never dropped. */
export const UnlocatedIncidents: Story = {
  render: () =>
    html`<civic-dataset src="/data/north-korea.json">
      <civic-province-map></civic-province-map>
    </civic-dataset>`,
};

/** A valid dataset with no incidents: the empty state says so. */
export const Empty: Story = { args: { src: undefined, data: emptyDataset() } };

/** A shared filter that nothing matches: the empty state offers to clear it. */
export const EmptyFilter: Story = {
  render: () =>
    html`<civic-dataset
      src="/data/north-korea.json"
      .filter=${{ categoryIds: [], regionIds: [], from: '2030' }}
    >
      <civic-province-map></civic-province-map>
    </civic-dataset>`,
};

/** Invalid data: every problem with its JSON path, here the ones about regions and places. */
export const InvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    src: undefined,
    data: withMistakes((data) => {
      data.incidents[0].regionId = 'XA-99';
      data.places[1].regionId = 'XA-09';
      data.places[0].coordinates = [10.5];
    }),
  },
};

/** A `geo` URL that does not exist, and one that is not TopoJSON: a clear error each. */
export const InvalidBoundaries: Story = {
  name: 'Error: invalid boundaries',
  render: (args) =>
    html`${map({ ...args, geo: '/data/no-such-boundaries.topo.json' })}
    ${map({ ...args, geo: '/data/north-korea.json' })}`,
};

/** 5,000 synthetic incidents on the built-in provinces, a tenth of them without a region. */
export const Large: Story = {
  name: 'Large (5,000 synthetic incidents)',
  render: (args) =>
    html`${syntheticNote()}${map({ ...args, src: undefined, data: largeKoreaDataset() })}`,
};

/** Custom properties: font and the colour scale. */
export const Themed: Story = {
  render: (args) =>
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
      <div class="themed">${map(args)}</div>`,
};

/** Dark through the `theme` attribute, whatever the page's colour scheme (the Theme toolbar): the scale runs from dark to bright. */
export const Dark: Story = { args: { theme: 'dark' } };

/**
 * People affected where sources give ranges ("at least 30", "12–20"): each counted at its least,
 * which the legend says; regions and places whose every incident is reported or alleged, not
 * verified, have a dashed edge or a hollow marker, explained in the legend.
 */
export const UncertainPeople: Story = {
  args: { src: undefined, data: uncertainKoreaDataset(), measure: 'people' },
  render: (args) => html`${syntheticNote()}${map(args)}`,
};

/** The same in Korean. */
export const UncertainPeopleKorean: Story = {
  args: { src: undefined, data: uncertainKoreaDataset(), measure: 'people' },
  render: (args) =>
    html`${syntheticNote()}
      <div lang="ko">${map(args)}</div>`,
};

/**
 * A note on a place: select Kaepung (south of Pyongyang) to read, above its incidents, that it
 * has belonged to Kaesong since 2019, which the boundaries predate.
 */
export const PlaceNote: Story = {};
