import { describe, expect, it } from 'vitest';
import type { Device } from '@handraise/shared';
import { DEFAULT_DEVICE_FILTER } from './device-filters.ts';
import { filterDevices, nextSort, sortDevices } from './device-order.ts';

const device = (name: string, more: Partial<Device> = {}): Device =>
  ({
    id: `id-${name}`,
    name,
    room: null,
    site: null,
    os: null,
    online: false,
    lastSeenAt: null,
    softwareCount: 0,
    outdatedCount: 0,
    securityCount: 0,
    verdictsHidden: false,
    identifiers: { serial: null, model: null, ips: [], macs: [] },
    ...more,
  }) as Device;

const names = (devices: readonly Device[]) => devices.map((d) => d.name);

describe('the devices table order', () => {
  it('sorts names as people number them, whatever their case', () => {
    const fleet = ['lab-10', 'Lab-2', 'art-1', 'lab-1'].map((n) => device(n));
    expect(names(sortDevices(fleet, { id: 'name', desc: false }))).toEqual([
      'art-1',
      'lab-1',
      'Lab-2',
      'lab-10',
    ]);
    expect(names(sortDevices(fleet, { id: 'name', desc: true }))).toEqual([
      'lab-10',
      'Lab-2',
      'lab-1',
      'art-1',
    ]);
  });

  it('puts security fixes first when sorted most behind first, ties by name', () => {
    const fleet = [
      device('c', { outdatedCount: 9 }),
      device('b', { outdatedCount: 1, securityCount: 1 }),
      device('a', { outdatedCount: 9 }),
      device('d'),
    ];
    expect(names(sortDevices(fleet, { id: 'updatesCount', desc: true }))).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });

  it('orders by last seen time and by room, and reads an unknown column as the name', () => {
    const fleet = [
      device('x', { lastSeenAt: '2026-12-06T09:00:00.000Z', room: 'Room 10' }),
      device('y', { lastSeenAt: '2026-12-05T17:30:00.000Z', room: 'Room 2' }),
      device('w'),
    ];
    expect(names(sortDevices(fleet, { id: 'lastSeen', desc: true }))).toEqual(['x', 'y', 'w']);
    // Longest silent first, the computers online now last.
    const withOnline = [...fleet, device('v', { online: true, lastSeenAt: null })];
    expect(names(sortDevices(withOnline, { id: 'lastSeen', desc: false }))).toEqual([
      'w',
      'y',
      'x',
      'v',
    ]);
    expect(names(sortDevices(fleet, { id: 'room', desc: false }))).toEqual(['w', 'y', 'x']);
    expect(names(sortDevices(fleet, { id: 'no-such-column', desc: false }))).toEqual([
      'w',
      'x',
      'y',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const fleet = [device('b'), device('a')];
    sortDevices(fleet, { id: 'name', desc: false });
    expect(names(fleet)).toEqual(['b', 'a']);
  });

  it('filters by every filter at once and keeps the order', () => {
    const fleet = [
      device('lab-1', { online: true, room: 'Lab', outdatedCount: 2 }),
      device('lab-2', { online: false, room: 'Lab', outdatedCount: 2 }),
      device('lib-1', { online: true, room: 'Library', outdatedCount: 0 }),
    ];
    expect(filterDevices(fleet, DEFAULT_DEVICE_FILTER)).toBe(fleet);
    const filter = { ...DEFAULT_DEVICE_FILTER, room: 'Lab', needsUpdate: true };
    expect(names(filterDevices(fleet, filter))).toEqual(['lab-1', 'lab-2']);
    expect(names(filterDevices(fleet, { ...filter, status: 'online' }))).toEqual(['lab-1']);
    expect(names(filterDevices(fleet, { ...DEFAULT_DEVICE_FILTER, search: ' lib ' }))).toEqual([
      'lib-1',
    ]);
  });

  it('cycles a header: its first direction, the other, then the usual order', () => {
    const usual = { id: 'name', desc: false };
    expect(nextSort(usual, 'name')).toEqual({ id: 'name', desc: true });
    expect(nextSort({ id: 'name', desc: true }, 'name')).toBeNull();
    expect(nextSort(usual, 'updatesCount')).toEqual({ id: 'updatesCount', desc: true });
    expect(nextSort({ id: 'updatesCount', desc: true }, 'updatesCount')).toEqual({
      id: 'updatesCount',
      desc: false,
    });
    expect(nextSort(usual, 'room')).toEqual({ id: 'room', desc: false });
    expect(nextSort(usual, 'softwareCount')).toEqual({ id: 'softwareCount', desc: true });
    expect(nextSort(usual, 'lastSeen')).toEqual({ id: 'lastSeen', desc: false });
  });
});
