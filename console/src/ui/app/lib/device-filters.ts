import type { Device, Platform } from '@handraise/shared';

export type DeviceFilter = {
  search: string;
  platform: 'all' | Platform;
  room: string;
  status: 'all' | 'online' | 'offline';
  needsUpdate: boolean;
};

export const DEFAULT_DEVICE_FILTER: DeviceFilter = {
  search: '',
  platform: 'all',
  room: 'all',
  status: 'all',
  needsUpdate: false,
};

/**
 * The one meaning of "needs updates": the verdict engine judges at least one of the computer's
 * titles behind (a pending update is one of its reasons). Today, the Devices filter and the
 * Software overview all count this.
 */
export const needsUpdates = (device: Device): boolean => device.outdatedCount > 0;

/** The search box's matcher (name, room, site, system, serial, model, IP and MAC addresses). */
export { matchesSearch } from './device-search.ts';

/** The rooms of the fleet, sorted the way people number them (Room 2 before Room 10). */
export function roomsOf(devices: readonly Device[]): string[] {
  const rooms = new Set<string>();
  for (const d of devices) if (d.room) rooms.add(d.room);
  return [...rooms].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
