import { describe, expect, it } from 'vitest';
import { readWindowsDisks, readWindowsEncryption } from './hardware-disks.ts';

describe('readWindowsDisks', () => {
  it('reads kinds and health, leaving USB and VHD disks out', () => {
    expect(
      readWindowsDisks({
        Disks: [
          {
            FriendlyName: 'BIWIN 128GB eMMC',
            Size: 125_069_950_976,
            MediaType: 0,
            BusType: 13,
            HealthStatus: 5,
          },
          {
            FriendlyName: 'WDC WD5000LPCX',
            Size: 500_107_862_016,
            MediaType: 3,
            BusType: 11,
            HealthStatus: 2,
          },
          {
            FriendlyName: 'Samsung SSD 980',
            Size: 1_000_204_886_016,
            MediaType: 4,
            BusType: 17,
            HealthStatus: 0,
          },
          {
            FriendlyName: 'Msft Virtual Disk',
            Size: 42_949_672_960,
            MediaType: 0,
            BusType: 15,
            HealthStatus: 0,
          },
          {
            FriendlyName: 'Kingston DataTraveler',
            Size: 31_004_295_168,
            MediaType: 4,
            BusType: 7,
            HealthStatus: 0,
          },
        ],
      }),
    ).toEqual([
      { model: 'BIWIN 128GB eMMC', sizeBytes: 125_069_950_976, kind: 'unknown', health: 'unknown' },
      { model: 'WDC WD5000LPCX', sizeBytes: 500_107_862_016, kind: 'hdd', health: 'failing' },
      { model: 'Samsung SSD 980', sizeBytes: 1_000_204_886_016, kind: 'nvme', health: 'ok' },
    ]);
  });
});

describe('readWindowsEncryption', () => {
  it('reads protection per lettered volume, a locked one as unknown', () => {
    expect(
      readWindowsEncryption({
        Volumes: [
          { DriveLetter: 'C:', ProtectionStatus: 1 },
          { DriveLetter: 'E:', ProtectionStatus: 2 },
          { DriveLetter: '', ProtectionStatus: 1 },
        ],
      }),
    ).toEqual([
      { volume: 'C:', method: 'bitlocker', state: 'on' },
      { volume: 'E:', method: 'bitlocker', state: 'unknown' },
    ]);
  });
});
