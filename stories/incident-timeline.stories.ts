import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../src/timeline/incident-timeline.js';
import { exampleDataset } from '../test/fixtures/datasets.js';
import { storyArgs } from './story-args.js';
import { emptyDataset, largeDataset, syntheticNote, withMistakes } from './story-datasets.js';

type Args = Partial<IncidentTimeline>;
type Story = StoryObj<Args>;

/** The widget with the story's args: every control Storybook derives from custom-elements.json. */
const timeline = (args: Args) =>
  html`<civic-incident-timeline ${storyArgs(args)}></civic-incident-timeline>`;

// Controls and docs come from custom-elements.json, the group-by options from the source's
// `groupings` (.storybook/custom-elements.ts).
const meta: Meta<Args> = {
  title: 'Widgets/<civic-incident-timeline>',
  component: 'civic-incident-timeline',
  args: { src: '/data/north-korea.json' },
  render: timeline,
};
export default meta;

/** The bundled North Korea dataset. */
export const Default: Story = {};

/** The same in Korean: labels, dates and axis. */
export const Korean: Story = {
  render: (args) => html`<div lang="ko">${timeline(args)}</div>`,
};

/** Lanes by region, with a lane for incidents whose location the source does not state. */
export const GroupedByRegion: Story = { args: { groupBy: 'region' } };

/** A valid dataset with no incidents: the empty state says so. */
export const Empty: Story = { args: { src: undefined, data: emptyDataset() } };

/** A shared filter that nothing matches: the empty state offers to clear it. */
export const EmptyFilter: Story = {
  render: () =>
    html`<civic-dataset
      src="/data/north-korea.json"
      .filter=${{ categoryIds: [], regionIds: [], from: '2030' }}
    >
      <civic-incident-timeline></civic-incident-timeline>
    </civic-dataset>`,
};

/** Invalid data: every problem with its JSON path. */
export const InvalidData: Story = {
  name: 'Error: invalid data',
  args: {
    src: undefined,
    data: withMistakes((data) => {
      data.incidents[0].date = '2024-02-30';
      data.incidents[1].categoryIds = ['no-such-category'];
    }),
  },
};

/** 5,000 synthetic incidents: counts per period until you zoom in. */
export const Large: Story = {
  name: 'Large (5,000 synthetic incidents)',
  render: (args) =>
    html`${syntheticNote()}${timeline({ ...args, src: undefined, data: largeDataset() })}`,
};

/** Custom properties: font, colours per category, uncertain opacity. */
export const Themed: Story = {
  render: (args) =>
    html`<style>
        .themed civic-incident-timeline {
          --civic-font: Georgia, serif;
          --civic-color-accent: #8a3ffc;
          --civic-category-foreign-media: #1b7837;
          --civic-category-cross-border-communication: #762a83;
          --civic-timeline-uncertain-opacity: 0.2;
        }
      </style>
      <div class="themed">${timeline(args)}</div>`,
};

/** Dark through the `theme` attribute, whatever the page's colour scheme (the Theme toolbar). */
export const Dark: Story = { args: { theme: 'dark' } };

/** Synthetic example data passed as an object. */
export const FromDataProperty: Story = {
  args: { src: undefined, data: exampleDataset() },
  render: (args) => html`${syntheticNote()}${timeline(args)}`,
};
