import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { readGlpiExpected } from './glpi-expected.ts';
import { parseSnapList } from './snap-list.ts';
import { parseSnapRefreshList } from './snap-refresh-list.ts';

describe('parseSnapList over real outputs', () => {
  it("matches GLPI's expected snaps: core18 (base) and snapd dropped", () => {
    const items = parseSnapList(readFixtureText('linux/glpi-agent/snap'));
    const expected = readGlpiExpected('linux/glpi-agent/expected-snap.json');
    // GLPI takes PUBLISHER from `snap info` (the display name `KDE`); `snap list` shows the
    // account name `kde*`. Both name the same publisher, so case is ignored.
    const matched = expected.filter((entry, index) => {
      const item = items[index];
      return (
        item !== undefined &&
        item.name === entry.get('NAME') &&
        item.version === entry.get('VERSION') &&
        item.id === `${entry.get('NAME')}/${entry.get('_REVISION')}` &&
        item.publisher?.toLowerCase() === entry.get('PUBLISHER')?.toLowerCase()
      );
    }).length;
    reportMatches('snap glpi', matched, expected.length);
    expect(expected).toHaveLength(3);
    expect(matched).toBe(3);
    expect(items).toHaveLength(3);
    expect(items.map((item) => item.name)).not.toContain('core18');
    expect(items.map((item) => item.name)).not.toContain('snapd');
  });

  it('reads the German-locale list by position: core dropped, check marks stripped', () => {
    const items = parseSnapList(readFixtureText('linux/mpm-docstrings/snap_list_de.txt'));
    expect(items).toEqual([
      {
        name: 'wechat',
        version: '2.0',
        source: 'snap',
        id: 'wechat/7',
        publisher: 'ubuntu-dawndiy',
        origin: 'latest/stable',
      },
      {
        name: 'pdftk',
        version: '2.02-4',
        source: 'snap',
        id: 'pdftk/9',
        publisher: 'smoser',
        origin: 'latest/stable',
      },
    ]);
  });

  it('reads the German-locale refresh list, which has no Tracking column', () => {
    const updates = parseSnapRefreshList(
      readFixtureText('linux/mpm-docstrings/snap_refresh_list_de.txt'),
    );
    expect(updates).toEqual([
      { name: 'standard-notes', availableVersion: '3.3.5', source: 'snap', id: 'standard-notes' },
    ]);
  });
});
