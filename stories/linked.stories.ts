import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/dataset/civic-dataset.js';
import '../src/map/province-map.js';
import '../src/timeline/incident-timeline.js';
import '../src/tracker/recommendation-tracker.js';
import { syntheticNote, uncertainKoreaDataset } from './story-datasets.js';

const meta: Meta = {
  title: 'Linked/All widgets',
  // Not one component's page: the widgets' own docs pages document them.
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** One `<civic-dataset>` loads the dataset once and links the three widgets inside it. */
export const Linked: Story = {
  render: () =>
    html`<p>
        One <code>&lt;civic-dataset&gt;</code> loads the North Korea dataset once and shares it, and
        one filter, with the widgets inside it: selecting a province on the map filters the timeline
        to that province's incidents, and the tracker's incidents shown as context with each review;
        brushing a period on the timeline filters the map the same way.
      </p>
      <civic-dataset src="/data/north-korea.json">
        <civic-province-map></civic-province-map>
        <civic-incident-timeline></civic-incident-timeline>
        <civic-recommendation-tracker></civic-recommendation-tracker>
      </civic-dataset>`,
};

/** The same linked widgets in Korean. */
export const Korean: Story = {
  render: () =>
    html`<div lang="ko">
      <p>
        하나의 <code>&lt;civic-dataset&gt;</code>이 데이터를 한 번 불러와 안의 위젯들과 필터를
        공유합니다. 지도에서 도를 선택하면 타임라인과 권고 추적기의 관련 사건이 그 도의 사건으로
        걸러집니다.
      </p>
      <civic-dataset src="/data/north-korea.json">
        <civic-province-map></civic-province-map>
        <civic-incident-timeline></civic-incident-timeline>
        <civic-recommendation-tracker></civic-recommendation-tracker>
      </civic-dataset>
    </div>`,
};

/**
 * Uncertain records linked: brushing a period on the timeline keeps, as possibly in it, the
 * incidents whose date only bounds them, and every widget's filter bar says how many; "Verified
 * only" on the timeline hides the reports not verified on the map too.
 */
export const UncertainRecords: Story = {
  render: () =>
    html`${syntheticNote()}
      <civic-dataset .data=${uncertainKoreaDataset()}>
        <civic-province-map></civic-province-map>
        <civic-incident-timeline></civic-incident-timeline>
      </civic-dataset>`,
};
