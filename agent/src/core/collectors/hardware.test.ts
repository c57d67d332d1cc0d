import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { hardwareSchema } from '@handraise/shared';
import { collectHardware } from './hardware.ts';
import type { HardwareSource } from './hardware.ts';
import {
  laptopBattery,
  laptopCpu,
  laptopFsSize,
  laptopGraphics,
  laptopMem,
  laptopNetwork,
  laptopSystem,
  laptopUuid,
} from './hardware-test-fixtures.ts';

const laptopSource: HardwareSource = {
  system: async () => laptopSystem,
  cpu: async () => laptopCpu,
  mem: async () => laptopMem,
  fsSize: async () => laptopFsSize,
  graphics: async () => laptopGraphics,
  battery: async () => laptopBattery,
  networkInterfaces: async () => laptopNetwork,
  uuid: async () => laptopUuid,
};

const fail = async (): Promise<never> => {
  throw new Error('tool crashed');
};

describe('collectHardware', () => {
  it('gathers every call into one description', async () => {
    const hardware = await collectHardware(laptopSource);
    expect(hardware.manufacturer).toBe('LENOVO');
    expect(hardware.disks).toHaveLength(2);
    expect(hardware.gpus).toHaveLength(2);
    expect(hardware.network).toHaveLength(2);
    expect(hardware.battery).toEqual({ cycleCount: 312, healthPercent: 80 });
  });

  it('leaves out what a failed optional call would have given', async () => {
    const hardware = await collectHardware({
      ...laptopSource,
      system: fail,
      fsSize: fail,
      graphics: fail,
      battery: fail,
      networkInterfaces: fail,
      uuid: () => {
        throw new Error('thrown synchronously');
      },
    });
    expect(hardware).toEqual({
      cpu: { brand: 'Intel Core™ i5-8250U', cores: 8, physicalCores: 4, speedGHz: 1.6 },
      memoryBytes: 8_241_434_624,
      disks: [],
      gpus: [],
      network: [],
    });
  });

  it('fails when the CPU cannot be read', async () => {
    await expect(collectHardware({ ...laptopSource, cpu: fail })).rejects.toThrow(
      'cpu() failed: tool crashed',
    );
  });

  it('fails when memory cannot be read', async () => {
    await expect(collectHardware({ ...laptopSource, mem: fail })).rejects.toThrow(
      'mem() failed: tool crashed',
    );
  });

  it('describes this machine through systeminformation', async () => {
    const hardware = await collectHardware();
    expect(hardwareSchema.parse(hardware)).toEqual(hardware);
    expect(hardware.cpu.cores).toBe(os.cpus().length);
    expect(hardware.memoryBytes).toBe(os.totalmem());
    expect(hardware.disks.length).toBeGreaterThan(0);
    expect(hardware.disks.map((disk) => disk.fsType)).not.toContain('tmpfs');
    expect(hardware.network.map((nic) => nic.name)).not.toContain('lo');
  });
});
