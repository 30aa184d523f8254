import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/timeline/incident-timeline.js';
import { exampleDataset } from '../test/fixtures/datasets.js';
import { syntheticDataset } from '../test/fixtures/synthetic-dataset.js';

interface Args {
  groupBy: 'category' | 'region' | 'none';
  from: string;
  to: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/<civic-incident-timeline>',
  component: 'civic-incident-timeline',
  args: { groupBy: 'category', from: '', to: '' },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['category', 'region', 'none'] },
    from: {
      control: 'text',
      description: 'Start of the initial window (YYYY, YYYY-MM or YYYY-MM-DD)',
    },
    to: { control: 'text', description: 'End of the initial window' },
  },
  render: (args) =>
    html`<civic-incident-timeline
      src="/data/north-korea.json"
      group-by=${args.groupBy}
      from=${args.from || ''}
      to=${args.to || ''}
    ></civic-incident-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled North Korea dataset. */
export const Default: Story = {};

/** The same in Korean: labels, dates and axis. */
export const Korean: Story = {
  render: () =>
    html`<div lang="ko">
      <civic-incident-timeline src="/data/north-korea.json"></civic-incident-timeline>
    </div>`,
};

/** Lanes by region, with a lane for incidents whose location the source does not state. */
export const GroupedByRegion: Story = { args: { groupBy: 'region' } };

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

function invalidDataset() {
  const data = exampleDataset() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data.incidents[0].date = '2024-02-30';
  data.incidents[1].categoryIds = ['no-such-category'];
  return data;
}

/** Invalid data: every problem with its JSON path. */
export const InvalidData: Story = {
  render: () => html`<civic-incident-timeline .data=${invalidDataset()}></civic-incident-timeline>`,
};

const large = syntheticDataset({ incidents: 10_000, seed: 42 });

/** 10,000 synthetic incidents: counts per period until you zoom in. */
export const Large: Story = {
  render: () =>
    html`<p><strong>Synthetic data</strong>, generated for this story: not real events.</p>
      <civic-incident-timeline .data=${large}></civic-incident-timeline>`,
};

/** Custom properties: font, colours per category, uncertain opacity. */
export const Themed: Story = {
  render: () =>
    html`<style>
        .themed civic-incident-timeline {
          --civic-font: Georgia, serif;
          --civic-color-accent: #8a3ffc;
          --civic-category-foreign-media: #1b7837;
          --civic-category-cross-border-communication: #762a83;
          --civic-timeline-uncertain-opacity: 0.2;
        }
      </style>
      <div class="themed">
        <civic-incident-timeline src="/data/north-korea.json"></civic-incident-timeline>
      </div>`,
};

/** Dark mode through the `theme` attribute. */
export const Dark: Story = {
  render: () =>
    html`<div style="background: #16191d; padding: 1rem">
      <civic-incident-timeline theme="dark" src="/data/north-korea.json"></civic-incident-timeline>
    </div>`,
};

/** Synthetic example data passed as an object. */
export const FromDataProperty: Story = {
  render: () => html`<civic-incident-timeline .data=${exampleDataset()}></civic-incident-timeline>`,
};
