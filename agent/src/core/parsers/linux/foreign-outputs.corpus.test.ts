import { describe, expect, it } from 'vitest';
import { readFixtureText } from '../testing/fixtures.ts';
import { parseAptUpgradable } from './apt-upgradable.ts';
import { parseDpkgQuery } from './dpkg-query.ts';
import { parseFlatpakUpdates } from './flatpak-remote-ls.ts';
import { parseFlatpakList } from './flatpak-list.ts';
import { parseRpmQuery } from './rpm-query.ts';
import { parseSnapList } from './snap-list.ts';
import { parseSnapRefreshList } from './snap-refresh-list.ts';
import { parseYumCheckUpdate } from './yum-check-update.ts';

// Layouts are told apart by shape, so each parser must find nothing in the other tools' outputs.
const FIXTURES = [
  'chef-ohai/dpkg-query.output',
  'chef-ohai/rpmquery.output',
  'glpi-agent/dpkg',
  'glpi-agent/rpm',
  'glpi-agent/snap',
  'glpi-agent/flatpak',
  'glpi-agent/pacman',
  'glpi-agent/nix',
  'glpi-agent/snap_kdenlive',
  'glpi-agent/flatpak_com.vscodium.codium_stable_system',
  'issues/apt-list-upgradable-a_ROCm-1236.txt',
  'mpm-docstrings/apt_list_installed.txt',
  'mpm-docstrings/apt_list_upgradable.txt',
  'mpm-docstrings/flatpak_list_app_columns.txt',
  'mpm-docstrings/flatpak_remote-ls_updates.txt',
  'mpm-docstrings/snap_list_de.txt',
  'mpm-docstrings/snap_refresh_list_de.txt',
  'puppet/yum-check-update-simple.txt',
  'puppet/yum-check-update-multiline.txt',
] as const;

/** Each parser with the fixtures written in its own format (snap and flatpak share tables). */
const PARSERS: readonly { parse: (text: string) => unknown[]; own: readonly string[] }[] = [
  { parse: parseDpkgQuery, own: ['chef-ohai/dpkg-query.output', 'glpi-agent/dpkg'] },
  { parse: parseRpmQuery, own: ['chef-ohai/rpmquery.output', 'glpi-agent/rpm'] },
  {
    parse: parseSnapList,
    own: [
      'glpi-agent/snap',
      'mpm-docstrings/snap_list_de.txt',
      'mpm-docstrings/snap_refresh_list_de.txt',
    ],
  },
  {
    parse: parseSnapRefreshList,
    own: [
      'glpi-agent/snap',
      'mpm-docstrings/snap_list_de.txt',
      'mpm-docstrings/snap_refresh_list_de.txt',
    ],
  },
  {
    parse: parseFlatpakList,
    own: [
      'glpi-agent/flatpak',
      'mpm-docstrings/flatpak_list_app_columns.txt',
      'mpm-docstrings/flatpak_remote-ls_updates.txt',
    ],
  },
  {
    parse: parseFlatpakUpdates,
    own: [
      'mpm-docstrings/flatpak_list_app_columns.txt',
      'mpm-docstrings/flatpak_remote-ls_updates.txt',
    ],
  },
  {
    parse: parseAptUpgradable,
    own: ['issues/apt-list-upgradable-a_ROCm-1236.txt', 'mpm-docstrings/apt_list_upgradable.txt'],
  },
  {
    parse: parseYumCheckUpdate,
    own: ['puppet/yum-check-update-simple.txt', 'puppet/yum-check-update-multiline.txt'],
  },
];

describe('Linux parsers over outputs of other tools', () => {
  for (const { parse, own } of PARSERS) {
    it(`${parse.name} finds nothing outside its own format`, () => {
      for (const fixture of FIXTURES) {
        const found = parse(readFixtureText(`linux/${fixture}`)).length;
        if (own.includes(fixture)) expect(found, fixture).toBeGreaterThan(0);
        else expect(found, fixture).toBe(0);
      }
    });
  }
});
