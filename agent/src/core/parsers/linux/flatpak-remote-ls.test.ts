import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseFlatpakUpdates } from './flatpak-remote-ls.ts';

// Written for these tests in the agent's own layout (FLATPAK_UPDATES_COLUMNS).
const UPDATES = [
  'Firefox\torg.mozilla.firefox\t127.0\tstable',
  'Firefox\torg.mozilla.firefox\t127.0\tstable',
  '\tcom.example.Nameless\t0.2\tstable',
  'Maps\torg.gnome.Maps\t\tstable',
  'Freedesktop Platform\torg.freedesktop.Platform\t23.08.19\t23.08',
  '',
].join('\n');

describe('parseFlatpakUpdates', () => {
  it('lists app updates once, named like the installed apps, runtimes left out', () => {
    expect(parseFlatpakUpdates(UPDATES)).toEqual([
      { name: 'Firefox', availableVersion: '127.0', source: 'flatpak', id: 'org.mozilla.firefox' },
      {
        name: 'com.example.Nameless',
        availableVersion: '0.2',
        source: 'flatpak',
        id: 'com.example.Nameless',
      },
      { name: 'Maps', availableVersion: '', source: 'flatpak', id: 'org.gnome.Maps' },
    ]);
  });

  it('returns nothing for empty output', () => {
    expect(parseFlatpakUpdates('')).toEqual([]);
  });

  it('produces updates the contract accepts', () => {
    for (const update of parseFlatpakUpdates(UPDATES)) {
      expect(pendingUpdateSchema.parse(update)).toEqual(update);
    }
  });
});
