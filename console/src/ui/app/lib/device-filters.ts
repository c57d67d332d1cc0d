import type { Device, Platform } from '@handraise/shared';
import { osLabel } from './labels.ts';

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

/** True when a device matches the search words (name, room, site, operating system, all of them). */
export function matchesSearch(device: Device, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text =
    `${device.name} ${device.room ?? ''} ${device.site ?? ''} ${osLabel(device.os)}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/** The rooms of the fleet, sorted the way people number them (Room 2 before Room 10). */
export function roomsOf(devices: readonly Device[]): string[] {
  const rooms = new Set<string>();
  for (const d of devices) if (d.room) rooms.add(d.room);
  return [...rooms].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
