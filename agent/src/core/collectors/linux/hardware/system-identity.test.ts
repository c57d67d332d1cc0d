import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanDefaults,
  kernelLogNamesHypervisor,
  readDmiStrings,
  settleSystem,
  type DmiStrings,
  type IdentityContext,
} from './system-identity.ts';

const LAPTOP: DmiStrings = {
  vendor: 'LENOVO',
  product: '20L5CTO1WW',
  version: 'ThinkPad T480',
  serial: 'PF1ABCDE',
  uuid: '4C4C4544-0042-3510-8052-B4C04F4B4E32',
};
const NO_DMI: DmiStrings = { vendor: '', product: '', version: '', serial: '', uuid: '' };

function context(overrides: Partial<IdentityContext> = {}): IdentityContext {
  return {
    kernelRelease: '6.1.0-18-amd64',
    dockerEnv: false,
    kernelLog: async () => '',
    cpuinfo: async () => [],
    disksById: async () => [],
    ...overrides,
  };
}

// The rules are systeminformation 5.33's system() for Linux, case by case.
describe('settleSystem', () => {
  it('reports the DMI strings, the UUID in lower case', async () => {
    expect(await settleSystem(LAPTOP, context())).toEqual({
      manufacturer: 'LENOVO',
      model: '20L5CTO1WW',
      serial: 'PF1ABCDE',
      uuid: '4c4c4544-0042-3510-8052-b4c04f4b4e32',
    });
  });

  it('blanks factory placeholders: "Computer" for no model, no serial rather than "-"', async () => {
    const board = {
      ...LAPTOP,
      vendor: 'To Be Filled By O.E.M.',
      product: 'Default string',
      serial: '',
    };
    expect(await settleSystem(board, context())).toMatchObject({
      manufacturer: '',
      model: 'Computer',
      serial: '',
    });
  });

  it('names a Docker container, WSL, and a virtual machine told by the kernel log', async () => {
    expect(await settleSystem(NO_DMI, context({ dockerEnv: true }))).toMatchObject({
      model: 'Docker Container',
    });
    const wsl = context({ kernelRelease: '5.15.146.1-microsoft-standard-WSL2' });
    expect(await settleSystem(NO_DMI, wsl)).toMatchObject({
      manufacturer: 'Microsoft',
      model: 'WSL',
    });
    const qemuDisks = context({
      kernelRelease: '5.15.146.1-microsoft-standard-WSL2',
      disksById: async () => ['scsi-0QEMU_QEMU_HARDDISK_drive-scsi0'],
    });
    expect(await settleSystem(NO_DMI, qemuDisks)).toMatchObject({ manufacturer: '' });
    const kvm = context({ kernelLog: async () => '[0.000000] Hypervisor detected: KVM\n' });
    expect(await settleSystem(NO_DMI, kvm)).toMatchObject({ model: 'Virtual machine' });
  });

  it("takes an ARM board's name and serial from /proc/cpuinfo, and leaves a Raspberry Pi", async () => {
    const board = context({
      cpuinfo: async () => ['Hardware\t: sun50iw1p1', 'Serial\t\t: 02c00081a2b3c4d5'],
    });
    expect(await settleSystem(NO_DMI, board)).toEqual({
      manufacturer: '',
      model: 'SUN50IW1P1',
      serial: '02c00081a2b3c4d5',
      uuid: '',
    });
    const pi = context({
      cpuinfo: async () => ['Hardware\t: BCM2835', 'Model\t\t: Raspberry Pi 4 Model B Rev 1.4'],
    });
    expect(await settleSystem(NO_DMI, pi)).toBeUndefined();
  });
});

describe('cleanDefaults and the kernel log', () => {
  it('blanks O.E.M. and default strings only', () => {
    expect(cleanDefaults('To be filled by O.E.M.')).toBe('');
    expect(cleanDefaults('Default')).toBe('');
    expect(cleanDefaults('Default Company')).toBe('Default Company');
  });

  it('finds a named hypervisor, not nested virtualization or /virtual/ paths', () => {
    expect(kernelLogNamesHypervisor('Booting paravirtualized kernel on KVM\n')).toBe(true);
    expect(kernelLogNamesHypervisor('kvm: Nested Virtualization enabled\n')).toBe(false);
    expect(kernelLogNamesHypervisor('input: /devices/virtual/input/xen0\n')).toBe(false);
    expect(kernelLogNamesHypervisor('')).toBe(false);
  });
});

describe('readDmiStrings', () => {
  it('reads the first line of each attribute, and nothing where there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-dmi-'));
    try {
      writeFileSync(join(dir, 'sys_vendor'), 'LENOVO\n');
      writeFileSync(join(dir, 'product_name'), '20L5CTO1WW\n');
      const strings = await readDmiStrings(dir);
      expect(strings.vendor).toBe('LENOVO');
      expect(strings.product).toBe('20L5CTO1WW');
      expect(strings.uuid).toBe('');
      // Run as root with dmidecode installed, an empty string reads as dmidecode prints it.
      expect(['', 'Not Specified']).toContain(strings.version);
      expect(await readDmiStrings(join(dir, 'missing'))).toEqual(NO_DMI);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
