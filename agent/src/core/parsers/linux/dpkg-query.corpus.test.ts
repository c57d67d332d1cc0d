import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseDpkgQuery } from './dpkg-query.ts';
import { readGlpiExpected } from './glpi-expected.ts';

describe('parseDpkgQuery over real outputs', () => {
  it("matches GLPI's expected parse of its dpkg capture", () => {
    const items = parseDpkgQuery(readFixtureText('linux/glpi-agent/dpkg'));
    const expected = readGlpiExpected('linux/glpi-agent/expected-dpkg.json').map((entry) => ({
      name: entry.get('NAME'),
      version: entry.get('VERSION'),
      arch: entry.get('ARCH'),
    }));
    const got = items.map(({ name, version, arch }) => ({ name, version, arch }));
    const matched = expected.filter((entry, index) => isDeepStrictEqual(got[index], entry)).length;
    reportMatches('dpkg glpi', matched, expected.length);
    // 17 lines, 14 of them without the status column; vlc-nox (deinstall ok config-files) goes.
    expect(expected).toHaveLength(16);
    expect(got).toEqual(expected);
  });

  it("keeps only the installed packages of Ohai's capture", () => {
    const items = parseDpkgQuery(readFixtureText('linux/chef-ohai/dpkg-query.output'));
    // 10 lines; systemd-timesyncd is in state config-files (removed).
    expect(items).toHaveLength(9);
    expect(items.map((item) => item.name)).not.toContain('systemd-timesyncd');
    expect(items[0]).toEqual({
      name: 'adduser',
      version: '3.113+nmu3',
      arch: 'all',
      source: 'dpkg',
    });
    expect(items.find((item) => item.name === 'tzdata')?.version).toBe('2015g-0+deb8u1');
    expect(items.find((item) => item.name === 'systemd')?.version).toBe('247.3-6');
  });
});
