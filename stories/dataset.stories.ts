import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import { exampleDataset } from '../test/fixtures/datasets.js';
import './dataset-state-preview.js';

/** A dataset with the mistakes data editors make, to show the error state with its paths. */
function invalidDataset() {
  const data = exampleDataset() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data.updated = '2024-02-30';
  data.incidents[0].regionId = 'XA-99';
  data.incidents[1].endDate = '2024-01';
  data.sources[0].url = 'javascript:alert(1)';
  data.categories[0].color = 'red';
  return data;
}

const meta: Meta = {
  title: 'Dataset/<civic-dataset>',
  component: 'civic-dataset',
  parameters: {
    docs: {
      description: {
        component:
          'Loads one dataset and shares it with the widgets inside. The preview element stands in for a widget.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every problem of an invalid dataset at once, each with its JSON path. */
export const InvalidData: Story = {
  render: () =>
    html`<civic-dataset .data=${invalidDataset()}>
      <story-dataset-state></story-dataset-state>
    </civic-dataset>`,
};

/** The same error for a Korean page. */
export const InvalidDataKorean: Story = {
  render: () =>
    html`<div lang="ko">
      <civic-dataset .data=${invalidDataset()}
        ><story-dataset-state></story-dataset-state
      ></civic-dataset>
    </div>`,
};

/** A `src` that answers 404. */
export const NotFound: Story = {
  render: () =>
    html`<civic-dataset src="/data/no-such-dataset.json">
      <story-dataset-state></story-dataset-state>
    </civic-dataset>`,
};

/** The bundled North Korea dataset. */
export const BundledDataset: Story = {
  render: () =>
    html`<civic-dataset src="/data/north-korea.json">
      <story-dataset-state></story-dataset-state>
    </civic-dataset>`,
};

/** A small synthetic dataset passed as an object. */
export const SyntheticData: Story = {
  render: () =>
    html`<civic-dataset .data=${exampleDataset()}>
      <story-dataset-state></story-dataset-state>
    </civic-dataset>`,
};
