import { existsSync, readFileSync } from 'node:fs';
import { hostname, type NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { HardwareSource } from './collectors/hardware.ts';
import { localIdentity } from './enroll.ts';
import type { IdentityReaders } from './enrollment/machine-id.ts';

/** Only the two identity calls are asked for at enrollment. */
function source(system: { serial: string; uuid: string }, hardwareUuid = ''): HardwareSource {
  const unused = () => Promise.reject(new Error('not asked at enrollment'));
  return {
    system: async () => ({ manufacturer: '', model: 'Computer', ...system }),
    uuid: async () => ({ hardware: hardwareUuid }),
    cpu: unused,
    mem: unused,
    fsSize: unused,
    graphics: unused,
    battery: unused,
    networkInterfaces: unused,
  };
}

function readers(files: Record<string, string>, commands: Record<string, string> = {}) {
  return {
    readFile: async (path: string) => {
      if (files[path] === undefined) throw new Error('ENOENT');
      return files[path];
    },
    run: async (cmd: string, args: readonly string[]) => {
      const output = commands[[cmd, ...args].join(' ')];
      if (output === undefined) throw new Error(`${cmd} not found`);
      return output;
    },
  } satisfies IdentityReaders;
}

const nic = (mac: string, internal = false) =>
  ({ mac, internal, address: '', netmask: '', family: 'IPv4', cidr: null }) as NetworkInterfaceInfo;
const interfaces = () => ({
  lo: [nic('00:00:00:00:00:00', true)],
  eth0: [nic('3c:52:82:10:aa:01'), nic('3c:52:82:10:aa:01')],
});

describe('localIdentity', () => {
  it('on Linux as a user: the machine id, and no serial where systeminformation says "-"', async () => {
    const identity = await localIdentity('lab-pc-12', {
      platform: 'linux',
      source: source({ serial: '-', uuid: '' }),
      readers: readers({ '/etc/machine-id': '3d1219c7c4c5404aaa1f6d2a48adfda4\n' }),
      interfaces,
    });
    expect(identity).toEqual({
      hostname: 'lab-pc-12',
      machineId: '3d1219c7c4c5404aaa1f6d2a48adfda4',
      macs: ['3c:52:82:10:aa:01'],
    });
  });

  it('on Windows: MachineGuid, and no O.E.M. filler as a serial', async () => {
    const identity = await localIdentity('LIB-07', {
      platform: 'win32',
      source: source({
        serial: 'To be filled by O.E.M.',
        uuid: '03000200-0400-0500-0006-000700080009',
      }),
      readers: readers(
        {},
        {
          'reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid /reg:64':
            '    MachineGuid    REG_SZ    6b1d3f1c-9a0e-4c33-8a53-2b8e0f5a7d21\r\n',
        },
      ),
      interfaces,
    });
    expect(identity).toMatchObject({ machineId: '6b1d3f1c-9a0e-4c33-8a53-2b8e0f5a7d21' });
    expect(identity).not.toHaveProperty('serial');
    expect(identity).not.toHaveProperty('uuid');
  });

  it("on macOS: IOPlatformUUID as the hardware's UUID, the serial, and no machine id", async () => {
    const identity = await localIdentity('art-imac-3', {
      platform: 'darwin',
      source: source({ serial: 'C02XK0ABJG5J', uuid: '' }),
      readers: readers(
        {},
        {
          'ioreg -rd1 -c IOPlatformExpertDevice':
            '      "IOPlatformUUID" = "8C3D5F8E-2B6A-5B7C-9D1E-4F2A3B6C7D8E"\n',
        },
      ),
      interfaces,
    });
    expect(identity).toMatchObject({
      uuid: '8C3D5F8E-2B6A-5B7C-9D1E-4F2A3B6C7D8E',
      serial: 'C02XK0ABJG5J',
    });
    expect(identity).not.toHaveProperty('machineId');
  });

  it('keeps a real SMBIOS UUID and serial, and sends no hardware id a failed call left out', async () => {
    const identity = await localIdentity('lab-pc-13', {
      platform: 'linux',
      source: source({ serial: 'PF1ABCDE', uuid: '4c4c4544-0042-3510-8052-b4c04f4b4e32' }),
      readers: readers({}),
      interfaces,
    });
    expect(identity).toMatchObject({
      serial: 'PF1ABCDE',
      uuid: '4c4c4544-0042-3510-8052-b4c04f4b4e32',
    });
    const failing = {
      ...source({ serial: '', uuid: '' }),
      system: () => Promise.reject(new Error('x')),
    };
    expect(
      await localIdentity('lab-pc-14', {
        platform: 'linux',
        source: failing,
        readers: readers({}),
        interfaces,
      }),
    ).toEqual({ hostname: 'lab-pc-14', macs: ['3c:52:82:10:aa:01'] });
  });

  const machineIdHere = (() => {
    try {
      const id = readFileSync('/etc/machine-id', 'utf8').trim();
      return /^[0-9a-f]{32}$/.test(id) ? id : undefined;
    } catch {
      return undefined;
    }
  })();

  it.runIf(process.platform === 'linux' && existsSync('/etc/machine-id') && machineIdHere)(
    "sends this Linux machine's /etc/machine-id",
    async () => {
      expect(await localIdentity(hostname())).toMatchObject({ machineId: machineIdHere });
    },
  );
});
