import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPciDisplay, parseLspciControllers, splitControllerName } from './graphics.ts';

// Expected controllers are what systeminformation 5.33's graphics() listed for the same output.
const LSPCI = `00:00.0 Host bridge: Intel Corporation Xeon E3-1200 v6/7th Gen Core Processor Host Bridge/DRAM Registers (rev 08)
	Subsystem: Lenovo Device 2258

00:02.0 VGA compatible controller: Intel Corporation UHD Graphics 620 (rev 07) (prog-if 00 [VGA controller])
	DeviceName: Onboard IGD
	Subsystem: Lenovo UHD Graphics 620
	Region 0: Memory at e0000000 (64-bit, non-prefetchable) [size=16M]

01:00.0 3D controller: NVIDIA Corporation GP108M [GeForce MX150] (rev a1)
	Subsystem: Lenovo GP108M [GeForce MX150]

05:00.0 VGA compatible controller: Advanced Micro Devices, Inc. [AMD/ATI] Picasso/Raven 2 [Radeon Vega Series / Radeon Vega Mobile Series] (rev c2) (prog-if 00 [VGA controller])

06:00.0 VGA compatible controller: Advanced Micro Devices, Inc. [AMD/ATI] Renoir (rev c2)

07:00.0 Display controller: Matrox Electronics Systems Ltd. MGA G200e [Pilot] ServerEngines (SEP1) (rev 05)

08:00.0 VGA compatible controller: Device 1234:1111 (rev 02) (prog-if 00 [VGA controller])

09:00.0 Audio device: Intel Corporation Sunrise Point-LP HD Audio (rev 21)
`;

describe('parseLspciControllers', () => {
  it('splits maker and model of each display controller as systeminformation did', () => {
    expect(parseLspciControllers(LSPCI)).toEqual([
      { vendor: 'Intel Corporation', model: 'UHD Graphics 620' },
      { vendor: 'NVIDIA Corporation', model: 'GP108M [GeForce MX150]' },
      {
        vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
        model: 'Picasso/Raven 2 [Radeon Vega Series / Radeon Vega Mobile Series]',
      },
      { vendor: 'Advanced Micro Devices, Inc.', model: '[AMD/ATI] Renoir' },
      { vendor: 'Matrox Electronics Systems Ltd.', model: 'MGA G200e [Pilot] ServerEngines' },
      // Named without a company suffix: neither is known (and the report leaves it out).
      { vendor: '', model: '' },
    ]);
  });

  it('stops the name before -nn IDs', () => {
    const line =
      '00:02.0 VGA compatible controller [0300]: Intel Corporation HD Graphics 620 [8086:5916] (rev 02)';
    expect(parseLspciControllers(line)).toEqual([
      { vendor: 'Intel Corporation', model: 'HD Graphics 620' },
    ]);
  });

  it('splits a name alone', () => {
    expect(splitControllerName('Red Hat, Inc. Virtio GPU (rev 01)')).toEqual({
      vendor: 'Red Hat, Inc.',
      model: 'Virtio GPU',
    });
  });
});

describe('hasPciDisplay', () => {
  it('looks for a device of PCI class 0x03 in sysfs', () => {
    const devices = mkdtempSync(join(tmpdir(), 'handraise-pci-'));
    try {
      const device = (name: string, pciClass: string) => {
        mkdirSync(join(devices, name));
        writeFileSync(join(devices, name, 'class'), `${pciClass}\n`);
      };
      device('0000:00:00.0', '0x060000');
      expect(hasPciDisplay(devices)).toBe(false);
      device('0000:00:02.0', '0x030000');
      expect(hasPciDisplay(devices)).toBe(true);
      expect(hasPciDisplay(join(devices, 'missing'))).toBe(false);
    } finally {
      rmSync(devices, { recursive: true, force: true });
    }
  });
});
