import { describe, expect, it } from 'vitest';
import type { Device, HelpRequest, RequestState } from '@handraise/shared';
import {
  fleetCounts,
  localDay,
  mostBehind,
  longestWaiting,
  openByStateAndAge,
  requestsPerDay,
} from './today-stats.ts';

const NOW = Date.parse('2026-03-10T14:00:00');
const MINUTE = 60_000;

function request(id: string, state: RequestState, minutesAgo: number): HelpRequest {
  const at = new Date(NOW - minutesAgo * MINUTE).toISOString();
  return {
    id,
    number: 1,
    deviceId: 'd',
    deviceName: 'pc',
    site: null,
    room: null,
    seat: null,
    category: 'app',
    text: '',
    requester: null,
    urgent: false,
    state,
    createdAt: at,
    updatedAt: at,
    screenshot: null,
    assigneeId: null,
    incidentId: null,
  };
}

describe('today stats', () => {
  it('splits open requests by state and by how long they have waited', () => {
    const rows = openByStateAndAge(
      [
        request('a', 'new', 5),
        request('b', 'new', 30),
        request('c', 'new', 300),
        request('d', 'claimed', 90),
        request('e', 'resolved', 5),
      ],
      NOW,
    );
    expect(rows).toEqual([
      { state: 'new', counts: [1, 1, 0, 1], total: 3 },
      { state: 'claimed', counts: [0, 0, 1, 0], total: 1 },
      { state: 'escalated', counts: [0, 0, 0, 0], total: 0 },
    ]);
  });

  it('lists open requests oldest first, leaving out resolved ones', () => {
    const list = longestWaiting(
      [request('a', 'new', 5), request('b', 'closed', 500), request('c', 'escalated', 50)],
      5,
    );
    expect(list.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('counts requests per local day over 30 days, today last', () => {
    const days = requestsPerDay(
      [request('a', 'new', 10), request('b', 'new', 20), request('c', 'closed', 60 * 24 * 3)],
      NOW,
    );
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toMatchObject({ day: localDay(NOW), count: 2 });
    expect(days.at(-4)).toMatchObject({ count: 1 });
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(3);
  });

  it('counts devices online, offline and needing updates by the verdict count, not package updates', () => {
    const device = (
      online: boolean,
      updatesCount: number,
      outdatedCount: number,
      securityCount = 0,
    ) => ({ online, updatesCount, outdatedCount, securityCount }) as Device;
    // Behind by a policy alone (no package update) counts; package updates alone cannot happen
    // without a title behind, since a pending update is one of the engine's reasons.
    expect(fleetCounts([device(true, 0, 0), device(false, 3, 3, 1), device(false, 0, 2)])).toEqual({
      total: 3,
      online: 1,
      offline: 2,
      needUpdates: 2,
      needSecurity: 1,
    });
  });

  it('lists the most behind with security fixes first, then by how many titles', () => {
    const device = (name: string, outdatedCount: number, securityCount: number) =>
      ({ name, outdatedCount, securityCount }) as Device;
    const list = mostBehind([
      device('many', 9, 0),
      device('none', 0, 0),
      device('one-security', 1, 1),
      device('few', 2, 0),
    ]);
    expect(list.map((d) => d.name)).toEqual(['one-security', 'many', 'few']);
  });
});
