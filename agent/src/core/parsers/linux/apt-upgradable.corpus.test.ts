import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../testing/fixtures.ts';
import { parseAptUpgradable } from './apt-upgradable.ts';

describe('parseAptUpgradable over real outputs', () => {
  it('reads the -a listing from ROCm#1236: a suite with a blank, the installed row merged', () => {
    const updates = parseAptUpgradable(
      readFixtureText('linux/issues/apt-list-upgradable-a_ROCm-1236.txt'),
    );
    expect(updates).toEqual([
      {
        name: 'rocm-gdb',
        installedVersion: '9.2-rocm-rel-3.7-20',
        availableVersion: '9.2-rocm-rel-3.8-30',
        source: 'apt',
        // The suite is `Ubuntu 16.04`: nothing says security.
        security: false,
      },
    ]);
  });

  it('reads the Ubuntu 16.04 listing', () => {
    const updates = parseAptUpgradable(
      readFixtureText('linux/mpm-docstrings/apt_list_upgradable.txt'),
    );
    expect(updates).toEqual([
      {
        name: 'apt',
        installedVersion: '1.2.15ubuntu0.2',
        availableVersion: '1.2.19',
        source: 'apt',
        security: false,
      },
      {
        name: 'nano',
        installedVersion: '2.5.3-2',
        availableVersion: '2.5.3-2ubuntu2',
        source: 'apt',
        security: false,
      },
    ]);
  });

  it('finds no updates in a listing of installed packages', () => {
    const text = readFixtureText('linux/mpm-docstrings/apt_list_installed.txt');
    expect(text).toContain('[installed,automatic]');
    expect(parseAptUpgradable(text)).toEqual([]);
  });
});
