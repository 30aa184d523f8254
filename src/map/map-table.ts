/**
 * The map's data-table view: every region with its incidents and people affected, most first,
 * those the boundaries do not draw marked, and a last row for incidents without a stated
 * location. The rows are plain data (`regionTable`), which the CSV export reads too.
 */
import { renderTableView, type TableView } from '../shared/data-table.js';
import { messagesFor } from '../shared/messages.js';
import type { TableCell, TableData } from '../shared/table-cells.js';
import { mapMessages } from './map-messages.js';
import { valueOf, type Counts, type Measure, type Tally } from './map-counts.js';
import { formatNumber } from '../shared/format-number.js';

const unlocatedRowId = 'location-not-stated';

/** People affected: a number, or "at least …" in words when a source of it gives a range. */
const peopleCell = (tally: Tally, lang: string): TableCell =>
  tally.ranged ? messagesFor(lang).atLeast(formatNumber(tally.people, lang)) : tally.people;

/**
 * The table of every region, most first, and of the incidents without a stated location.
 * `drawn`: the ids of the regions the boundaries draw.
 */
export function regionTable(
  counts: Counts,
  drawn: readonly string[],
  measure: Measure,
  regionName: (id: string) => string,
  lang: string,
): TableData {
  const messages = messagesFor(lang);
  const t = mapMessages(lang);
  const onMap = new Set(drawn);
  const ids = [...new Set([...drawn, ...counts.byRegion.keys()])];
  const rows = ids
    .map((id) => ({ id, tally: counts.byRegion.get(id), name: regionName(id) }))
    .sort(
      (a, b) =>
        valueOf(b.tally, measure) - valueOf(a.tally, measure) || a.name.localeCompare(b.name, lang),
    )
    .map(({ id, tally, name }) => ({
      id,
      cells: [
        onMap.has(id) ? name : `${name} (${t.notOnMapRow})`,
        tally ? tally.incidents : `${t.noData} (${t.noDataLong})`,
        tally ? peopleCell(tally, lang) : '',
      ],
    }));
  rows.push({
    id: unlocatedRowId,
    cells: [
      messages.locationNotStated,
      counts.unlocated.incidents,
      peopleCell(counts.unlocated, lang),
    ],
  });
  return {
    caption: t.tableCaption,
    columns: [
      { label: t.region },
      { label: t.incidents, numeric: true },
      { label: messages.peopleAffected, numeric: true },
    ],
    rows,
  };
}

/** The element owns whether it is open; closed, no row is rendered. */
export function renderRegionTable(
  counts: Counts,
  drawn: readonly string[],
  measure: Measure,
  regionName: (id: string) => string,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle'>,
) {
  const data = regionTable(counts, drawn, measure, regionName, lang);
  return renderTableView({ ...table, table: table.open ? data : { ...data, rows: [] }, lang });
}
