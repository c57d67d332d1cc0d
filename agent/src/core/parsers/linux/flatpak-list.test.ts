import { describe, expect, it } from 'vitest';
import { softwareItemSchema } from '@handraise/shared';
import { parseFlatpakList } from './flatpak-list.ts';

// Written for these tests in the agent's own layout (FLATPAK_LIST_COLUMNS).
const OWN = [
  'org.mozilla.firefox\t126.0\tstable\tsystem\tflathub\tFirefox',
  'org.gnome.Maps\t\tstable\tuser\tflathub\tMaps',
  'org.gnome.Maps\t46.1\tstable\tsystem\tflathub\tMaps',
  'com.example.Beta\t2.0~b1\tbeta\tsystem\tflathub-beta\t',
  '',
].join('\n');

describe('parseFlatpakList', () => {
  it('reads its own layout; an empty version stays empty and the branch goes in the id', () => {
    expect(parseFlatpakList(OWN)).toEqual([
      {
        name: 'Firefox',
        version: '126.0',
        source: 'flatpak',
        id: 'org.mozilla.firefox//stable@system',
        origin: 'flathub',
      },
      {
        name: 'Maps',
        version: '',
        source: 'flatpak',
        id: 'org.gnome.Maps//stable@user',
        origin: 'flathub',
      },
      {
        name: 'Maps',
        version: '46.1',
        source: 'flatpak',
        id: 'org.gnome.Maps//stable@system',
        origin: 'flathub',
      },
      {
        name: 'com.example.Beta',
        version: '2.0~b1',
        source: 'flatpak',
        id: 'com.example.Beta//beta@system',
        origin: 'flathub-beta',
      },
    ]);
  });

  it("reads GLPI's four-column layout and drops the runtimes it lists", () => {
    const text = [
      'org.mozilla.firefox\tstable\tsystem\tFirefox',
      'org.freedesktop.Platform\t23.08\tsystem\tFreedesktop Platform',
      'org.freedesktop.Platform.GL.default\t23.08\tsystem\tMesa',
      'org.kde.Platform\t6.6\tuser\tKDE Application Platform',
      'org.gnome.Sdk\t46\tsystem\tGNOME Software Development Kit',
      'org.mozilla.firefox.Locale\tstable\tsystem\tTranslations',
      'org.gtk.Gtk3theme.Adwaita-dark\t3.22\tsystem\tAdwaita dark GTK theme',
    ].join('\n');
    expect(parseFlatpakList(text)).toEqual([
      { name: 'Firefox', version: '', source: 'flatpak', id: 'org.mozilla.firefox//stable@system' },
    ]);
  });

  it('reads the name,application,version layout, with the version cell empty or missing', () => {
    const text =
      'Peek\tcom.uploadedlobster.peek\t1.5.1\n' +
      'Builder\torg.flatpak.Builder\t\n' +
      'Tool\tcom.example.Tool\n';
    expect(parseFlatpakList(text).map((item) => [item.name, item.version, item.id])).toEqual([
      ['Peek', '1.5.1', 'com.uploadedlobster.peek'],
      ['Builder', '', 'org.flatpak.Builder'],
      ['Tool', '', 'com.example.Tool'],
    ]);
  });

  it('ignores headers, messages and empty output', () => {
    expect(parseFlatpakList('Name\tApplication ID\tVersion\n')).toEqual([]);
    expect(parseFlatpakList('')).toEqual([]);
  });

  it('produces items the contract accepts', () => {
    for (const item of parseFlatpakList(OWN)) expect(softwareItemSchema.parse(item)).toEqual(item);
  });
});
