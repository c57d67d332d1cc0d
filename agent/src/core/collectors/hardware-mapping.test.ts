import { describe, expect, it } from 'vitest';
import { hardwareSchema } from '@handraise/shared';
import { toHardware, USED_BYTES_GRANULE } from './hardware-mapping.ts';
import { laptopBattery, laptopRaw, laptopSystem } from './hardware-test-fixtures.ts';

describe('toHardware', () => {
  it('maps a laptop to the contract', () => {
    const hardware = toHardware(laptopRaw);
    expect(hardware).toEqual({
      manufacturer: 'LENOVO',
      model: '20L5S0X800',
      serial: 'PF1ABCDE',
      uuid: '4c4c4544-0042-3510-8052-b4c04f4b4e32',
      cpu: { brand: 'Intel Core™ i5-8250U', cores: 8, physicalCores: 4, speedGHz: 1.6 },
      memoryBytes: 8_241_434_624,
      disks: [
        {
          mount: '/',
          fsType: 'ext4',
          sizeBytes: 255_000_000_000,
          usedBytes: 149 * USED_BYTES_GRANULE,
        },
        { mount: '/boot/efi', fsType: 'vfat', sizeBytes: 536_834_048, usedBytes: 0 },
      ],
      gpus: [
        { vendor: 'Intel Corporation', model: 'UHD Graphics 620' },
        { vendor: '', model: 'Virtual GPU' },
      ],
      battery: { cycleCount: 312, healthPercent: 80 },
      network: [
        {
          name: 'enp0s31f6',
          mac: '8c:16:45:aa:bb:cc',
          ipv4: '10.20.30.40',
          ipv6: 'fe80::8e16:45ff:feaa:bbcc',
          type: 'wired',
        },
        { name: 'wlp3s0', mac: 'a4:34:d9:11:22:33', type: 'wireless' },
      ],
    });
    expect(hardwareSchema.parse(hardware)).toEqual(hardware);
  });

  it('omits board placeholders instead of sending them', () => {
    const hardware = toHardware({
      ...laptopRaw,
      system: {
        ...laptopSystem,
        manufacturer: 'To Be Filled By O.E.M.',
        model: 'Default string',
        serial: '-',
        uuid: '',
      },
      uuid: { hardware: '' },
    });
    expect(hardware).not.toHaveProperty('manufacturer');
    expect(hardware).not.toHaveProperty('model');
    expect(hardware).not.toHaveProperty('serial');
    expect(hardware).not.toHaveProperty('uuid');
  });

  it('falls back to the system uuid when uuid() had none', () => {
    const hardware = toHardware({ ...laptopRaw, uuid: undefined });
    expect(hardware.uuid).toBe('4c4c4544-0042-3510-8052-b4c04f4b4e32');
  });

  it('reports no battery on a desktop', () => {
    const hardware = toHardware({ ...laptopRaw, battery: { ...laptopBattery, hasBattery: false } });
    expect(hardware).not.toHaveProperty('battery');
  });

  it('leaves battery health out when a capacity is unknown, and 0 cycles as unknown', () => {
    const hardware = toHardware({
      ...laptopRaw,
      battery: { ...laptopBattery, designedCapacity: 0, cycleCount: 0 },
    });
    expect(hardware.battery).toEqual({});
  });

  it('keeps only whole, non-negative numbers where the contract wants integers', () => {
    const hardware = toHardware({
      ...laptopRaw,
      cpu: { ...laptopRaw.cpu, cores: Number.NaN, physicalCores: -1, speed: 2.345 },
      mem: { ...laptopRaw.mem, total: 1024.7 },
    });
    expect(hardware.cpu).toEqual({
      brand: 'Intel Core™ i5-8250U',
      cores: 0,
      physicalCores: 0,
      speedGHz: 2.35,
    });
    expect(hardware.memoryBytes).toBe(1025);
  });

  it('does not repeat the manufacturer already in the brand', () => {
    const hardware = toHardware({
      ...laptopRaw,
      cpu: { ...laptopRaw.cpu, manufacturer: 'AMD', brand: 'AMD Ryzen 5 PRO 4650U' },
    });
    expect(hardware.cpu.brand).toBe('AMD Ryzen 5 PRO 4650U');
  });

  it('copes with every optional call having failed', () => {
    const hardware = toHardware({
      cpu: laptopRaw.cpu,
      mem: laptopRaw.mem,
      fsSize: [],
      networkInterfaces: [],
    });
    expect(hardware).toEqual({
      cpu: { brand: 'Intel Core™ i5-8250U', cores: 8, physicalCores: 4, speedGHz: 1.6 },
      memoryBytes: 8_241_434_624,
      disks: [],
      gpus: [],
      network: [],
    });
  });
});
