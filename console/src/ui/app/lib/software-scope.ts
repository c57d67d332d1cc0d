import type { Device, SoftwareScope } from '@handraise/shared';

/** The Site and Room filters of the software pages; 'all' means no filter. */
export type ScopeFilter = { site: string; room: string };

export const ALL = 'all';
export const WHOLE_FLEET: ScopeFilter = { site: ALL, room: ALL };

/** The filter as the hub's query parameters take it (absent means every site or room). */
export function toScope(filter: ScopeFilter): SoftwareScope {
  return {
    ...(filter.site !== ALL ? { site: filter.site } : {}),
    ...(filter.room !== ALL ? { room: filter.room } : {}),
  };
}

/** `?site=…&room=…`, or an empty string for the whole fleet. */
export function scopeQuery(filter: ScopeFilter): string {
  const query = new URLSearchParams(toScope(filter)).toString();
  return query ? `?${query}` : '';
}

/** "in Room 204 at North campus", "at North campus", "across all computers". */
export function scopeLabel(filter: ScopeFilter): string {
  const parts = [
    filter.room !== ALL ? `in ${filter.room}` : '',
    filter.site !== ALL ? `at ${filter.site}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'across all computers';
}

const byNumber = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

/** The sites of the fleet, sorted. */
export function sitesOf(devices: readonly Device[]): string[] {
  const sites = new Set<string>();
  for (const d of devices) if (d.site) sites.add(d.site);
  return [...sites].sort(byNumber);
}

/** The rooms of the fleet, or of one site when a site is chosen, sorted the way people number them. */
export function roomsAt(devices: readonly Device[], site: string): string[] {
  const rooms = new Set<string>();
  for (const d of devices) if (d.room && (site === ALL || d.site === site)) rooms.add(d.room);
  return [...rooms].sort(byNumber);
}

/** " in Room 204 at North campus", or nothing for the whole fleet: to follow a count. */
export function scopeSuffix(filter: ScopeFilter): string {
  return filter.site === ALL && filter.room === ALL ? '' : ` ${scopeLabel(filter)}`;
}

/** A file name for the export of this scope: `outdated-software-room-204.csv`. */
export function exportFileName(filter: ScopeFilter): string {
  const words = [filter.site, filter.room]
    .filter((part) => part !== ALL)
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return words ? `outdated-software-${words}.csv` : 'outdated-software.csv';
}
