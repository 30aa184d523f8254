// What the cold benchmark runs: for each widget, the sizes, the ways ours is given its dataset
// and the peers beside it, and how many runs. `warm` names the figure of the warm page
// (bench/*.bench.ts, `values` of its report) measured the same way, shown beside the cold one.

/** Ours, given its dataset each of the three ways (bench/cold/ours-page.js). */
const ours = [
  { key: 'src', label: 'ours, src', way: 'src' },
  { key: 'data', label: 'ours, .data', way: 'data', warm: 'data' },
  { key: 'linked', label: 'ours, <civic-dataset> loaded', way: 'linked', warm: 'linked' },
];

export const coldWidgets = [
  {
    widget: 'timeline',
    title: 'Incident timeline',
    unit: 'incidents',
    sizes: [1_000, 10_000, 100_000],
    sizeNote: 'synthetic incidents over two years (syntheticDataset, seed 1)',
    contenders: [
      ...ours,
      { key: 'plot', label: 'Plot', peer: 'timeline-plot', warm: 'plot' },
      { key: 'echarts', label: 'ECharts', peer: 'timeline-echarts', warm: 'echarts' },
    ],
    warmPage: 'timeline.html',
  },
  {
    widget: 'map',
    title: 'Province map',
    unit: 'incidents',
    // A province map sums incidents per province: past 10,000 the figures only say how fast
    // validation is, which the timeline's 100,000 already shows.
    sizes: [1_000, 10_000],
    sizeNote:
      'synthetic incidents on the 11 built-in North Korea provinces (syntheticKoreaDataset, seed 7)',
    contenders: [
      ...ours,
      { key: 'plot', label: 'Plot', peer: 'map-plot', warm: 'plot' },
      { key: 'echarts', label: 'ECharts', peer: 'map-echarts', warm: 'echarts' },
    ],
    warmPage: 'map.html',
  },
  {
    widget: 'tracker',
    title: 'Recommendation tracker',
    unit: 'recommendations',
    // About what one country receives in a UPR cycle, and a many-cycle, many-body collection.
    sizes: [300, 5_000],
    sizeNote: 'synthetic recommendations in one review, 10 incidents (syntheticDataset, seed 3)',
    contenders: ours,
    warmPage: 'tracker.html',
    warmNote:
      'the warm page times the tracker to one requestAnimationFrame after its update, not two',
  },
];

/** Runs per size: 7, or 5 from 100,000 (each takes seconds); 2 in quick mode. */
export const runsFor = (size, quick) => (quick ? 2 : size >= 100_000 ? 5 : 7);

/** The sizes a run covers: the smallest only in quick mode. */
export const sizesFor = (widgetCase, quick) =>
  quick ? widgetCase.sizes.slice(0, 1) : widgetCase.sizes;

/** The sizes a profile traces: up to 10,000 (the smallest only in quick mode). */
export const profileSizesFor = (widgetCase, quick) =>
  quick ? widgetCase.sizes.slice(0, 1) : widgetCase.sizes.filter((size) => size <= 10_000);
