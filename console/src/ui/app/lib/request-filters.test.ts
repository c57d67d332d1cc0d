import { describe, expect, it } from 'vitest';
import type { Device, HelpRequest } from '@handraise/shared';
import {
  DEFAULT_REQUEST_FILTER,
  filterFromParams,
  filterRequests,
  matchesFilter,
  paramsFromFilter,
  placeOptions,
} from './request-filters.ts';

const NOW = Date.parse('2026-03-10T14:00:00Z');
const devices = new Map<string, Device>([
  ['lib', { id: 'lib', room: 'Library', site: 'North' } as Device],
  ['lab', { id: 'lab', room: 'Room 2', site: 'North' } as Device],
  ['art', { id: 'art', room: 'Room 10', site: null } as Device],
]);

function request(id: string, overrides: Partial<HelpRequest>): HelpRequest {
  return {
    id,
    // a is #1, b #2…
    number: id.charCodeAt(0) - 96,
    deviceId: 'lib',
    deviceName: 'library-pc',
    site: null,
    room: null,
    seat: null,
    category: 'printer',
    text: 'Paper jam',
    requester: null,
    urgent: false,
    state: 'new',
    createdAt: new Date(NOW - 10 * 60_000).toISOString(),
    updatedAt: new Date(NOW).toISOString(),
    screenshot: null,
    assigneeId: null,
    incidentId: null,
    ...overrides,
  };
}

const all = [
  request('a', {}),
  request('b', {
    deviceId: 'lab',
    deviceName: 'lab-pc',
    category: 'internet',
    text: 'No wifi',
    state: 'claimed',
    assigneeId: 'u1',
    createdAt: new Date(NOW - 5 * 60_000).toISOString(),
  }),
  request('c', {
    deviceId: 'art',
    state: 'resolved',
    createdAt: new Date(NOW - 3 * 3_600_000).toISOString(),
  }),
  request('d', { createdAt: new Date(NOW - 2 * 3_600_000).toISOString() }),
];
const ids = (filter: Partial<typeof DEFAULT_REQUEST_FILTER>) =>
  filterRequests(all, (id) => devices.get(id), { ...DEFAULT_REQUEST_FILTER, ...filter }, NOW).map(
    (r) => r.id,
  );

describe('request filters', () => {
  it('shows open requests oldest first by default, and everything newest first on request', () => {
    expect(ids({})).toEqual(['d', 'a', 'b']);
    expect(ids({ state: 'all' })).toEqual(['b', 'a', 'd', 'c']);
    expect(ids({ state: 'resolved' })).toEqual(['c']);
  });

  it('filters by room, site, category, assignee, age and words', () => {
    expect(ids({ place: 'room:Room 2' })).toEqual(['b']);
    expect(ids({ place: 'site:North' })).toEqual(['d', 'a', 'b']);
    expect(ids({ category: 'internet' })).toEqual(['b']);
    expect(ids({ assignee: 'unassigned' })).toEqual(['d', 'a']);
    expect(ids({ assignee: 'u1' })).toEqual(['b']);
    expect(ids({ age: '1h' })).toEqual(['d']);
    expect(ids({ search: 'WIFI' })).toEqual(['b']);
    expect(ids({ search: 'library' })).toEqual(['d', 'a']);
  });

  it('finds a request by the number people say aloud, with or without #', () => {
    expect(ids({ search: '#4' })).toEqual(['d']);
    expect(ids({ search: '3', state: 'all' })).toEqual(['c']);
    expect(ids({ search: '#9' })).toEqual([]);
  });

  it('offers sites, then rooms in the order people number them', () => {
    expect(placeOptions([...devices.values()])).toEqual([
      { id: 'site:North', label: 'Site: North' },
      { id: 'room:Library', label: 'Library' },
      { id: 'room:Room 2', label: 'Room 2' },
      { id: 'room:Room 10', label: 'Room 10' },
    ]);
  });

  it('puts a stopped class first while its request is open', () => {
    const urgent = [...all, request('e', { urgent: true })];
    const listed = filterRequests(urgent, (id) => devices.get(id), DEFAULT_REQUEST_FILTER, NOW);
    expect(listed.map((r) => r.id)).toEqual(['e', 'd', 'a', 'b']);
  });

  it('reads the filter from the address and writes it back, defaults left out', () => {
    const filter = filterFromParams({ state: 'escalated', q: 'printer', room: 'Room 12' });
    expect(filter).toEqual({
      ...DEFAULT_REQUEST_FILTER,
      state: 'escalated',
      search: 'printer',
      place: 'room:Room 12',
    });
    expect(paramsFromFilter(filter)).toMatchObject({
      state: 'escalated',
      q: 'printer',
      room: 'Room 12',
      site: null,
      category: null,
    });
    expect(filterFromParams({})).toEqual(DEFAULT_REQUEST_FILTER);
    expect(Object.values(paramsFromFilter(DEFAULT_REQUEST_FILTER)).every((v) => v === null)).toBe(
      true,
    );
    // Today's links: open requests, and a day's requests whatever their state.
    expect(filterFromParams({ state: 'open' }).state).toBe('open');
    expect(filterFromParams({ day: '2026-03-10' })).toMatchObject({
      state: 'all',
      day: '2026-03-10',
    });
    // Anything unknown reads as the default rather than an empty queue.
    expect(
      filterFromParams({ state: 'lost', category: 'coffee', age: 'forever', day: 'soon' }),
    ).toEqual(DEFAULT_REQUEST_FILTER);
  });

  it('knows when the request shown has left the filter', () => {
    const lookup = (id: string) => devices.get(id);
    const escalatedOnly = { ...DEFAULT_REQUEST_FILTER, state: 'escalated' as const };
    const resolved = request('f', { state: 'resolved' });
    expect(matchesFilter(resolved, lookup, escalatedOnly, NOW)).toBe(false);
    expect(matchesFilter({ ...resolved, state: 'escalated' }, lookup, escalatedOnly, NOW)).toBe(
      true,
    );
  });
});
