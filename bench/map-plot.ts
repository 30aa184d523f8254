/**
 * The province map's Observable Plot peer: a geo mark of the same provinces, Mercator fitted,
 * quantize scale, SVG; used by the warm page and a cold one.
 */
import * as Plot from '@observablehq/plot';
import { countsFor, height, provinces, width, type Contender, type Filter } from './map-kit.js';

export const plotGeo: Contender = {
  name: 'Plot',
  async mount(container, dataset) {
    const render = (filter?: Filter) => {
      const counts = countsFor(dataset, filter);
      return Plot.plot({
        width,
        height,
        projection: { type: 'mercator', domain: provinces },
        color: { type: 'quantize', n: 5, scheme: 'oranges' },
        marks: [
          Plot.geo(provinces, {
            fill: (d: { id: string }) => counts.get(d.id) ?? 0,
            stroke: 'white',
          }),
        ],
      });
    };
    let chart: Element = render();
    container.append(chart);
    return {
      async filter(filter) {
        const next = render(filter);
        chart.replaceWith(next);
        chart = next;
      },
      dispose: () => chart.remove(),
    };
  },
};
