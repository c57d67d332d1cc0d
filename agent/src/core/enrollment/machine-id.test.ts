import { describe, expect, it } from 'vitest';
import {
  parseIoregPlatformUuid,
  parseRegQueryMachineGuid,
  readMachineId,
  readPlatformUuid,
  type IdentityReaders,
} from './machine-id.ts';

/** Readers answering from a table; anything else is absent, as on a machine without it. */
function readers(files: Record<string, string>, commands: Record<string, string> = {}) {
  const asked: string[] = [];
  const fake: IdentityReaders = {
    readFile: async (path) => {
      asked.push(path);
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    run: async (cmd, args) => {
      const line = [cmd, ...args].join(' ');
      asked.push(line);
      const output = commands[line];
      if (output === undefined) throw new Error(`${cmd} not found`);
      return output;
    },
  };
  return { fake, asked };
}

const REG_QUERY = 'reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid /reg:64';
const IOREG = 'ioreg -rd1 -c IOPlatformExpertDevice';

describe('the Linux machine id', () => {
  it('is /etc/machine-id, else D-Bus’s copy', async () => {
    const both = readers({
      '/etc/machine-id': '3d1219c7c4c5404aaa1f6d2a48adfda4\n',
      '/var/lib/dbus/machine-id': 'b08dfa6083e7567a1921a715000001fb\n',
    });
    expect(await readMachineId('linux', both.fake)).toBe('3d1219c7c4c5404aaa1f6d2a48adfda4');
    const dbusOnly = readers({ '/var/lib/dbus/machine-id': 'b08dfa6083e7567a1921a715000001fb\n' });
    expect(await readMachineId('linux', dbusOnly.fake)).toBe('b08dfa6083e7567a1921a715000001fb');
  });

  it('is none for an image not yet booted (empty, "uninitialized"), or nowhere to be read', async () => {
    expect(await readMachineId('linux', readers({ '/etc/machine-id': '\n' }).fake)).toBeUndefined();
    expect(
      await readMachineId('linux', readers({ '/etc/machine-id': 'uninitialized\n' }).fake),
    ).toBeUndefined();
    expect(await readMachineId('linux', readers({}).fake)).toBeUndefined();
  });
});

describe('the Windows MachineGuid', () => {
  const output = [
    '',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography',
    '    MachineGuid    REG_SZ    6b1d3f1c-9a0e-4c33-8a53-2b8e0f5a7d21',
    '',
  ].join('\r\n');

  it('comes from `reg query` of the 64-bit registry view', async () => {
    const { fake, asked } = readers({}, { [REG_QUERY]: output });
    expect(await readMachineId('win32', fake)).toBe('6b1d3f1c-9a0e-4c33-8a53-2b8e0f5a7d21');
    expect(asked).toEqual([REG_QUERY]);
  });

  it('is none when reg fails or prints no usable value', async () => {
    expect(await readMachineId('win32', readers({}).fake)).toBeUndefined();
    expect(
      parseRegQueryMachineGuid(
        'ERROR: The system was unable to find the specified registry key or value.',
      ),
    ).toBeUndefined();
    expect(
      parseRegQueryMachineGuid('    MachineGuid    REG_SZ    00000000-0000-0000-0000-000000000000'),
    ).toBeUndefined();
  });
});

describe('macOS', () => {
  const output = [
    '+-o MacBookPro15,1  <class IOPlatformExpertDevice, id 0x100000110, registered, matched, active, busy 0 (0 ms), retain 33>',
    '    {',
    '      "IOPlatformSerialNumber" = "C02XK0ABJG5J"',
    '      "IOPlatformUUID" = "8C3D5F8E-2B6A-5B7C-9D1E-4F2A3B6C7D8E"',
    '    }',
  ].join('\n');

  it('sends IOPlatformUUID, the hardware’s, and no machine id', async () => {
    const { fake } = readers({}, { [IOREG]: output });
    expect(await readPlatformUuid('darwin', fake)).toBe('8C3D5F8E-2B6A-5B7C-9D1E-4F2A3B6C7D8E');
    expect(await readMachineId('darwin', fake)).toBeUndefined();
  });

  it('drops an all-zero IOPlatformUUID and asks ioreg nowhere else', async () => {
    expect(
      parseIoregPlatformUuid('"IOPlatformUUID" = "00000000-0000-0000-0000-000000000000"'),
    ).toBeUndefined();
    const { fake, asked } = readers({}, { [IOREG]: output });
    expect(await readPlatformUuid('linux', fake)).toBeUndefined();
    expect(await readPlatformUuid('win32', fake)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});
