import { describe, expect, it } from 'vitest';
import { identifyingValue } from './identifying-value.ts';

describe('identifyingValue', () => {
  it('drops the fillers firmware and images ship on many machines at once', () => {
    for (const filler of [
      // systeminformation's "unknown", and nothing at all
      '-',
      '',
      '   ',
      // ASUS, Gigabyte, ASRock boards (dmidecode of a P8P67: system, chassis and board strings)
      'To be filled by O.E.M.',
      'To Be Filled By O.E.M.',
      'Default string',
      'System Serial Number',
      'Chassis Serial Number',
      'Base Board Serial Number',
      // dmidecode's words for an absent value
      'Not Specified',
      'Not Present',
      'Not Settable',
      'None',
      // HP ProLiant DL120 G6 factory identity, Intel S5000VSA, VirtualBox, Toshiba chassis
      'XXXXXXXXXX',
      'EEEEEEEE-EEEE-EEEE-EEEE-EEEEEEEEEEEE',
      '.........',
      '0',
      '00000000',
      '0000000000',
      // boards that number their serials
      '0123456789',
      '123456789',
      '1234567890',
      // UUIDs nobody set, and the one many boards share
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      '03000200-0400-0500-0006-000700080009',
      // systemd's machine-id in an image that has not booted yet
      'uninitialized',
    ]) {
      expect([filler, identifyingValue(filler)]).toEqual([filler, undefined]);
    }
    expect(identifyingValue(undefined)).toBeUndefined();
    expect(identifyingValue(null)).toBeUndefined();
  });

  it('keeps real ids, trimmed', () => {
    for (const [raw, kept] of [
      ['3d1219c7c4c5404aaa1f6d2a48adfda4', '3d1219c7c4c5404aaa1f6d2a48adfda4'],
      ['44454C4C-3800-1033-8054-C3C04F35344A', '44454C4C-3800-1033-8054-C3C04F35344A'],
      ['CZJ1280RQ2      ', 'CZJ1280RQ2'],
      [
        'VMware-50 0c 23 94 04 63 a1 3c-0d d4 f5 37 a6 bb f0 a6',
        'VMware-50 0c 23 94 04 63 a1 3c-0d d4 f5 37 a6 bb f0 a6',
      ],
      ['2349-2347-2234-2340-2341-3240-48', '2349-2347-2234-2340-2341-3240-48'],
      ['C02XK0ABJG5J', 'C02XK0ABJG5J'],
      // Digits that do not count up are a serial like any other.
      ['0123456780', '0123456780'],
    ]) {
      expect(identifyingValue(raw)).toBe(kept);
    }
  });
});
