import { useMemo } from 'react';
import {
  constructCell,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import type { Device } from '@handraise/shared';
import { SortIcon } from '../../components/icons.tsx';
import type { DeviceFilter } from '../../lib/device-filters.ts';
import type { DeviceSort } from '../../lib/device-url-state.ts';
import { formatCount } from '../../lib/format.ts';
import { navigate } from '../../lib/route.ts';
import {
  shownState,
  toggleAllShown,
  toggleRow,
  type RowSelection,
} from '../../lib/row-selection.ts';
import { useNow } from '../../lib/use-now.ts';
import { deviceColumns, deviceTableFeatures, searchDevices } from './device-columns.tsx';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.tsx';
import { SelectAllHeader, SelectRowCell } from './SelectCells.tsx';

/** Every row is one line, so rows need no measuring; CSS sets the same height. */
const ROW_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 44;
/** Rows drawn beyond the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN_ROWS = 12;

/**
 * Each column's classes. `drop-…` columns give way, in that order, when the table is narrow (see
 * devices.css): the name stays readable whatever the window and sidebar leave.
 */
const COLUMN_CLASSES: Record<string, string> = {
  name: 'col-name',
  online: 'col-status',
  os: 'col-os drop-3',
  room: 'col-room',
  updatesCount: 'col-count numeric',
  softwareCount: 'col-count numeric drop-1',
  lastSeen: 'col-seen drop-2',
};

type Props = {
  devices: readonly Device[];
  filter: DeviceFilter;
  sort: DeviceSort;
  onSortChange: (sort: DeviceSort | null) => void;
  /** The Updates column; false where the reader gets no update verdicts (student advisors). */
  showUpdates: boolean;
  /** The coordinator's selection for bulk actions; null where nobody may act on many at once. */
  selection: { value: RowSelection; onChange: (next: RowSelection) => void } | null;
};

/** A cell's classes; pending updates stand out so the column reads at a glance. */
function cellClass(columnId: string, device: Device): string | undefined {
  const base = COLUMN_CLASSES[columnId];
  if (columnId !== 'updatesCount') return base;
  return `${base} ${device.outdatedCount > 0 ? 'has-updates' : 'no-updates'}`;
}

/** Filters as TanStack column filters. */
function columnFiltersOf(filter: DeviceFilter): ColumnFiltersState {
  const filters: ColumnFiltersState = [];
  if (filter.platform !== 'all') filters.push({ id: 'os', value: filter.platform });
  if (filter.room !== 'all') filters.push({ id: 'room', value: filter.room });
  if (filter.status !== 'all') filters.push({ id: 'online', value: filter.status });
  if (filter.needsUpdate) filters.push({ id: 'updatesCount', value: true });
  return filters;
}

/**
 * The devices table: TanStack Table filters and sorts all rows, TanStack Virtual draws only those
 * in view (spacer rows keep the scroll height), so 10,000 devices scroll and filter smoothly.
 * Sorting lives in the page address (the view passes it in); the selection in the view.
 */
export function DeviceTable({
  devices,
  filter,
  sort,
  onSortChange,
  showUpdates,
  selection,
}: Props) {
  const now = useNow();
  const columns = useMemo(() => deviceColumns(now, showUpdates), [now, showUpdates]);
  const data = devices as Device[];
  const sorting = useMemo<SortingState>(() => [sort], [sort]);
  const columnFilters = useMemo(() => columnFiltersOf(filter), [filter]);
  const table = useTable({
    features: deviceTableFeatures,
    columns,
    data,
    getRowId: (device) => device.id,
    state: { sorting, columnFilters, globalFilter: filter.search },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(next[0] ?? null);
    },
    globalFilterFn: searchDevices,
    getColumnCanGlobalFilter: (column) => column.id === 'name',
  });
  const rows = table.getRowModel().rows;
  const shownIds = useMemo(() => rows.map((row) => row.id), [rows]);
  // Cells are made for the rows drawn and dropped with them: `row.getAllCells()` would keep them
  // on every row ever scrolled past, growing the heap by some 35 MB over 10,000 rows.
  const leafColumns = table.getAllLeafColumns();

  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(rows.length, {
    rowHeightPx: ROW_HEIGHT_PX,
    headerHeightPx: HEADER_HEIGHT_PX,
    overscanRows: OVERSCAN_ROWS,
  });

  return (
    <>
      <p className="result-count" role="status" data-testid="devices-shown">
        Showing {formatCount(rows.length)} of {formatCount(devices.length)}
      </p>
      <div className="devices-table-area">
        <div className="table-scroll virtual" ref={scrollRef}>
          <table
            className="data-table devices-table"
            aria-rowcount={rows.length + 1}
            data-testid="devices-table"
          >
            <caption className="sr-only">
              Devices, {rows.length} shown. Column headers sort the list.
            </caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {selection && (
                    <SelectAllHeader
                      shown={rows.length}
                      state={shownState(selection.value, shownIds)}
                      onToggle={() => selection.onChange(toggleAllShown(selection.value, shownIds))}
                    />
                  )}
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={COLUMN_CLASSES[header.column.id]}
                        aria-sort={
                          sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                        }
                      >
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {/* One column: a wider span would add a phantom column once narrow screens hide some. */}
              <SpacerRow height={paddingTop} columns={1} />
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                const selected = selection?.value.ids.has(row.id) ?? false;
                return (
                  <tr
                    key={row.id}
                    aria-rowindex={item.index + 2}
                    data-device-id={row.id}
                    data-selected={selected}
                    onClick={(event) => {
                      // The name is the keyboard path; a click anywhere else on the row opens it too.
                      if (!(event.target instanceof HTMLAnchorElement)) navigate('devices', row.id);
                    }}
                  >
                    {selection && (
                      <SelectRowCell
                        name={row.original.name}
                        selected={selected}
                        onToggle={(range) =>
                          selection.onChange(toggleRow(selection.value, shownIds, row.id, range))
                        }
                      />
                    )}
                    {leafColumns.map((column) => {
                      const cell = constructCell(column, row, table);
                      return (
                        <td key={cell.id} className={cellClass(column.id, row.original)}>
                          <table.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              <SpacerRow height={paddingBottom} columns={1} />
            </tbody>
          </table>
          {rows.length === 0 && <p className="empty center">No device matches these filters.</p>}
        </div>
      </div>
    </>
  );
}
