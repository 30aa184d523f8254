/**
 * What the map's export reads of its model (shared/view-credits.ts): the summary, what the
 * filter keeps, the sources of the incidents counted, the map as the element draws it, the
 * picture around it and the table of every region. Used by the element and by `render` alike.
 */
import { isFilterEmpty } from '../filter/filter.js';
import { describeFilter } from '../shared/filter-bar.js';
import type { ViewExport } from '../shared/view-credits.js';
import { renderMapChart } from './map-chart.js';
import { mapMessages } from './map-messages.js';
import { regionName, type MapModel } from './map-model.js';
import { mapPicture } from './map-picture.js';
import { regionTable } from './map-table.js';

/** Width of the picture of a map not drawn yet (not on the page): its words and key only. */
const defaultWidth = 800;

const ignore = () => {};

export function mapExport(model: MapModel, lang: string): ViewExport {
  const { dataset, filter, drawing } = model;
  return {
    name: 'province-map',
    label: mapMessages(lang).label,
    dataset,
    summary: model.summary,
    filtered: isFilterEmpty(filter) ? '' : describeFilter(filter, dataset, lang),
    sourceIds: () => model.shown.flatMap((incident) => incident.sourceIds),
    // As no reader has touched it: nothing focused or selected.
    chart: () =>
      drawing &&
      renderMapChart(
        drawing,
        {
          rovingId: undefined,
          focusedId: undefined,
          selectedId: undefined,
          onClick: ignore,
          onKeydown: ignore,
          onFocus: ignore,
        },
        lang,
      ),
    picture: (paint, map) => mapPicture(model, map?.width ?? defaultWidth, paint, lang, map),
    table: () =>
      regionTable(model.counts, model.drawn, model.measure, (id) => regionName(model, id), lang),
  };
}
