import { describe, expect, it } from 'vitest';
import type { Device } from '@handraise/shared';
import { matchesSearch, roomsOf } from './device-filters.ts';
import { osLabel } from './labels.ts';

const device = {
  name: 'library-pc-12',
  room: 'Library',
  site: 'North campus',
  os: {
    platform: 'windows',
    name: 'Microsoft Windows 11 Education',
    version: '10.0.22631',
    build: '22631',
    arch: 'x64',
    hostname: 'library-pc-12',
  },
  identifiers: { serial: null, model: null, ips: [] as string[], macs: [] as string[] },
} as Device;

describe('device filters', () => {
  it('matches every word of a search against name, room, site and system', () => {
    expect(matchesSearch(device, '')).toBe(true);
    expect(matchesSearch(device, 'LIBRARY 12')).toBe(true);
    expect(matchesSearch(device, 'north windows 11')).toBe(true);
    expect(matchesSearch(device, 'library mac')).toBe(false);
  });

  it('lists rooms once each, numbered rooms in numeric order', () => {
    const rooms = ['Room 10', 'Room 2', null, 'Room 2', 'Art'].map((room) => ({ room }) as Device);
    expect(roomsOf(rooms)).toEqual(['Art', 'Room 2', 'Room 10']);
  });

  it('names Windows by edition and build, others by name and version', () => {
    expect(osLabel(device.os)).toBe('Windows 11 Education (22631)');
    expect(
      osLabel({
        platform: 'linux',
        name: 'Debian GNU/Linux',
        version: '12',
        arch: 'x64',
        hostname: 'h',
      }),
    ).toBe('Debian GNU/Linux 12');
    expect(osLabel(null)).toBe('');
  });
});
