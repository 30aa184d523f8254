// The datasets of the cold runs, as JSON text the bench server serves at /data/<name>.json: all
// synthetic, from the seeded generators the tests and stories use (same options, same bytes).
import { tsImport } from 'tsx/esm/api';

const fixtures = new URL('../../test/fixtures/', import.meta.url);

/** What each widget is given, by size: incidents (timeline, map) or recommendations (tracker). */
export async function datasetTexts(cases) {
  const { syntheticDataset } = await tsImport(
    new URL('synthetic-dataset.ts', fixtures).href,
    import.meta.url,
  );
  const { syntheticKoreaDataset } = await tsImport(
    new URL('map-datasets.ts', fixtures).href,
    import.meta.url,
  );
  const generators = {
    timeline: (size) => syntheticDataset({ incidents: size, years: [2023, 2024] }),
    map: (size) => syntheticKoreaDataset(size),
    tracker: (size) => syntheticDataset({ incidents: 10, recommendations: size, seed: 3 }),
  };
  const texts = new Map();
  for (const { widget, sizes } of cases) {
    for (const size of sizes) {
      texts.set(datasetName(widget, size), Buffer.from(JSON.stringify(generators[widget](size))));
    }
  }
  return texts;
}

/** The file name a widget's dataset of `size` is served under. */
export const datasetName = (widget, size) => `${widget}-${size}.json`;
