// What the Devices view offers a reader: the room choices (a room named in the address stays one,
// even with no computer in it, so the filter shows and can be cleared), and whether update
// verdicts are theirs to read (a student advisor's rows come without them).
import type { Device } from '@handraise/shared';
import type { SelectOption } from '../../components/fields/SelectField.tsx';
import type { DeviceFilter } from '../../lib/device-filters.ts';

/** The Room filter's choices: every room, the fleet's rooms, and the one filtered on if gone. */
export function roomOptions(roomNames: readonly string[], filtered: string): SelectOption[] {
  const options = [
    { id: 'all', label: 'Every room' },
    ...roomNames.map((r) => ({ id: r, label: r })),
  ];
  if (filtered !== 'all' && !roomNames.includes(filtered)) {
    options.push({ id: filtered, label: `${filtered} (no computers)` });
  }
  return options;
}

/** The hub withholds update verdicts from the whole list or none of it (student advisors). */
export const verdictsHiddenIn = (devices: readonly Device[]): boolean =>
  devices.some((d) => d.verdictsHidden === true);

/** The filter the table applies: "Needs updates" means nothing where verdicts are withheld. */
export const effectiveFilter = (filter: DeviceFilter, verdictsHidden: boolean): DeviceFilter =>
  verdictsHidden && filter.needsUpdate ? { ...filter, needsUpdate: false } : filter;
