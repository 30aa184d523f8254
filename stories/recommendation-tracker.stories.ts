import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/tracker/recommendation-tracker.js';
import { exampleDataset } from '../test/fixtures/datasets.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';

interface Args {
  review: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/<civic-recommendation-tracker>',
  component: 'civic-recommendation-tracker',
  args: { review: '' },
  argTypes: {
    review: {
      control: 'inline-radio',
      options: ['', 'upr-2024', 'unga-third-committee-2024'],
      description: 'Id of the review to show (empty: the latest by date)',
    },
  },
  render: (args) =>
    html`<civic-recommendation-tracker
      src="/data/north-korea.json"
      review=${args.review || ''}
    ></civic-recommendation-tracker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled North Korea dataset: 206 recommendations announced, six themes listed, responses not recorded. */
export const Default: Story = {};

/** The same in Korean: labels, responses, implementation and dates. */
export const Korean: Story = {
  render: () =>
    html`<div lang="ko">
      <civic-recommendation-tracker src="/data/north-korea.json"></civic-recommendation-tracker>
    </div>`,
};

const fullCycle = syntheticDataset({ incidents: 50, recommendations: 300, seed: 7 });

/** A full cycle of 300 synthetic recommendations with mixed responses and implementation. */
export const FullCycle: Story = {
  name: 'Full cycle (synthetic)',
  render: () =>
    html`<p><strong>Synthetic data</strong>, generated for this story: not real recommendations.</p>
      <civic-recommendation-tracker .data=${fullCycle}></civic-recommendation-tracker>`,
};

/** Inside `<civic-dataset>`: the shared search applies, and the incidents of the period are context. */
export const Filtered: Story = {
  render: () =>
    html`<civic-dataset
      src="/data/north-korea.json"
      .filter=${{ categoryIds: [], regionIds: [], query: 'prisoners' }}
    >
      <civic-recommendation-tracker></civic-recommendation-tracker>
    </civic-dataset>`,
};

/** A shared search nothing matches: the empty state offers to clear it. */
export const Empty: Story = {
  render: () =>
    html`<civic-dataset
      src="/data/north-korea.json"
      .filter=${{ categoryIds: [], regionIds: [], query: 'no recommendation says this' }}
    >
      <civic-recommendation-tracker></civic-recommendation-tracker>
    </civic-dataset>`,
};

function invalidDataset() {
  const data = exampleDataset() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data.reviews[0].recommendations[0].response = 'maybe';
  data.reviews[0].recommendations[1].themeIds = ['no-such-theme'];
  data.reviews[0].recommendationCount = 1;
  return data;
}

/** Invalid data: every problem with its JSON path. */
export const InvalidData: Story = {
  render: () =>
    html`<civic-recommendation-tracker .data=${invalidDataset()}></civic-recommendation-tracker>`,
};

/** Custom properties: font, accent and the colours of responses and implementation. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed civic-recommendation-tracker {
          --civic-font: Georgia, serif;
          --civic-color-accent: #8a3ffc;
          --civic-tracker-supported: #1b7837;
          --civic-tracker-noted: #762a83;
          --civic-tracker-unlisted: #f1e8f7;
          --civic-tracker-bar-height: 1.5rem;
        }
      </style>
      <div class="themed">
        <civic-recommendation-tracker .data=${fullCycle}></civic-recommendation-tracker>
      </div>`,
};

/** Dark mode through the `theme` attribute. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #16191d; padding: 1rem">
      <civic-recommendation-tracker
        theme="dark"
        src="/data/north-korea.json"
      ></civic-recommendation-tracker>
    </div>`,
};
