import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, type VersionScheme } from '@handraise/shared';
import { ITEM_FLAGS } from './item-flags.ts';
import { OS_SUPPORT, STATUS_CODE, statusCode } from './verdict.ts';
import { VERSION_BITS, VersionGroup } from './version-group.ts';

describe('VersionGroup', () => {
  it('ranks versions by the scheme, equal versions sharing a rank', () => {
    const g = new VersionGroup(0, 0, 'windows', 'dotted');
    const v10 = g.versionId('1.0');
    const v100 = g.versionId('1.0.0');
    const v2 = g.versionId('2.0');
    const v19 = g.versionId('1.9');
    for (const v of [v10, v100, v2, v19]) g.add(v, 1);
    expect(g.newer(v2, v19)).toBe(true);
    expect(g.newer(v10, v100) || g.newer(v100, v10)).toBe(false);
    expect(g.newestVersion).toBe('2.0');
    expect(g.devicesNewerThan(v10)).toBe(2);
    expect(g.devicesNewerThan(v2)).toBe(0);
  });

  it('orders versions added one by one exactly as the scheme compares them', () => {
    const part = fc.oneof(fc.nat({ max: 12 }).map(String), fc.constantFrom('0', '1a', 'rc1', '~b'));
    const version = fc.array(part, { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
    const scheme = fc.constantFrom<VersionScheme>('dotted', 'deb', 'rpm', 'semver', 'macos');
    fc.assert(
      fc.property(scheme, fc.array(version, { minLength: 1, maxLength: 12 }), (s, list) => {
        const g = new VersionGroup(0, 0, 'linux', s);
        const ids = list.map((v) => g.versionId(v));
        for (let i = 0; i < list.length; i++)
          for (let j = 0; j < list.length; j++)
            expect(g.newer(ids[i]!, ids[j]!)).toBe(compareVersions(list[i]!, list[j]!, s) > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('moves "newest" down when the only device on it leaves', () => {
    const g = new VersionGroup(0, 0, 'windows', 'dotted');
    const old = g.versionId('1.0');
    const latest = g.versionId('2.0');
    g.add(old, 1);
    g.add(old, 1);
    g.add(latest, 1);
    expect(g.versionBits()[old]! & VERSION_BITS.FLEET_NEWER).toBeTruthy();
    g.add(latest, -1);
    expect(g.newestVersion).toBe('1.0');
    expect(g.versionBits()[old]! & VERSION_BITS.FLEET_NEWEST).toBeTruthy();
  });

  it('never calls a blank version newest, older or newer than a target', () => {
    const g = new VersionGroup(0, 0, 'windows', 'dotted');
    const blank = g.versionId('');
    g.add(blank, 1);
    g.add(blank, 1);
    g.setRules({ minimumVersion: '1.0', catalogVersion: '2.0', banned: false });
    expect(g.newestVersion).toBeNull();
    expect(g.versionBits()[blank]).toBe(0);
  });

  it('drops a distribution epoch before comparing with a typed target', () => {
    const g = new VersionGroup(0, 0, 'linux', 'deb');
    const v = g.versionId('1:2.3-1');
    g.add(v, 1);
    g.setRules({ minimumVersion: null, catalogVersion: '2.4', banned: false });
    expect(g.versionBits()[v]! & VERSION_BITS.CATALOG_NEWER).toBeTruthy();
  });
});

describe('statusCode', () => {
  const { PENDING, MANAGER_CHECKED, NO_VERSION, MANAGER_FAILED } = ITEM_FLAGS;
  const { FLEET_NEWER, FLEET_NEWEST, CATALOG_CURRENT, BANNED } = VERSION_BITS;
  it.each([
    ['a pending update', PENDING, 0, OS_SUPPORT.NONE, 'behind'],
    ['banned', MANAGER_CHECKED, BANNED, OS_SUPPORT.NONE, 'behind'],
    ['older than the fleet, no manager', 0, FLEET_NEWER, OS_SUPPORT.NONE, 'behind'],
    [
      'older than the fleet, manager says current',
      MANAGER_CHECKED,
      FLEET_NEWER,
      OS_SUPPORT.NONE,
      'current',
    ],
    ['manager failed, fleet newest', MANAGER_FAILED, FLEET_NEWEST, OS_SUPPORT.NONE, 'current'],
    ['nothing known', 0, 0, OS_SUPPORT.NONE, 'unknown'],
    ['no version', NO_VERSION, CATALOG_CURRENT, OS_SUPPORT.NONE, 'unknown'],
    ['catalog current', 0, CATALOG_CURRENT, OS_SUPPORT.NONE, 'current'],
    ['OS past its end', MANAGER_CHECKED, 0, OS_SUPPORT.ENDED, 'behind'],
    ['OS supported', 0, 0, OS_SUPPORT.SUPPORTED, 'current'],
  ] as const)('%s', (_name, flags, bits, os, expected) => {
    expect(statusCode(flags, bits, os)).toBe(STATUS_CODE[expected]);
  });
});
