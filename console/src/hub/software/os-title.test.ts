import type { OsInfo } from '@handraise/shared';
import { titleKeySchema } from '@handraise/shared';
import { describe, expect, it } from 'vitest';
import { osTitleFor } from './os-title.ts';

function os(platform: OsInfo['platform'], name: string, version: string, build?: string): OsInfo {
  return {
    platform,
    name,
    version,
    arch: 'x64',
    hostname: 'lab-pc-01',
    ...(build === undefined ? {} : { build }),
  };
}

describe('osTitleFor: Windows', () => {
  it('keys client Windows by release, whatever the edition', () => {
    expect(
      osTitleFor(os('windows', 'Microsoft Windows 11 Education', '10.0.22631', '22631')),
    ).toEqual({ key: 'os:windows-11', name: 'Windows 11', version: '10.0.22631' });
    expect(osTitleFor(os('windows', 'Microsoft Windows 11 Pro', '10.0.26100', '26100')).key).toBe(
      'os:windows-11',
    );
    expect(osTitleFor(os('windows', 'Microsoft Windows 10 Pro', '10.0.19045', '19045'))).toEqual({
      key: 'os:windows-10',
      name: 'Windows 10',
      version: '10.0.19045',
    });
    expect(
      osTitleFor(os('windows', 'Microsoft Windows 10 Enterprise LTSC', '10.0.17763', '17763')).key,
    ).toBe('os:windows-10');
  });

  it('believes the build over a name that still says Windows 10', () => {
    expect(osTitleFor(os('windows', 'Windows 10 Pro', '10.0.22631')).key).toBe('os:windows-11');
    expect(osTitleFor(os('windows', 'Microsoft Windows', '10.0.19045')).key).toBe('os:windows-10');
    expect(osTitleFor(os('windows', 'Microsoft Windows 8.1 Pro', '6.3.9600', '9600'))).toEqual({
      key: 'os:windows-8.1',
      name: 'Windows 8.1',
      version: '6.3.9600',
    });
  });

  it('keys Windows Server by year', () => {
    expect(
      osTitleFor(os('windows', 'Microsoft Windows Server 2022 Standard', '10.0.20348', '20348')),
    ).toEqual({
      key: 'os:windows-server-2022',
      name: 'Windows Server 2022',
      version: '10.0.20348',
    });
    expect(
      osTitleFor(os('windows', 'Microsoft Windows Server 2012 R2 Datacenter', '6.3.9600')),
    ).toMatchObject({ key: 'os:windows-server-2012-r2', name: 'Windows Server 2012 R2' });
    expect(osTitleFor(os('windows', 'Windows Server Datacenter', '10.0.17763')).key).toBe(
      'os:windows-server-2019',
    );
    expect(osTitleFor(os('windows', 'Windows Server Datacenter', '')).key).toBe(
      'os:windows-server',
    );
  });
});

describe('osTitleFor: macOS', () => {
  it('keys by major version with the release name', () => {
    expect(osTitleFor(os('macos', 'macOS', '14.6.1'))).toEqual({
      key: 'os:macos-14',
      name: 'macOS 14 Sonoma',
      version: '14.6.1',
    });
    expect(osTitleFor(os('macos', 'macOS', '15.0')).name).toBe('macOS 15 Sequoia');
    expect(osTitleFor(os('macos', 'macOS', '11.7.10')).name).toBe('macOS 11 Big Sur');
    expect(osTitleFor(os('macos', 'macOS', '26.1')).name).toBe('macOS 26 Tahoe');
    expect(osTitleFor(os('macos', 'macOS', '31.0'))).toMatchObject({
      key: 'os:macos-31',
      name: 'macOS 31',
    });
  });

  it('keys 10.x releases by their second number', () => {
    expect(osTitleFor(os('macos', 'Mac OS X', '10.15.7'))).toEqual({
      key: 'os:macos-10.15',
      name: 'macOS 10.15 Catalina',
      version: '10.15.7',
    });
  });

  it('falls back to plain macOS without a version', () => {
    expect(osTitleFor(os('macos', 'macOS', ''))).toEqual({
      key: 'os:macos',
      name: 'macOS',
      version: '',
    });
  });
});

describe('osTitleFor: Linux', () => {
  it.each([
    ['Debian GNU/Linux', '12', 'os:debian-12', 'Debian 12'],
    ['Ubuntu', '22.04.4 LTS', 'os:ubuntu-22.04', 'Ubuntu 22.04'],
    ['Ubuntu', '24.04', 'os:ubuntu-24.04', 'Ubuntu 24.04'],
    ['Fedora Linux', '40', 'os:fedora-40', 'Fedora 40'],
    ['Rocky Linux', '9.4', 'os:rocky-9', 'Rocky Linux 9'],
    ['AlmaLinux', '8.10', 'os:almalinux-8', 'AlmaLinux 8'],
    ['Red Hat Enterprise Linux', '9.4', 'os:rhel-9', 'Red Hat Enterprise Linux 9'],
    ['openSUSE Leap', '15.6', 'os:opensuse-leap-15.6', 'openSUSE Leap 15.6'],
    ['Linux Mint', '21.3', 'os:linux-mint-21', 'Linux Mint 21'],
    ['LMDE', '6', 'os:lmde-6', 'LMDE 6'],
    ['Kubuntu', '24.04', 'os:ubuntu-24.04', 'Ubuntu 24.04'],
    ['Pop!_OS', '22.04 LTS', 'os:pop-os-22.04', 'Pop!_OS 22.04'],
    ['elementary OS', '7.1', 'os:elementary-os-7', 'elementary OS 7'],
  ])('%s %s → %s', (name, version, key, title) => {
    expect(osTitleFor(os('linux', name, version))).toEqual({ key, name: title, version });
  });

  it('leaves the release off a rolling distribution or a missing version', () => {
    expect(osTitleFor(os('linux', 'Arch Linux', 'rolling')).key).toBe('os:arch-linux');
    expect(osTitleFor(os('linux', 'openSUSE Tumbleweed', '20240601')).key).toBe(
      'os:opensuse-tumbleweed',
    );
    expect(osTitleFor(os('linux', 'Debian GNU/Linux', '')).key).toBe('os:debian');
  });
});

describe('osTitleFor: anything', () => {
  it('never throws and always gives a valid, non-empty key', () => {
    const odd: OsInfo[] = [
      os('other', '', ''),
      os('linux', '   ', '...'),
      os('other', '🙂🙂', '1'),
      os('other', 'Système Étrange', '3.2'),
      os('other', 'x'.repeat(500), '1'),
      os('windows', '', ''),
      os('macos', '', 'abc'),
      os('linux', '---', '9999999999999999999999'),
    ];
    for (const info of odd) {
      const title = osTitleFor(info);
      expect(titleKeySchema.safeParse(title.key).success, title.key).toBe(true);
      expect(title.key.length).toBeGreaterThan('os:'.length);
      expect(title.name).not.toBe('');
    }
    expect(osTitleFor(os('other', '', '')).key).toBe('os:other');
    expect(osTitleFor(os('other', 'Système Étrange', '3.2')).key).toBe('os:systeme-etrange-3');
    expect(osTitleFor(os('other', 'FreeBSD', '14.1-RELEASE')).key).toBe('os:freebsd-14');
  });
});
