/**
 * The map's data-table view: every region with its incidents and people affected, most first,
 * those the boundaries do not draw marked, and a last row for incidents without a stated
 * location.
 */
import { renderTableView, type TableRow, type TableView } from '../shared/data-table.js';
import { messagesFor } from '../shared/messages.js';
import { mapMessages } from './map-messages.js';
import { valueOf, type Counts, type Measure } from './map-counts.js';

const unlocatedRowId = 'location-not-stated';

/** `drawn`: the ids of the regions the boundaries draw. The element owns whether it is open. */
export function renderRegionTable(
  counts: Counts,
  drawn: readonly string[],
  measure: Measure,
  regionName: (id: string) => string,
  lang: string,
  table: Pick<TableView, 'open' | 'onToggle'>,
) {
  const messages = messagesFor(lang);
  const t = mapMessages(lang);
  const onMap = new Set(drawn);
  const ids = [...new Set([...drawn, ...counts.byRegion.keys()])];
  const rows: TableRow[] = table.open
    ? ids
        .map((id) => ({ id, tally: counts.byRegion.get(id), name: regionName(id) }))
        .sort(
          (a, b) =>
            valueOf(b.tally, measure) - valueOf(a.tally, measure) ||
            a.name.localeCompare(b.name, lang),
        )
        .map(({ id, tally, name }) => ({
          id,
          cells: [
            onMap.has(id) ? name : `${name} (${t.notOnMapRow})`,
            tally ? tally.incidents.toLocaleString(lang) : `${t.noData} (${t.noDataLong})`,
            tally ? tally.people.toLocaleString(lang) : '',
          ],
        }))
    : [];
  if (table.open)
    rows.push({
      id: unlocatedRowId,
      cells: [
        messages.locationNotStated,
        counts.unlocated.incidents.toLocaleString(lang),
        counts.unlocated.people.toLocaleString(lang),
      ],
    });
  return renderTableView({
    ...table,
    caption: t.tableCaption,
    lang,
    columns: [
      { label: t.region },
      { label: t.incidents, numeric: true },
      { label: messages.peopleAffected, numeric: true },
    ],
    rows,
  });
}
