import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { PLATFORMS } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { fleetCounts } from '../../lib/today-stats.ts';
import { roomsOf, type DeviceFilter } from '../../lib/device-filters.ts';
import {
  filterChanges,
  filterFromParams,
  rememberListParams,
  sortChanges,
  sortFromParams,
  type DeviceSort,
} from '../../lib/device-url-state.ts';
import { formatCount } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { useRoute, useRouteParams } from '../../lib/route.ts';
import { NO_SELECTION, type RowSelection } from '../../lib/row-selection.ts';
import { useDevices, useHub } from '../../state/hub-context.ts';
import { DeviceBulkBar } from './DeviceBulkBar.tsx';
import { DeviceTable } from './DeviceTable.tsx';
import { ReinstallsNotice } from './ReinstallsNotice.tsx';
import { effectiveFilter, roomOptions, verdictsHiddenIn } from './device-view-options.ts';

const PLATFORM_OPTIONS = [
  { id: 'all', label: 'Any system' },
  ...PLATFORMS.map((p) => ({ id: p, label: PLATFORM_LABELS[p] })),
];
const STATUS_OPTIONS = [
  { id: 'all', label: 'Online or not' },
  { id: 'online', label: 'Online' },
  { id: 'offline', label: 'Offline' },
];

/** "1 needs updates", "12 need updates": the words Today and Software use. */
const needUpdatesText = (count: number): string =>
  `${formatCount(count)} ${count === 1 ? 'needs' : 'need'} updates`;

/**
 * Every enrolled device: search, filters, sorting (all in the page address, so a reload, Back
 * and a pasted link keep them), a live online state, and for the coordinator, bulk actions.
 */
export function DevicesView() {
  const { devices: store, user } = useHub();
  const devices = useDevices();
  const [params, setParams] = useRouteParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const sort = useMemo(() => sortFromParams(params), [params]);
  // Only while the address is the list's: on the way to a computer's page this view may draw
  // once more with that page's (empty) parameters before it goes.
  const route = useRoute();
  const showsList = route.view === 'devices' && !route.deviceId;
  useEffect(() => {
    if (showsList) rememberListParams(params);
  }, [showsList, params]);
  // Typing stays responsive: the 10,000-row filter runs on the deferred value.
  const verdictsHidden = verdictsHiddenIn(devices);
  const deferred = useDeferredValue(effectiveFilter(filter, verdictsHidden));
  const roomNames = useMemo(() => roomsOf(devices), [devices]);
  const rooms = useMemo(() => roomOptions(roomNames, filter.room), [roomNames, filter.room]);
  // A student advisor's rows carry no serial or addresses: her search is by name and room.
  const searchHint = user.advisor?.kind === 'student' ? 'Name or room' : 'Name or serial';
  const counts = useMemo(() => fleetCounts(devices), [devices]);
  const set =
    <K extends keyof DeviceFilter>(key: K, options?: { replace: boolean }) =>
    (value: DeviceFilter[K]) =>
      setParams(filterChanges({ [key]: value }), options);
  const onSortChange = useCallback(
    (next: DeviceSort | null) => setParams(sortChanges(next)),
    [setParams],
  );

  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const mayActOnMany = user.role === 'coordinator';

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Devices</h1>
          <p className="subtitle">
            {formatCount(counts.total)} enrolled · {formatCount(counts.online)} online
            {!verdictsHidden && ` · ${needUpdatesText(counts.needUpdates)}`}
          </p>
        </div>
      </header>
      <ReinstallsNotice />
      <div className="toolbar" role="search" aria-label="Filter devices">
        <SearchInput
          label="Search devices"
          placeholder={searchHint}
          value={filter.search}
          // One history entry for the search, not one per key press.
          onChange={set('search', { replace: true })}
        />
        <SelectField
          label="Operating system"
          options={PLATFORM_OPTIONS}
          value={filter.platform}
          onChange={(v) => set('platform')(v as DeviceFilter['platform'])}
        />
        <SelectField label="Room" options={rooms} value={filter.room} onChange={set('room')} />
        <SelectField
          label="Status"
          options={STATUS_OPTIONS}
          value={filter.status}
          onChange={(v) => set('status')(v as DeviceFilter['status'])}
        />
        {!verdictsHidden && (
          <CheckboxField
            label="Needs updates"
            isSelected={filter.needsUpdate}
            onChange={set('needsUpdate')}
          />
        )}
      </div>
      {mayActOnMany && (
        <DeviceBulkBar
          selectedIds={[...selection.ids]}
          rooms={roomNames}
          onClear={() => setSelection(NO_SELECTION)}
        />
      )}
      {store.isLoaded() && devices.length === 0 ? (
        <div className="card empty center">
          <h2>No computers enrolled yet</h2>
          <p>
            Create an enrollment token in People › Enrollment and run the install command it shows
            on a school computer.
          </p>
        </div>
      ) : (
        <DeviceTable
          devices={devices}
          filter={deferred}
          sort={sort}
          onSortChange={onSortChange}
          showUpdates={!verdictsHidden}
          selection={mayActOnMany ? { value: selection, onChange: setSelection } : null}
        />
      )}
    </div>
  );
}
