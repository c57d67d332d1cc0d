import { describe, expect, it } from 'vitest';
import type { Device, HelpRequest } from '@handraise/shared';
import { roomGrid, roomSummaries, tileDescription } from './rooms.ts';

const device = (id: string, changes: Partial<Device> = {}): Device =>
  ({
    id,
    name: id,
    site: 'North',
    room: 'Room 2',
    seat: null,
    seatPlace: null,
    online: true,
    outdatedCount: 0,
    ...changes,
  }) as Device;

const request = (id: string, deviceId: string, changes: Partial<HelpRequest> = {}): HelpRequest =>
  ({
    id,
    deviceId,
    state: 'new',
    urgent: false,
    createdAt: `2026-03-02T09:0${id.length}:00.000Z`,
    ...changes,
  }) as HelpRequest;

describe('rooms at a glance', () => {
  it('sums each room and puts the rooms with open requests first', () => {
    const devices = [
      device('lab-1', { outdatedCount: 3 }),
      device('lab-2', { online: false }),
      device('lib-1', { room: 'Library', site: 'South' }),
      device('hall-pc', { room: null }),
    ];
    const requests = [
      request('a', 'lib-1', { urgent: true }),
      request('b', 'lab-1', { state: 'resolved' }),
    ];
    expect(roomSummaries(devices, requests)).toEqual([
      {
        room: 'Library',
        site: 'South',
        computers: 1,
        online: 1,
        openRequests: 1,
        urgentRequests: 1,
        needsUpdates: 0,
      },
      {
        room: 'Room 2',
        site: 'North',
        computers: 2,
        online: 1,
        openRequests: 0,
        urgentRequests: 0,
        needsUpdates: 1,
      },
    ]);
  });

  it('does not count updates it is not shown', () => {
    const hidden = device('lab-1', { verdictsHidden: true, outdatedCount: 0 });
    expect(roomSummaries([hidden], [])[0]?.needsUpdates).toBeNull();
  });

  it('lays a room out by row and column, the computers with no place after', () => {
    const devices = [
      device('pc-7', { seat: 'row 2 seat 3', seatPlace: { row: 2, column: 3 } }),
      device('pc-1', { seat: 'A1', seatPlace: { row: 1, column: 1 } }),
      device('pc-9', { seat: 'B9' }),
      device('pc-8'),
      device('elsewhere', { room: 'Library', seatPlace: { row: 5, column: 5 } }),
    ];
    const grid = roomGrid('Room 2', devices, [request('a', 'pc-7')]);
    expect([grid.rows, grid.columns]).toEqual([2, 3]);
    expect(grid.placed.map((row) => row.map((tile) => tile?.device.id ?? null))).toEqual([
      ['pc-1', null, null],
      [null, null, 'pc-7'],
    ]);
    expect(grid.unplaced.map((t) => t.device.id)).toEqual(['pc-9', 'pc-8']);
    expect(tileDescription(grid.placed[1]![2]!)).toBe(
      'Row 2, seat 3: pc-7, online, 1 open request',
    );
    expect(tileDescription(grid.unplaced[0]!)).toBe('Seat B9: pc-9, online, no open request');
    expect(tileDescription(grid.placed[0]![0]!)).toBe(
      'Row 1, seat 1 (A1): pc-1, online, no open request',
    );
  });

  it('says when a class is stopped and how many titles are behind', () => {
    const grid = roomGrid(
      'Room 2',
      [device('pc-1', { online: false, outdatedCount: 2, seatPlace: { row: 1, column: 1 } })],
      [request('a', 'pc-1', { urgent: true }), request('bb', 'pc-1')],
    );
    const tile = grid.placed[0]![0]!;
    expect(tile.open.map((r) => r.id)).toEqual(['a', 'bb']);
    expect(tileDescription(tile)).toBe(
      'Row 1, seat 1: pc-1, offline, 2 open requests, class stopped, 2 titles need updating',
    );
  });
});
