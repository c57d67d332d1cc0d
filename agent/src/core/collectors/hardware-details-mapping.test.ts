import { describe, expect, it } from 'vitest';
import { hardwareSchema, MAX_SHORT_STRING } from '@handraise/shared';
import { toHardwareDetails } from './hardware-details-mapping.ts';

const base = {
  cpu: { brand: 'Intel Core i5', cores: 4, physicalCores: 4, speedGHz: 1.6 },
  memoryBytes: 8 * 2 ** 30,
  disks: [],
  gpus: [],
  network: [],
};

describe('toHardwareDetails', () => {
  it('maps every kind of fact to the contract, valid as part of the hardware section', () => {
    const details = toHardwareDetails({
      identity: {
        modelId: 'MacBookAir10,1',
        assetTag: 'SCH-0421',
        chassis: 'laptop',
        firmware: { vendor: 'Dell Inc.', version: '1.29.0', releaseDate: '2023-08-10' },
        // Identity facts the older fields already carry are not repeated.
        serial: 'B9RM13',
      },
      memory: {
        totalBytes: 16 * 2 ** 30,
        slots: 2,
        modules: [
          { slot: 'DIMM A', sizeBytes: 8 * 2 ** 30, type: 'DDR4', speedMTs: 3200, serial: 'AB12' },
        ],
      },
      batteries: [
        {
          name: 'BAT0',
          designCapacityMWh: 57000.4,
          fullChargeCapacityMWh: 45600,
          cycleCount: 312,
          healthPercent: 80,
          manufactureDate: '2021-04-02',
        },
      ],
      disks: [{ name: 'nvme0n1', model: 'PM9A1', sizeBytes: 512e9, kind: 'nvme', health: 'ok' }],
      encryption: [{ volume: 'C:', method: 'bitlocker', state: 'on' }],
      displays: [{ manufacturer: 'DEL', model: 'DELL P2419H', widthPx: 1920, heightPx: 1080 }],
      printers: [{ name: 'Library', port: 'ipp://printer.lan/ipp', isDefault: true }],
    });
    expect(details).toEqual({
      modelId: 'MacBookAir10,1',
      assetTag: 'SCH-0421',
      chassis: 'laptop',
      firmware: { vendor: 'Dell Inc.', version: '1.29.0', releaseDate: '2023-08-10' },
      memorySlots: 2,
      memoryModules: [
        { slot: 'DIMM A', sizeBytes: 8 * 2 ** 30, type: 'DDR4', speedMTs: 3200, serial: 'AB12' },
      ],
      batteries: [
        {
          name: 'BAT0',
          designCapacityMWh: 57000,
          fullChargeCapacityMWh: 45600,
          cycleCount: 312,
          healthPercent: 80,
          manufactureDate: '2021-04-02',
        },
      ],
      physicalDisks: [
        { name: 'nvme0n1', model: 'PM9A1', sizeBytes: 512e9, kind: 'nvme', health: 'ok' },
      ],
      encryption: [{ volume: 'C:', method: 'bitlocker', state: 'on' }],
      displays: [{ manufacturer: 'DEL', model: 'DELL P2419H', widthPx: 1920, heightPx: 1080 }],
      printers: [{ name: 'Library', port: 'ipp://printer.lan/ipp', isDefault: true }],
    });
    expect(hardwareSchema.safeParse({ ...base, ...details }).success).toBe(true);
  });

  it('gives no key at all for facts nobody read', () => {
    expect(toHardwareDetails({})).toEqual({});
    expect(toHardwareDetails({ identity: { firmware: {} } })).toEqual({});
  });

  it('drops what the strict schema would refuse instead of voiding the section', () => {
    const details = toHardwareDetails({
      identity: {
        assetTag: '   ',
        modelId: 'x'.repeat(MAX_SHORT_STRING + 40),
        firmware: { version: '', releaseDate: '10/08/2023' },
      },
      memory: { modules: [{ sizeBytes: 0, slot: 'empty' }, { sizeBytes: -1 }] },
      batteries: [{ healthPercent: 260, cycleCount: -3, designCapacityMWh: Number.NaN }],
      encryption: [{ volume: ' ', method: 'luks', state: 'on' }],
      printers: [{ name: '' }],
      displays: Array.from({ length: 20 }, () => ({ widthPx: 1.5 })),
    });
    expect(details.modelId).toHaveLength(MAX_SHORT_STRING);
    expect(details).not.toHaveProperty('assetTag');
    expect(details).not.toHaveProperty('firmware');
    expect(details.memoryModules).toEqual([]);
    expect(details.batteries).toEqual([{}]);
    expect(details.encryption).toEqual([]);
    expect(details.printers).toEqual([]);
    expect(details.displays).toHaveLength(16);
    expect(details.displays?.[0]).toEqual({});
    expect(hardwareSchema.safeParse({ ...base, ...details }).success).toBe(true);
  });
});
