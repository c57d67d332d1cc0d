import { useEffect, useMemo } from 'react';
import type { Device } from '@handraise/shared';
import { SortIcon } from '../../components/icons.tsx';
import type { DeviceFilter } from '../../lib/device-filters.ts';
import { filterDevices, nextSort, sortDevices } from '../../lib/device-order.ts';
import { DEFAULT_DEVICE_SORT, type DeviceSort } from '../../lib/device-url-state.ts';
import { formatCount } from '../../lib/format.ts';
import { navigate } from '../../lib/route.ts';
import {
  keepExisting,
  shownState,
  toggleAllShown,
  toggleRow,
  type RowSelection,
} from '../../lib/row-selection.ts';
import { useNow } from '../../lib/use-now.ts';
import { deviceColumns } from './device-columns.tsx';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.tsx';
import { SelectAllHeader, SelectRowCell } from './SelectCells.tsx';

/** Every row is one line, so rows need no measuring; CSS sets the same height. */
const ROW_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 44;
/** Rows drawn beyond the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN_ROWS = 12;

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

/**
 * The devices table: the fleet sorted once per sorting or list change and filtered from that
 * order (typing a search never sorts again); TanStack Virtual draws only the rows in view (spacer
 * rows keep the scroll height), so 10,000 devices load, scroll and filter smoothly. Sorting lives
 * in the page address (the view passes it in); the selection in the view.
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
  const columns = deviceColumns(showUpdates);
  // A sorting by a column this reader does not have (a shared link) is the usual order, shown so.
  const shownSort = columns.some((column) => column.id === sort.id) ? sort : DEFAULT_DEVICE_SORT;
  const sorted = useMemo(() => sortDevices(devices, shownSort), [devices, shownSort]);
  const rows = useMemo(() => filterDevices(sorted, filter), [sorted, filter]);
  const shownIds = useMemo(() => rows.map((device) => device.id), [rows]);
  // The selection never reaches past the rows shown: narrowing the list, or a computer moved or
  // retired out of it by someone else, drops those rows from it, so an action on the selection
  // acts only on computers the coordinator can see.
  useEffect(() => {
    if (!selection) return;
    const shown = new Set(shownIds);
    for (const id of selection.value.ids) {
      if (!shown.has(id)) return selection.onChange(keepExisting(selection.value, shown));
    }
  }, [shownIds, selection]);

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
              <tr aria-rowindex={1}>
                {selection && (
                  <SelectAllHeader
                    shown={rows.length}
                    state={shownState(selection.value, shownIds)}
                    onToggle={() => selection.onChange(toggleAllShown(selection.value, shownIds))}
                  />
                )}
                {columns.map((column) => {
                  const direction = shownSort.id === column.id && (shownSort.desc ? 'desc' : 'asc');
                  return (
                    <th
                      key={column.id}
                      scope="col"
                      className={column.className}
                      aria-sort={
                        direction === 'asc'
                          ? 'ascending'
                          : direction === 'desc'
                            ? 'descending'
                            : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => onSortChange(nextSort(shownSort, column.id))}
                      >
                        {column.header}
                        <SortIcon direction={direction} />
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {/* One column: a wider span would add a phantom column once narrow screens hide some. */}
              <SpacerRow height={paddingTop} columns={1} />
              {items.map((item) => {
                const device = rows[item.index];
                if (!device) return null;
                const selected = selection?.value.ids.has(device.id) ?? false;
                return (
                  <tr
                    key={device.id}
                    aria-rowindex={item.index + 2}
                    data-device-id={device.id}
                    data-selected={selected}
                    onClick={(event) => {
                      // The name is the keyboard path; a click anywhere else on the row opens it too.
                      if (!(event.target instanceof HTMLAnchorElement))
                        navigate('devices', device.id);
                    }}
                  >
                    {selection && (
                      <SelectRowCell
                        name={device.name}
                        selected={selected}
                        onToggle={(range) =>
                          selection.onChange(toggleRow(selection.value, shownIds, device.id, range))
                        }
                      />
                    )}
                    {columns.map((column) => (
                      <td
                        key={column.id}
                        className={
                          column.cellClass
                            ? `${column.className} ${column.cellClass(device)}`
                            : column.className
                        }
                      >
                        {column.cell(device, now)}
                      </td>
                    ))}
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
