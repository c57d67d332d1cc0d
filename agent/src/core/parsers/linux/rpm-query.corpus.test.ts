import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { readGlpiExpected } from './glpi-expected.ts';
import { parseRpmQuery } from './rpm-query.ts';

describe('parseRpmQuery over real outputs', () => {
  const items = parseRpmQuery(readFixtureText('linux/glpi-agent/rpm'));
  const expected = readGlpiExpected('linux/glpi-agent/expected-rpm.json');

  it("matches GLPI's name, version, arch and publisher for its Mageia capture", () => {
    const want = expected.map((entry) => ({
      name: entry.get('NAME'),
      version: entry.get('VERSION'),
      arch: entry.get('ARCH'),
      publisher: entry.get('PUBLISHER'),
    }));
    const got = items.map(({ name, version, arch, publisher }) => ({
      name,
      version,
      arch,
      publisher,
    }));
    const matched = want.filter((entry, index) => isDeepStrictEqual(got[index], entry)).length;
    reportMatches('rpm glpi', matched, want.length);
    expect(want).toHaveLength(10);
    expect(got).toEqual(want);
  });

  it("matches GLPI's install dates but one, which GLPI took on a clock ahead of UTC", () => {
    // GLPI prints dd/mm/yyyy from local time; the agent writes the UTC date. xfsprogs was
    // installed at 1332632724 = 2012-03-24 23:45:24 UTC, which GLPI's test clock read as the 25th.
    const mismatched: string[] = [];
    const matched = expected.filter((entry, index) => {
      const [day, month, year] = (entry.get('INSTALLDATE') ?? '').split('/');
      const same = items[index]?.installDate === `${year}-${month}-${day}`;
      if (!same) mismatched.push(`${entry.get('NAME')} ${items[index]?.installDate}`);
      return same;
    }).length;
    reportMatches('rpm glpi install dates', matched, expected.length);
    expect(mismatched).toEqual(['xfsprogs 2012-03-24']);
  });

  it("reads Ohai's CentOS capture, blank-separated lines and both kernels included", () => {
    const ohai = parseRpmQuery(readFixtureText('linux/chef-ohai/rpmquery.output'));
    expect(ohai).toHaveLength(7);
    expect(ohai[0]).toEqual({
      name: 'centos-release',
      version: '7-2.1511.el7.centos.2.10',
      source: 'rpm',
      arch: 'x86_64',
      installDate: '2016-05-17',
    });
    // The last two lines use blanks instead of tabs.
    expect(ohai.filter((item) => item.name === 'kernel')).toEqual([
      {
        name: 'kernel',
        version: '3.10.0-862.2.3.el7',
        source: 'rpm',
        arch: 'x86_64',
        installDate: '2018-05-14',
      },
      {
        name: 'kernel',
        version: '3.10.0-862.el7',
        source: 'rpm',
        arch: 'x86_64',
        installDate: '2018-03-22',
      },
    ]);
    // Epoch 0 everywhere, so no version carries one.
    expect(ohai.every((item) => !item.version.includes(':'))).toBe(true);
  });
});
