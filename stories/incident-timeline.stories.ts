import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/timeline/incident-timeline.js';
import type { IncidentTimeline } from '../src/timeline/incident-timeline.js';
import { exampleDataset } from '../test/fixtures/datasets.js';
import { storyArgs } from './story-args.js';
import {
  emptyDataset,
  koreanUncertainDataset,
  largeDataset,
  syntheticNote,
  uncertainExampleDataset,
  withMistakes,
} from './story-datasets.js';

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

/**
 * What sources leave uncertain: "in or after October 2024" and "in or before July 2024" fade out
 * toward what is not known, "about August 2024" on both sides; two incidents without a stated
 * date are counted beside the chart and listed in the table; reports not verified are hollow
 * and dotted; "Verified only" hides them.
 */
export const UncertainRecords: Story = {
  args: { src: undefined, data: uncertainExampleDataset() },
  render: (args) => html`${syntheticNote()}${timeline(args)}`,
};

/** The same in Korean: "2024년 10월 이후", "최소 30", "날짜 미상", "보도됨, 검증되지 않음". */
export const UncertainRecordsKorean: Story = {
  args: { src: undefined, data: koreanUncertainDataset() },
  render: (args) =>
    html`${syntheticNote()}
      <div lang="ko">${timeline(args)}</div>`,
};

/** In a narrow container: the incidents without a stated date are listed last, under "Date not stated". */
export const UncertainRecordsNarrow: Story = {
  args: { src: undefined, data: uncertainExampleDataset() },
  render: (args) =>
    html`${syntheticNote()}
      <div style="max-width: 360px">${timeline(args)}</div>`,
};

/**
 * A filter on November 2024: the trial "in or after October 2024" is kept as possibly in it,
 * and the filter bar says how many matches are only possible.
 */
export const PossibleMatches: Story = {
  render: () =>
    html`${syntheticNote()}<civic-dataset
        .data=${uncertainExampleDataset()}
        .filter=${{ categoryIds: [], regionIds: [], from: '2024-11', to: '2024-11' }}
      >
        <civic-incident-timeline></civic-incident-timeline>
      </civic-dataset>`,
};

/** "Verified only" on: the reports and allegations not verified are hidden, and the filter bar says so. */
export const VerifiedOnly: Story = {
  render: () =>
    html`${syntheticNote()}<civic-dataset
        .data=${uncertainExampleDataset()}
        .filter=${{ categoryIds: [], regionIds: [], verifiedOnly: true }}
      >
        <civic-incident-timeline></civic-incident-timeline>
      </civic-dataset>`,
};
