import { describe, expect, it } from 'vitest';
import type { Device } from '@handraise/shared';
import { matchesSearch } from './device-search.ts';

const device = (identifiers: Partial<Device['identifiers']> = {}): Device =>
  ({
    name: 'art-room-pc-12',
    room: 'Room 12',
    site: 'North campus',
    os: {
      platform: 'windows',
      name: 'Microsoft Windows 11 Education',
      version: '10.0.22631',
      build: '22631',
      arch: 'x64',
      hostname: 'art-room-pc-12',
    },
    identifiers: {
      serial: 'PF3X9ZQ1',
      model: 'ThinkCentre M70q',
      ips: ['10.20.12.31', 'fd00::31'],
      macs: ['a4:bb:6d:12:9f:01'],
      ...identifiers,
    },
  }) as Device;

describe('the devices search', () => {
  it('finds a computer by serial number and model, any case, any part', () => {
    expect(matchesSearch(device(), 'pf3x9zq1')).toBe(true);
    expect(matchesSearch(device(), 'X9Z')).toBe(true);
    expect(matchesSearch(device(), 'thinkcentre m70q')).toBe(true);
    expect(matchesSearch(device(), 'optiplex')).toBe(false);
  });

  it('finds an IP address from its start only', () => {
    expect(matchesSearch(device(), '10.20.12')).toBe(true);
    expect(matchesSearch(device(), '10.20.12.31')).toBe(true);
    expect(matchesSearch(device(), 'fd00::')).toBe(true);
    // "20.12" is inside the address but not how it begins.
    expect(matchesSearch(device(), '20.12.31')).toBe(false);
  });

  it('finds a MAC address however it is written', () => {
    for (const typed of [
      'a4:bb:6d',
      'A4-BB-6D-12-9F-01',
      'a4bb6d129f01',
      'A4BB',
      '9f:01',
      'a4bb.6d12.9f01',
    ])
      expect([typed, matchesSearch(device(), typed)]).toEqual([typed, true]);
    expect(matchesSearch(device(), 'a4:bb:6e')).toBe(false);
  });

  it('does not read a short number as part of a MAC address', () => {
    // "9f" alone is not searched in addresses; "12" still finds the room.
    expect(matchesSearch(device({ macs: ['00:00:00:00:9f:00'] }), '9f')).toBe(false);
    expect(matchesSearch(device(), '12')).toBe(true);
  });

  it('needs every word to match something: name, room, site, system or an identifier', () => {
    expect(matchesSearch(device(), '')).toBe(true);
    expect(matchesSearch(device(), 'art 10.20 windows')).toBe(true);
    expect(matchesSearch(device(), 'art 10.30')).toBe(false);
  });

  it('finds nothing by serial when the row carries none (a student advisor’s list)', () => {
    expect(matchesSearch(device({ serial: null }), 'PF3X9ZQ1')).toBe(false);
  });
});
