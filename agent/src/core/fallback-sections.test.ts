import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { hardwareSchema, osInfoSchema } from '@handraise/shared';
import { fallbackHardware, fallbackOs } from './fallback-sections.ts';

describe('fallback sections', () => {
  it('describe the OS from Node alone', () => {
    const info = fallbackOs();
    expect(osInfoSchema.parse(info)).toEqual(info);
    expect(info).toEqual({
      platform: 'linux',
      name: os.type(),
      version: os.release(),
      arch: os.arch(),
      hostname: os.hostname(),
    });
  });

  it('describe CPU and memory from Node alone', () => {
    const hardware = fallbackHardware();
    expect(hardwareSchema.parse(hardware)).toEqual(hardware);
    expect(hardware.cpu.cores).toBe(os.cpus().length);
    expect(hardware.cpu.cores).toBeGreaterThan(0);
    expect(hardware.memoryBytes).toBe(os.totalmem());
    expect(hardware.disks).toEqual([]);
  });
});
