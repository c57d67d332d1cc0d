import { useMemo } from 'react';
import { HELP_CATEGORIES, REQUEST_STATES, type Device } from '@handraise/shared';
import { CheckboxField } from '../../components/fields/CheckboxField.tsx';
import { SearchInput } from '../../components/fields/SearchInput.tsx';
import { SelectField } from '../../components/fields/SelectField.tsx';
import { CATEGORY_LABELS, STATE_LABELS } from '../../lib/labels.ts';
import { placeOptions, type AgeFilter, type RequestFilter } from '../../lib/request-filters.ts';
import { useHub } from '../../state/hub-context.ts';

const STATE_OPTIONS = [
  { id: 'open', label: 'Open' },
  { id: 'all', label: 'All' },
  ...REQUEST_STATES.map((s) => ({ id: s, label: STATE_LABELS[s] })),
];
const CATEGORY_OPTIONS = [
  { id: 'all', label: 'Any category' },
  ...HELP_CATEGORIES.map((c) => ({ id: c, label: CATEGORY_LABELS[c] })),
];
const AGE_OPTIONS: { id: AgeFilter; label: string }[] = [
  { id: 'any', label: 'Any age' },
  { id: '15m', label: 'Over 15 minutes' },
  { id: '1h', label: 'Over an hour' },
  { id: '1d', label: 'Over a day' },
];

type Props = {
  filter: RequestFilter;
  onChange: (filter: RequestFilter) => void;
  devices: readonly Device[];
};

/** Search and filters of the queue: state, room or site, category, assignee, age. */
export function RequestFilters({ filter, onChange, devices }: Props) {
  const { people, user } = useHub();
  const places = useMemo(
    () => [{ id: 'all', label: 'Every room' }, ...placeOptions(devices)],
    [devices],
  );
  const assignees = useMemo(
    () => [
      { id: 'all', label: 'Anyone' },
      { id: 'unassigned', label: 'Nobody yet' },
      ...people.map((p) => ({ id: p.id, label: p.id === user.id ? 'Me' : p.displayName })),
    ],
    [people, user.id],
  );
  const set =
    <K extends keyof RequestFilter>(key: K) =>
    (value: string) =>
      onChange({ ...filter, [key]: value });

  return (
    <div className="toolbar" role="search" aria-label="Filter requests">
      <SearchInput label="Search requests" value={filter.search} onChange={set('search')} />
      <SelectField
        label="State"
        options={STATE_OPTIONS}
        value={filter.state}
        onChange={set('state')}
      />
      <SelectField
        label="Room or site"
        options={places}
        value={filter.place}
        onChange={set('place')}
      />
      <SelectField
        label="Category"
        options={CATEGORY_OPTIONS}
        value={filter.category}
        onChange={set('category')}
      />
      <SelectField
        label="Assigned to"
        options={assignees}
        value={filter.assignee}
        onChange={set('assignee')}
      />
      <SelectField label="Waiting" options={AGE_OPTIONS} value={filter.age} onChange={set('age')} />
      <CheckboxField
        label="Mine only"
        isSelected={filter.assignee === user.id}
        onChange={(mine) => onChange({ ...filter, assignee: mine ? user.id : 'all' })}
      />
    </div>
  );
}
