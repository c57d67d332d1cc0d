import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseAptUpgradable } from './apt-upgradable.ts';

// Written for these tests in the layout of `apt list --upgradable`, warning line included (apt
// prints it on stderr, but a merged capture has it too).
const PLAIN = `
WARNING: apt does not have a stable CLI interface. Use with caution in scripts.

Listing...
libssl3/stable-security 3.0.13-1~deb12u1 amd64 [upgradable from: 3.0.11-1~deb12u2]
libssl3/stable-security 3.0.13-1~deb12u1 i386 [upgradable from: 3.0.11-1~deb12u2]
tzdata/stable-updates,stable 2024b-0+deb12u1 all [upgradable from: 2024a-0+deb12u1]
openssl/jammy-updates,jammy-security 3.0.2-0ubuntu1.15 amd64 [upgradable from: 3.0.2-0ubuntu1.14]
N: There is 1 additional version. Please use the '-a' switch to see it
`;

// The same with -a: other available versions, the installed row, a suite holding a blank.
const ALL = `Listing... Done
tool/Vendor Repo 1.0 2.0-1 amd64 [upgradable from: 1.9-1]
tool/now 1.9-1 amd64 [installed,upgradable to: 2.0-1]
tool/stable 1.8-1 amd64
solo/now 0.1 all [installed,upgradable to: 0.2]
bc/stable,now 1.07.1-3+b1 amd64 [installed]
`;

describe('parseAptUpgradable', () => {
  it('reads candidate rows, one per package, security from the suites', () => {
    expect(parseAptUpgradable(PLAIN)).toEqual([
      {
        name: 'libssl3',
        installedVersion: '3.0.11-1~deb12u2',
        availableVersion: '3.0.13-1~deb12u1',
        source: 'apt',
        security: true,
      },
      {
        name: 'tzdata',
        installedVersion: '2024a-0+deb12u1',
        availableVersion: '2024b-0+deb12u1',
        source: 'apt',
        security: false,
      },
      {
        name: 'openssl',
        installedVersion: '3.0.2-0ubuntu1.14',
        availableVersion: '3.0.2-0ubuntu1.15',
        source: 'apt',
        security: true,
      },
    ]);
  });

  it('merges the -a installed row into its candidate and keeps one printed alone', () => {
    expect(parseAptUpgradable(ALL)).toEqual([
      {
        name: 'tool',
        installedVersion: '1.9-1',
        availableVersion: '2.0-1',
        source: 'apt',
        security: false,
      },
      { name: 'solo', installedVersion: '0.1', availableVersion: '0.2', source: 'apt' },
    ]);
  });

  it('returns nothing when nothing is upgradable', () => {
    expect(parseAptUpgradable('Listing... Done\n')).toEqual([]);
    expect(parseAptUpgradable('')).toEqual([]);
  });

  it('produces updates the contract accepts', () => {
    for (const update of parseAptUpgradable(`${PLAIN}${ALL}`)) {
      expect(pendingUpdateSchema.parse(update)).toEqual(update);
    }
  });
});
