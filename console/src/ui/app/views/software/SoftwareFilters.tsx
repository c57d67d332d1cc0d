import { useMemo } from 'react';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { SegmentedField } from '../../components/fields/SegmentedField.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { formatCount } from '../../lib/format.ts';
import type { SoftwareFilter, TitleStatusFilter } from '../../lib/software-filters.ts';
import { ALL, roomsAt, sitesOf } from '../../lib/software-scope.ts';
import { useDevices } from '../../state/hub-context.ts';

type Props = {
  filter: SoftwareFilter;
  onChange: (filter: SoftwareFilter) => void;
  counts: Record<TitleStatusFilter, number> | null;
  shown: number | null;
};

/** Which titles (needing an update, all, can't tell), search, and the site and room to look at. */
export function SoftwareFilters({ filter, onChange, counts, shown }: Props) {
  const devices = useDevices();
  const sites = useMemo(() => sitesOf(devices), [devices]);
  const rooms = useMemo(() => roomsAt(devices, filter.site), [devices, filter.site]);
  const count = (status: TitleStatusFilter) => (counts ? ` (${formatCount(counts[status])})` : '');
  const statusOptions = [
    { id: 'behind' as const, label: `Needs update${count('behind')}` },
    { id: 'all' as const, label: `All titles${count('all')}` },
    { id: 'unknown' as const, label: `Can't tell${count('unknown')}` },
  ];

  return (
    <div className="toolbar" role="search" aria-label="Filter software">
      <SegmentedField
        label="Show"
        options={statusOptions}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <SearchInput
        label="Search titles"
        placeholder="e.g. Zoom"
        value={filter.search}
        onChange={(search) => onChange({ ...filter, search })}
      />
      {sites.length > 0 && (
        <SelectField
          label="Site"
          options={[{ id: ALL, label: 'Every site' }, ...sites.map((s) => ({ id: s, label: s }))]}
          value={filter.site}
          // A room of the old site may not exist at the new one.
          onChange={(site) => onChange({ ...filter, site, room: ALL })}
        />
      )}
      <SelectField
        label="Room"
        options={[{ id: ALL, label: 'Every room' }, ...rooms.map((r) => ({ id: r, label: r }))]}
        value={filter.room}
        onChange={(room) => onChange({ ...filter, room })}
      />
      <p className="result-count" role="status" data-testid="software-shown">
        {shown === null ? '' : `${formatCount(shown)} shown`}
      </p>
    </div>
  );
}
