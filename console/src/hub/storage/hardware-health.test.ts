import { describe, expect, test } from 'vitest';
import { HARDWARE_HEALTH_DEVICES_SHOWN, type Hardware } from '@handraise/shared';
import { sampleSections } from '../testing/sample-inventory.ts';
import { createHealthTally, fullestFilesystem, weakestBattery } from './hardware-health.ts';

const GIB = 1024 ** 3;
const base = sampleSections().hardware;
const withParts = (parts: Partial<Hardware>): Hardware => ({ ...base, ...parts });

describe('weakestBattery', () => {
  test('takes the detailed list first, its lowest health, and skips batteries without a figure', () => {
    const hardware = withParts({
      batteries: [{ healthPercent: 92 }, { name: 'BAT1' }, { healthPercent: 64, cycleCount: 311 }],
      battery: { healthPercent: 99 },
    });
    expect(weakestBattery(hardware)).toEqual({ healthPercent: 64, cycleCount: 311 });
  });

  test('falls back to the older summary, and is null for a computer that reports none', () => {
    expect(
      weakestBattery(withParts({ batteries: [{ name: 'BAT0' }], battery: { healthPercent: 81 } })),
    ).toEqual({
      healthPercent: 81,
      cycleCount: null,
    });
    expect(weakestBattery(withParts({ battery: { cycleCount: 12 } }))).toBeNull();
    expect(weakestBattery(base)).toBeNull();
  });
});

describe('fullestFilesystem', () => {
  test('ignores system partitions under 1 GiB and read-only images, and takes the fullest', () => {
    const hardware = withParts({
      disks: [
        { mount: '/', fsType: 'ext4', sizeBytes: 100 * GIB, usedBytes: 70 * GIB },
        { mount: '/home', fsType: 'ext4', sizeBytes: 400 * GIB, usedBytes: 380 * GIB },
        { mount: '/boot/efi', fsType: 'vfat', sizeBytes: GIB - 1, usedBytes: GIB - 2 },
        { mount: '/snap/core22/1380', fsType: 'squashfs', sizeBytes: 2 * GIB, usedBytes: 2 * GIB },
      ],
    });
    expect(fullestFilesystem(hardware)).toEqual({
      freePercent: 5,
      freeBytes: 20 * GIB,
      mount: '/home',
    });
  });

  test('reads more used than size as none free, and is null without a counted filesystem', () => {
    const over = withParts({
      disks: [{ mount: 'C:', fsType: 'NTFS', sizeBytes: 2 * GIB, usedBytes: 3 * GIB }],
    });
    expect(fullestFilesystem(over)).toEqual({ freePercent: 0, freeBytes: 0, mount: 'C:' });
    expect(fullestFilesystem(withParts({ disks: [] }))).toBeNull();
  });
});

describe('the tally', () => {
  test('counts every computer but lists only the worst, lowest first, names breaking ties', () => {
    const tally = createHealthTally();
    const total = HARDWARE_HEALTH_DEVICES_SHOWN + 10;
    for (let i = 0; i < total; i++) {
      tally.add({
        id: `id-${String(i).padStart(3, '0')}`,
        name: `pc-${String(total - i).padStart(3, '0')}`,
        room: null,
        hardware: withParts({ batteries: [{ healthPercent: i < 2 ? 10 : 40 + i }] }),
      });
    }
    const { batteries, storage } = tally.summary();
    expect(batteries.reported).toBe(total);
    expect(batteries.devices).toHaveLength(HARDWARE_HEALTH_DEVICES_SHOWN);
    // 10 % twice: by name, so pc-059 (i = 1) before pc-060 (i = 0); then 42 %, 43 %, …
    expect(batteries.devices.slice(0, 2).map((d) => d.name)).toEqual(['pc-059', 'pc-060']);
    expect(batteries.devices.slice(2, 4).map((d) => d.healthPercent)).toEqual([42, 43]);
    // Under 60 %: the two at 10 % and 42 % to 59 %; under 80 % adds 60 % to 79 %.
    expect(batteries).toMatchObject({ under60: 2 + 18, under80: 2 + 38 });
    // The sample's one disk (256 GB, 100 GB used) is on every computer.
    expect(storage).toMatchObject({
      reported: total,
      under10PercentFree: 0,
      under20PercentFree: 0,
    });
  });
});
