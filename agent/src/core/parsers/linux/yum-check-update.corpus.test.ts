import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../testing/fixtures.ts';
import { parseYumCheckUpdate } from './yum-check-update.ts';

const read = (name: string): string => readFixtureText(`linux/puppet/yum-check-update-${name}.txt`);

describe('parseYumCheckUpdate over real outputs', () => {
  it('reads the Fedora 20 table: 6 rows, curl for two arches is one update', () => {
    const updates = parseYumCheckUpdate(read('simple'), 'yum');
    expect(updates.map((update) => [update.name, update.availableVersion])).toEqual([
      ['curl', '7.32.0-10.fc20'],
      ['gawk', '4.1.0-3.fc20'],
      ['dhclient', '12:4.1.1-38.P1.fc20'],
      ['java-1.8.0-openjdk', '1:1.8.0.131-2.b11.el7_3'],
      ['selinux-policy', '3.12.1-163.fc20'],
    ]);
    expect(updates.every((update) => update.source === 'yum')).toBe(true);
  });

  it('reads the CentOS 6 table: banners skipped, a row wrapped before its repo joined', () => {
    const updates = parseYumCheckUpdate(read('multiline'), 'yum');
    // 201 lines: 6 of banner and mirror list, 195 of table of which one continues libpcap.
    expect(updates).toHaveLength(194);
    expect(updates.find((update) => update.name === 'libpcap')?.availableVersion).toBe(
      '14:1.4.0-1.20130826git2dbcaa1.el6',
    );
    expect(updates[0]?.name).toBe('abrt');
    expect(updates.at(-1)?.name).toBe('yum-utils');
    expect(updates.some((update) => /^(Loaded|Loading|\*)/.test(update.name))).toBe(false);
  });

  it('reads the CentOS 7 table: name wrapped, Obsoleting Packages left out', () => {
    const updates = parseYumCheckUpdate(read('obsoletes'), 'dnf');
    // 179 table lines, one of them the wrapped device-mapper-persistent-data's continuation.
    expect(updates).toHaveLength(178);
    expect(updates.find((update) => update.name === 'device-mapper-persistent-data')).toEqual({
      name: 'device-mapper-persistent-data',
      availableVersion: '0.4.1-2.el7',
      source: 'dnf',
    });
    const names = updates.map((update) => update.name);
    for (const obsoleting of ['adsl', 'bluetooth', 'team', 'wifi', 'wwan']) {
      expect(names).not.toContain(`NetworkManager-${obsoleting}`);
    }
    expect(names.filter((name) => name === 'NetworkManager')).toHaveLength(1);
    // hwdata.noarch and hwdata.x86_64 offer different releases: two updates.
    expect(
      updates.filter((update) => update.name === 'hwdata').map((u) => u.availableVersion),
    ).toEqual(['0.252-7.5.el7', '0.252-7.8.el7_1']);
  });

  it('reads the table followed by Security: notices, which are not updates', () => {
    const updates = parseYumCheckUpdate(read('security'), 'yum');
    expect(updates).toEqual(parseYumCheckUpdate(read('obsoletes'), 'yum'));
    expect(updates.find((update) => update.name === 'kernel')?.availableVersion).toBe(
      '3.10.0-229.4.2.el7',
    );
    expect(updates.some((update) => update.name.startsWith('Security'))).toBe(false);
  });
});
