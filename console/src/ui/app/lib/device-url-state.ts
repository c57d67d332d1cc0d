// The Devices view's filters, search and sorting as the page address carries them, so a reload,
// Back and Forward, and a pasted link show the same list. The names are a contract: other views
// link to `#/devices?status=offline` and `#/devices?needs=updates`.
// #/devices?status=offline&needs=updates&platform=windows&room=Room%2012&q=lab&sort=name&dir=asc
import { PLATFORMS, type Platform } from '@handraise/shared';
import { DEFAULT_DEVICE_FILTER, type DeviceFilter } from './device-filters.ts';
import { hrefFor, type RouteParams } from './route.ts';

/** Sortable columns as the address names them, and the table's column id for each. */
const SORT_COLUMNS = {
  name: 'name',
  status: 'online',
  os: 'os',
  room: 'room',
  updates: 'updatesCount',
  installed: 'softwareCount',
  seen: 'lastSeen',
} as const;
type SortName = keyof typeof SORT_COLUMNS;

/** The table's sorting: one column, ascending or descending. */
export type DeviceSort = { id: string; desc: boolean };
export const DEFAULT_DEVICE_SORT: DeviceSort = { id: 'name', desc: false };

/** Parameter changes, for setRouteParams: null drops a parameter. */
export type ParamChanges = Record<string, string | null>;

const isPlatform = (value: string | undefined): value is Platform =>
  (PLATFORMS as readonly string[]).includes(value ?? '');

/** The filter the address asks for; unknown values read as "any". */
export function filterFromParams(params: RouteParams): DeviceFilter {
  const status = params.status;
  return {
    search: params.q ?? DEFAULT_DEVICE_FILTER.search,
    platform: isPlatform(params.platform) ? params.platform : 'all',
    room: params.room || 'all',
    status: status === 'online' || status === 'offline' ? status : 'all',
    needsUpdate: params.needs === 'updates',
  };
}

/** The address changes for a filter change; defaults leave the address. */
export function filterChanges(changes: Partial<DeviceFilter>): ParamChanges {
  const out: ParamChanges = {};
  if (changes.search !== undefined) out.q = changes.search || null;
  if (changes.platform !== undefined)
    out.platform = changes.platform === 'all' ? null : changes.platform;
  if (changes.room !== undefined) out.room = changes.room === 'all' ? null : changes.room;
  if (changes.status !== undefined) out.status = changes.status === 'all' ? null : changes.status;
  if (changes.needsUpdate !== undefined) out.needs = changes.needsUpdate ? 'updates' : null;
  return out;
}

/** The sorting the address asks for (by name, A to Z, unless it says otherwise). */
export function sortFromParams(params: RouteParams): DeviceSort {
  const name = params.sort as SortName | undefined;
  // Own keys only: `sort=__proto__` or `constructor` is no column.
  const id =
    name && Object.hasOwn(SORT_COLUMNS, name) ? SORT_COLUMNS[name] : DEFAULT_DEVICE_SORT.id;
  return { id, desc: params.dir === 'desc' };
}

/** The address changes for a sorting; the default sorting leaves the address. */
export function sortChanges(sort: DeviceSort | null): ParamChanges {
  const entry = Object.entries(SORT_COLUMNS).find(([, id]) => id === sort?.id);
  if (!sort || !entry || (sort.id === DEFAULT_DEVICE_SORT.id && !sort.desc))
    return { sort: null, dir: null };
  return { sort: entry[0], dir: sort.desc ? 'desc' : 'asc' };
}

/** The list's parameters as last shown in this tab, for a device page's way back to it. */
let lastListParams: RouteParams = {};

/** Remembers the list's parameters (the Devices view calls this as they change). */
export function rememberListParams(params: RouteParams): void {
  lastListParams = params;
}

/** The address of the devices list as it was last shown, filters, search and sorting and all. */
export const devicesListHref = (): string => hrefFor('devices', null, lastListParams);
