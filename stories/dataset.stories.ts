import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import type { CivicDataset } from '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import '../src/timeline/incident-timeline.js';
import '../src/tracker/recommendation-tracker.js';
import { storyArgs } from './story-args.js';
import { emptyDataset, smallKoreaDataset, syntheticNote, withMistakes } from './story-datasets.js';

type Args = Partial<CivicDataset>;
type Story = StoryObj<Args>;

/** The three widgets inside a `<civic-dataset>` with the story's args: they show its state. */
const linkedWidgets = (args: Args) =>
  html`<civic-dataset ${storyArgs(args)}>
    <civic-province-map></civic-province-map>
    <civic-incident-timeline></civic-incident-timeline>
    <civic-recommendation-tracker></civic-recommendation-tracker>
  </civic-dataset>`;

/** The mistakes data editors make, all at once: the error lists each with its JSON path. */
const invalidDataset = () =>
  withMistakes((data) => {
    data.updated = '2024-02-30';
    data.incidents[0].regionId = 'XA-99';
    data.incidents[1].endDate = '2024-01';
    data.sources[0].url = 'javascript:alert(1)';
    data.categories[0].color = 'red';
  });

const meta: Meta<Args> = {
  title: 'Dataset/<civic-dataset>',
  component: 'civic-dataset',
  render: linkedWidgets,
  parameters: {
    docs: {
      description: {
        component:
          'Loads one dataset and shares it with the widgets inside, which show its state: loading, error, ready or empty.',
      },
    },
  },
};
export default meta;

/** Loading: what the widgets show until the dataset arrives. Here it never does: no `src` or `data` is set. */
export const Loading: Story = {};

/** Ready: the bundled North Korea dataset, loaded once for the three widgets. */
export const BundledDataset: Story = { args: { src: '/data/north-korea.json' } };

/** Ready: a synthetic dataset passed as an object. */
export const SyntheticData: Story = {
  args: { data: smallKoreaDataset() },
  render: (args) => html`${syntheticNote()}${linkedWidgets(args)}`,
};

/** Empty: a valid dataset with no incidents and no review. */
export const Empty: Story = { args: { data: emptyDataset() } };

/** Error: every problem of an invalid dataset at once, each with its JSON path. */
export const InvalidData: Story = {
  name: 'Error: invalid data',
  args: { data: invalidDataset() },
};

/** The same error for a Korean page. */
export const InvalidDataKorean: Story = {
  name: 'Error: invalid data, Korean',
  args: { data: invalidDataset() },
  render: (args) => html`<div lang="ko">${linkedWidgets(args)}</div>`,
};

/** Error: a `src` that answers 404. */
export const NotFound: Story = {
  name: 'Error: not found',
  args: { src: '/data/no-such-dataset.json' },
};
