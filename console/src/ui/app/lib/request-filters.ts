import type { Device, HelpCategory, HelpRequest, RequestState } from '@handraise/shared';
import { OPEN_STATES } from './labels.ts';

const MINUTE_MS = 60_000;

/** Minimum waiting time for the age filter. */
export const AGE_FILTERS = {
  any: 0,
  '15m': 15 * MINUTE_MS,
  '1h': 60 * MINUTE_MS,
  '1d': 24 * 60 * MINUTE_MS,
} as const;
export type AgeFilter = keyof typeof AGE_FILTERS;

export type RequestFilter = {
  search: string;
  /** `open` is new, claimed and escalated together: the queue's usual view. */
  state: 'open' | 'all' | RequestState;
  /** `all`, `room:<name>` or `site:<name>`, matched against the requesting device. */
  place: string;
  category: 'all' | HelpCategory;
  /** `all`, `unassigned`, or a user id. */
  assignee: string;
  age: AgeFilter;
};

export const DEFAULT_REQUEST_FILTER: RequestFilter = {
  search: '',
  state: 'open',
  place: 'all',
  category: 'all',
  assignee: 'all',
  age: 'any',
};

/** Rooms and sites of the fleet, as place filter values with labels, sorted. */
export function placeOptions(devices: readonly Device[]): { id: string; label: string }[] {
  const sites = new Set<string>();
  const rooms = new Set<string>();
  for (const d of devices) {
    if (d.site) sites.add(d.site);
    if (d.room) rooms.add(d.room);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
  return [
    ...[...sites].sort(byName).map((s) => ({ id: `site:${s}`, label: `Site: ${s}` })),
    ...[...rooms].sort(byName).map((r) => ({ id: `room:${r}`, label: r })),
  ];
}

function matchesPlace(place: string, device: Device | undefined): boolean {
  if (place === 'all') return true;
  if (place.startsWith('room:')) return device?.room === place.slice(5);
  if (place.startsWith('site:')) return device?.site === place.slice(5);
  return false;
}

/**
 * The queue for a filter. Open requests come oldest first (first come, first helped); other views
 * newest first.
 */
export function filterRequests(
  requests: readonly HelpRequest[],
  deviceOf: (id: string) => Device | undefined,
  filter: RequestFilter,
  now: number,
): HelpRequest[] {
  const search = filter.search.trim().toLowerCase();
  const minAge = AGE_FILTERS[filter.age];
  const result = requests.filter((r) => {
    if (
      filter.state === 'open'
        ? !OPEN_STATES.includes(r.state)
        : filter.state !== 'all' && r.state !== filter.state
    )
      return false;
    if (filter.category !== 'all' && r.category !== filter.category) return false;
    if (
      filter.assignee === 'unassigned'
        ? r.assigneeId !== null
        : filter.assignee !== 'all' && r.assigneeId !== filter.assignee
    )
      return false;
    if (minAge > 0 && now - Date.parse(r.createdAt) < minAge) return false;
    const device = deviceOf(r.deviceId);
    if (!matchesPlace(filter.place, device)) return false;
    if (!search) return true;
    // "42" or "#42": the number someone says aloud finds that request.
    if (/^#?\d+$/.test(search) && r.number === Number(search.replace('#', ''))) return true;
    return [r.deviceName, r.text, r.requester ?? '', device?.room ?? ''].some((s) =>
      s.toLowerCase().includes(search),
    );
  });
  const oldestFirst = filter.state === 'open' || OPEN_STATES.includes(filter.state as RequestState);
  return result.sort((a, b) =>
    oldestFirst ? a.createdAt.localeCompare(b.createdAt) : b.createdAt.localeCompare(a.createdAt),
  );
}
