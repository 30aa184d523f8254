import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/tracker/recommendation-tracker.js';
import type { RecommendationTracker } from '../src/tracker/recommendation-tracker.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';
import { storyArgs } from './story-args.js';
import { emptyDataset, largeDataset, syntheticNote, withMistakes } from './story-datasets.js';

type Args = Partial<RecommendationTracker>;
type Story = StoryObj<Args>;

/** The widget with the story's args: every control Storybook derives from custom-elements.json. */
const tracker = (args: Args) =>
  html`<civic-recommendation-tracker ${storyArgs(args)}></civic-recommendation-tracker>`;

// Controls and docs come from custom-elements.json (.storybook/custom-elements.ts).
const meta: Meta<Args> = {
  title: 'Widgets/<civic-recommendation-tracker>',
  component: 'civic-recommendation-tracker',
  args: { src: '/data/north-korea.json' },
  render: tracker,
};
export default meta;

/** The bundled North Korea dataset: 206 recommendations announced, six themes listed, responses not recorded. */
export const Default: Story = {};

/** The same in Korean: labels, responses, implementation and dates. */
export const Korean: Story = {
  render: (args) => html`<div lang="ko">${tracker(args)}</div>`,
};

/** The bundled dataset's earlier review, a UN General Assembly resolution, chosen by the `review` attribute. */
export const ChosenReview: Story = { args: { review: 'unga-third-committee-2024' } };

const fullCycle = () => syntheticDataset({ incidents: 50, recommendations: 300, seed: 7 });

/** A full cycle of 300 synthetic recommendations with mixed responses and implementation. */
export const FullCycle: Story = {
  name: 'Full cycle (synthetic)',
  args: { src: undefined, data: fullCycle() },
  render: (args) => html`${syntheticNote('recommendations')}${tracker(args)}`,
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

/** A valid dataset with no review: the empty state says so. */
export const Empty: Story = { args: { src: undefined, data: emptyDataset() } };

/** A shared search nothing matches: the empty state offers to clear it. */
export const EmptyFilter: Story = {
  render: () =>
    html`<civic-dataset
      src="/data/north-korea.json"
      .filter=${{ categoryIds: [], regionIds: [], query: 'no recommendation says this' }}
    >
      <civic-recommendation-tracker></civic-recommendation-tracker>
    </civic-dataset>`,
};

/** Invalid data: every problem with its JSON path. */
export const InvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    src: undefined,
    data: withMistakes((data) => {
      data.reviews[0].recommendations[0].response = 'maybe';
      data.reviews[0].recommendations[1].themeIds = ['no-such-theme'];
      data.reviews[0].recommendationCount = 1;
    }),
  },
};

/** 1,000 synthetic recommendations, with 5,000 synthetic incidents as the period's context. */
export const Large: Story = {
  name: 'Large (5,000 synthetic incidents)',
  render: () =>
    html`${syntheticNote('events or recommendations')}
      <civic-dataset .data=${largeDataset()}>
        <civic-recommendation-tracker></civic-recommendation-tracker>
      </civic-dataset>`,
};

/** Custom properties: font, accent and the colours of responses and implementation. */
export const Themed: Story = {
  args: { src: undefined, data: fullCycle() },
  render: (args) =>
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
      ${syntheticNote('recommendations')}
      <div class="themed">${tracker(args)}</div>`,
};

/** Dark through the `theme` attribute, whatever the page's colour scheme (the Theme toolbar). */
export const Dark: Story = { args: { theme: 'dark' } };
