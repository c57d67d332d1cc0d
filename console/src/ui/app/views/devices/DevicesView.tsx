import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { PLATFORMS } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { fleetCounts } from '../../lib/today-stats.ts';
import { DEFAULT_DEVICE_FILTER, roomsOf, type DeviceFilter } from '../../lib/device-filters.ts';
import { formatCount } from '../../lib/format.ts';
import { PLATFORM_LABELS } from '../../lib/labels.ts';
import { useDevices, useHub } from '../../state/hub-context.ts';
import { DeviceTable } from './DeviceTable.tsx';
import { ReinstallsNotice } from './ReinstallsNotice.tsx';

const PLATFORM_OPTIONS = [
  { id: 'all', label: 'Any system' },
  ...PLATFORMS.map((p) => ({ id: p, label: PLATFORM_LABELS[p] })),
];
const STATUS_OPTIONS = [
  { id: 'all', label: 'Online or not' },
  { id: 'online', label: 'Online' },
  { id: 'offline', label: 'Offline' },
];

/** The filters survive a visit to a device page and back, for this tab. */
let rememberedFilter: DeviceFilter = DEFAULT_DEVICE_FILTER;

/** Every enrolled device: search, filters, sorting, and a live online state. */
export function DevicesView() {
  const { devices: store } = useHub();
  const devices = useDevices();
  const [filter, setFilter] = useState<DeviceFilter>(rememberedFilter);
  useEffect(() => {
    rememberedFilter = filter;
  }, [filter]);
  // Typing stays responsive: the 10,000-row filter runs on the deferred value.
  const deferred = useDeferredValue(filter);
  const rooms = useMemo(
    () => [
      { id: 'all', label: 'Every room' },
      ...roomsOf(devices).map((r) => ({ id: r, label: r })),
    ],
    [devices],
  );
  const counts = useMemo(() => fleetCounts(devices), [devices]);
  const set =
    <K extends keyof DeviceFilter>(key: K) =>
    (value: DeviceFilter[K]) =>
      setFilter((f) => ({ ...f, [key]: value }));

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Devices</h1>
          <p className="subtitle">
            {formatCount(counts.total)} enrolled · {formatCount(counts.online)} online ·{' '}
            {formatCount(counts.needUpdates)} waiting for updates
          </p>
        </div>
      </header>
      <ReinstallsNotice />
      <div className="toolbar" role="search" aria-label="Filter devices">
        <SearchInput
          label="Search devices"
          placeholder="Name or room"
          value={filter.search}
          onChange={set('search')}
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
        <CheckboxField
          label="Needs updates"
          isSelected={filter.needsUpdate}
          onChange={set('needsUpdate')}
        />
      </div>
      {store.isLoaded() && devices.length === 0 ? (
        <div className="card empty center">
          <h2>No computers enrolled yet</h2>
          <p>
            Create an enrollment token in People › Enrollment and run the install command it shows
            on a school computer.
          </p>
        </div>
      ) : (
        <DeviceTable devices={devices} filter={deferred} />
      )}
    </div>
  );
}
