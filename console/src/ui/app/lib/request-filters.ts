import {
  HELP_CATEGORIES,
  REQUEST_STATES,
  type Device,
  type HelpCategory,
  type HelpRequest,
  type RequestState,
} from '@handraise/shared';
import { OPEN_STATES } from './labels.ts';
import type { RouteParams } from './route.ts';

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
  /** A local day (YYYY-MM-DD) the requests were raised on, or '' for any day. */
  day: string;
};

export const DEFAULT_REQUEST_FILTER: RequestFilter = {
  search: '',
  state: 'open',
  place: 'all',
  category: 'all',
  assignee: 'all',
  age: 'any',
  day: '',
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
    if (filter.day && localDay(r.createdAt) !== filter.day) return false;
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
  // A stopped class comes first while its request is open, in every view (as the hub lists them).
  const stopped = (r: HelpRequest) => (r.urgent && OPEN_STATES.includes(r.state) ? 0 : 1);
  return result.sort(
    (a, b) =>
      stopped(a) - stopped(b) ||
      (oldestFirst
        ? a.createdAt.localeCompare(b.createdAt)
        : b.createdAt.localeCompare(a.createdAt)),
  );
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
function localDay(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

// The filter in the address (`#/requests/<id>?state=escalated&q=printer&room=Room 12`). The names
// `state`, `q`, `room` and `day` are a contract: Today's tiles link to them.
const STATE_VALUES: readonly string[] = ['open', 'all', ...REQUEST_STATES];
const CATEGORY_VALUES: readonly string[] = HELP_CATEGORIES;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The state a view shows when the address names none: a day's requests whatever their state. */
const defaultState = (day: string): RequestFilter['state'] => (day ? 'all' : 'open');

/** The queue's filter from the address's parameters; anything unknown reads as its default. */
export function filterFromParams(params: RouteParams): RequestFilter {
  const day = params.day && DAY_PATTERN.test(params.day) ? params.day : '';
  const state = params.state && STATE_VALUES.includes(params.state) ? params.state : null;
  const place = params.room ? `room:${params.room}` : params.site ? `site:${params.site}` : 'all';
  const age = params.age && params.age in AGE_FILTERS ? (params.age as AgeFilter) : 'any';
  return {
    search: params.q ?? '',
    state: (state as RequestFilter['state'] | null) ?? defaultState(day),
    place,
    category:
      params.category && CATEGORY_VALUES.includes(params.category)
        ? (params.category as HelpCategory)
        : 'all',
    assignee: params.assignee ?? 'all',
    age,
    day,
  };
}

/** The address's parameters for a filter: defaults are left out, so a plain queue is `#/requests`. */
export function paramsFromFilter(filter: RequestFilter): Record<string, string | null> {
  const place = filter.place;
  return {
    state: filter.state === defaultState(filter.day) ? null : filter.state,
    q: filter.search || null,
    room: place.startsWith('room:') ? place.slice(5) : null,
    site: place.startsWith('site:') ? place.slice(5) : null,
    category: filter.category === 'all' ? null : filter.category,
    assignee: filter.assignee === 'all' ? null : filter.assignee,
    age: filter.age === 'any' ? null : filter.age,
    day: filter.day || null,
  };
}

/** Whether the request is one the filter lists (the request shown may have moved out of it). */
export function matchesFilter(
  request: HelpRequest,
  deviceOf: (id: string) => Device | undefined,
  filter: RequestFilter,
  now: number,
): boolean {
  return filterRequests([request], deviceOf, filter, now).length === 1;
}
