import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import { parseFlatpakUpdates } from './flatpak-remote-ls.ts';
import { isFlatpakRuntimeId } from './flatpak-ids.ts';
import { parseFlatpakList } from './flatpak-list.ts';
import { readGlpiExpected } from './glpi-expected.ts';

const APP_ID_COMMENT = /^AppID: (\S+)$/;

describe('parseFlatpakList over real outputs', () => {
  it("matches GLPI's apps; GLPI also keeps the runtimes its -a listing shows", () => {
    const items = parseFlatpakList(readFixtureText('linux/glpi-agent/flatpak'));
    const expected = readGlpiExpected('linux/glpi-agent/expected-flatpak.json').map((entry) => ({
      name: entry.get('NAME') ?? '',
      installation: entry.get('SYSTEM_CATEGORY') ?? '',
      application: APP_ID_COMMENT.exec(entry.get('COMMENTS') ?? '')?.[1] ?? '',
    }));
    // Deliberate divergence: GLPI reports runtimes, GL drivers and translations as software
    // (12 entries); the agent keeps apps only. GLPI's VERSION comes from `flatpak info`, which
    // the agent does not run: this layout has no version column, so ours is ''.
    const apps = expected.filter((entry) => !isFlatpakRuntimeId(entry.application));
    const matched = apps.filter((app) =>
      items.some(
        (item) =>
          item.name === app.name &&
          item.id?.startsWith(`${app.application}//`) === true &&
          item.id.endsWith(`@${app.installation}`),
      ),
    ).length;
    reportMatches('flatpak glpi apps', matched, apps.length);
    reportMatches('flatpak glpi (runtimes dropped on purpose)', matched, expected.length);
    expect(expected).toHaveLength(12);
    expect(apps.map((app) => app.name)).toEqual(['VSCodium', 'Gaphor', 'OBS Studio']);
    expect(matched).toBe(3);
    expect(items).toEqual([
      {
        name: 'VSCodium',
        version: '',
        source: 'flatpak',
        id: 'com.vscodium.codium//stable@system',
      },
      { name: 'Gaphor', version: '', source: 'flatpak', id: 'org.gaphor.Gaphor//stable@user' },
      {
        name: 'OBS Studio',
        version: '',
        source: 'flatpak',
        id: 'com.obsproject.Studio//stable@user',
      },
    ]);
  });

  it('reads the name,application,version listing, the missing version cell included', () => {
    const items = parseFlatpakList(
      readFixtureText('linux/mpm-docstrings/flatpak_list_app_columns.txt'),
    );
    expect(items.map((item) => [item.name, item.id, item.version])).toEqual([
      ['Peek', 'com.uploadedlobster.peek', '1.3.1'],
      ['Fragments', 'de.haeckerfelix.Fragments', '1.4'],
      ['GNOME MPV', 'io.github.GnomeMpv', '0.16'],
      ['Syncthing GTK', 'me.kozec.syncthingtk', 'v0.9.4.3'],
      ['Builder', 'org.flatpak.Builder', ''],
    ]);
  });

  it('reads the remote-ls update listing', () => {
    const updates = parseFlatpakUpdates(
      readFixtureText('linux/mpm-docstrings/flatpak_remote-ls_updates.txt'),
    );
    reportMatches('flatpak remote-ls update ids', updates.filter((u) => u.id).length, 2);
    expect(updates).toEqual([
      {
        name: 'GNOME Dictionary',
        availableVersion: '3.26.0',
        source: 'flatpak',
        id: 'org.gnome.Dictionary',
      },
      // The display name says "Files"; the id says which app it is.
      { name: 'Files', availableVersion: '42.2', source: 'flatpak', id: 'org.gnome.Nautilus' },
    ]);
  });
});
