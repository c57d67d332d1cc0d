import { describe, expect, it } from 'vitest';
import nodeOs from 'node:os';
import type { Systeminformation } from 'systeminformation';
import { osInfoSchema } from '@handraise/shared';
import { collectOs, toOsInfo } from './os.ts';

function osData(overrides: Partial<Systeminformation.OsData>): Systeminformation.OsData {
  return {
    platform: 'linux',
    distro: 'Debian GNU/Linux',
    release: '12',
    codename: 'bookworm',
    kernel: '6.1.0-18-amd64',
    arch: 'x64',
    hostname: 'lab-pc-07',
    fqdn: 'lab-pc-07.school.example',
    codepage: 'UTF-8',
    logofile: 'debian',
    serial: 'abc',
    build: '',
    servicepack: '',
    uefi: true,
    ...overrides,
  };
}

describe('toOsInfo', () => {
  it('maps a Linux description and omits the empty build', () => {
    expect(toOsInfo(osData({}))).toEqual({
      platform: 'linux',
      name: 'Debian GNU/Linux',
      version: '12',
      codename: 'bookworm',
      kernel: '6.1.0-18-amd64',
      arch: 'x64',
      hostname: 'lab-pc-07',
    });
  });

  it('maps win32 to windows and keeps the build', () => {
    const os = toOsInfo(
      osData({
        platform: 'win32',
        distro: 'Microsoft Windows 11 Pro',
        release: '10.0.22631',
        build: '22631',
        codename: '',
        kernel: '10.0.22631',
      }),
    );
    expect(os).toEqual({
      platform: 'windows',
      name: 'Microsoft Windows 11 Pro',
      version: '10.0.22631',
      build: '22631',
      kernel: '10.0.22631',
      arch: 'x64',
      hostname: 'lab-pc-07',
    });
    expect('codename' in os).toBe(false);
  });

  it('maps darwin to macos and anything else to other', () => {
    expect(toOsInfo(osData({ platform: 'darwin' })).platform).toBe('macos');
    expect(toOsInfo(osData({ platform: 'freebsd' })).platform).toBe('other');
  });

  it('keeps required fields as empty strings when unknown', () => {
    const os = toOsInfo(osData({ distro: '', release: ' ', hostname: '' }));
    expect(os.name).toBe('');
    expect(os.version).toBe('');
    expect(os.hostname).toBe('');
    expect(osInfoSchema.parse(os)).toEqual(os);
  });
});

describe('collectOs', () => {
  it('describes this machine', async () => {
    const os = await collectOs();
    expect(osInfoSchema.parse(os)).toEqual(os);
    expect(os.platform).toBe('linux');
    expect(os.hostname).toBe(nodeOs.hostname());
    expect(os.name).not.toBe('');
  });
});
