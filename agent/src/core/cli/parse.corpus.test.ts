// `handraise-agent parse` as support staff run it: a real process over real outputs from other
// machines (read in place), including encodings and languages the agent's own machine never shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_SOURCES, type ParseSourceName } from '../parsers/registry.ts';
import { runParse as parse } from './testing/run-parse.ts';
import {
  fixture,
  readFixture,
  readFixtureText,
  reportMatches,
} from '../parsers/testing/fixtures.ts';

const CASES: [ParseSourceName, string][] = [
  ['reg-export', 'windows/glpi-agent/registry/xp-Uninstall.reg'],
  ['reg-export-hotfixes', 'windows/glpi-agent/registry/xp-Uninstall.reg'],
  ['system-profiler-text', 'macos/glpi-agent/sample1.SPApplicationsDataType'],
  ['system-profiler-xml', 'macos/glpi-agent/sample5.SPApplicationsDataType-xml'],
  ['dpkg-query', 'linux/glpi-agent/dpkg'],
  ['rpm-query', 'linux/chef-ohai/rpmquery.output'],
  ['snap-list', 'linux/mpm-docstrings/snap_list_de.txt'],
  ['flatpak-list', 'linux/mpm-docstrings/flatpak_list_app_columns.txt'],
  ['apt-upgradable', 'linux/issues/apt-list-upgradable-a_ROCm-1236.txt'],
  ['yum-check-update', 'linux/puppet/yum-check-update-multiline.txt'],
  [
    'winget-upgrade',
    'windows/issues/winget-upgrade-source-winget-explicit_Winget-AutoUpdate-276.txt',
  ],
  ['softwareupdate-list', 'macos/salt/softwareupdate-l_CATALINA_LIST_OUTPUT.txt'],
  ['brew-outdated-json', 'macos/mpm-docstrings/brew_outdated_json_v2_cask.json'],
];

describe('handraise-agent parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handraise-parse-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints, for every source, the JSON array the parser reads from a real output', async () => {
    let matched = 0;
    for (const [source, path] of CASES) {
      const result = await parse(source, fixture(path));
      expect(result.code, `${source}: ${result.stderr}`).toBe(0);
      const printed = JSON.parse(result.stdout) as unknown[];
      expect(printed.length, source).toBeGreaterThan(0);
      expect(printed).toEqual(
        JSON.parse(JSON.stringify(PARSE_SOURCES[source].parse(readFixture(path)))),
      );
      matched += 1;
    }
    reportMatches('parse command sources', matched, CASES.length);
  });

  it('reads a UTF-16LE registry export and keeps programs apart from KB updates, French app names and German tables', async () => {
    const programs = JSON.parse(
      (await parse('reg-export', fixture('windows/glpi-agent/registry/xp-Uninstall.reg'))).stdout,
    ) as { name: string }[];
    expect(programs.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Microsoft Office Professional Plus 2010',
        'Mozilla Firefox 10.0.2 (x86 en-US)',
      ]),
    );
    // Windows' own KB updates are hotfixes, not programs.
    expect(programs.some((p) => p.name.startsWith('Security Update for Windows XP'))).toBe(false);
    const hotfixes = JSON.parse(
      (await parse('reg-export-hotfixes', fixture('windows/glpi-agent/registry/xp-Uninstall.reg')))
        .stdout,
    ) as { id: string }[];
    expect(hotfixes.map((h) => h.id)).toContain('KB2079403');
    const apps = JSON.parse(
      (
        await parse(
          'system-profiler-text',
          fixture('macos/glpi-agent/sample1.SPApplicationsDataType'),
        )
      ).stdout,
    ) as { name: string }[];
    expect(apps.map((a) => a.name)).toContain('Mise à jour de logiciels');
    const snaps = JSON.parse(
      (await parse('snap-list', fixture('linux/mpm-docstrings/snap_list_de.txt'))).stdout,
    ) as { name: string }[];
    expect(snaps.length).toBeGreaterThan(0);
    expect(snaps.every((s) => !/Name|Version|Herausgeber/.test(s.name))).toBe(true);
  });

  it('reads the same table saved by PowerShell (UTF-16LE, with BOM) as saved in UTF-8', async () => {
    const table = readFixtureText('windows/issues/winget-upgrade_winget-cli-1869.txt');
    const utf16 = join(dir, 'winget-utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(table, 'utf16le')]));
    const fromUtf16 = await parse('winget-upgrade', utf16);
    const fromUtf8 = await parse(
      'winget-upgrade',
      fixture('windows/issues/winget-upgrade_winget-cli-1869.txt'),
    );
    expect(fromUtf16.code).toBe(0);
    expect(JSON.parse(fromUtf16.stdout)).toEqual(JSON.parse(fromUtf8.stdout));
    expect((JSON.parse(fromUtf8.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('explains a wrong source or a missing file', async () => {
    const wrong = await parse('floppy-list', fixture('linux/glpi-agent/dpkg'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('--source must be one of');
    expect(wrong.stderr).toContain('winget-upgrade');
    const missing = await parse('dpkg-query', join(dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stderr).toContain('no such file');
    const folder = await parse('dpkg-query', dir);
    expect([folder.code, folder.stderr]).toEqual([1, expect.stringContaining('it is a folder')]);
  });

  it('says so when a file holds nothing the source reads', async () => {
    const garbage = join(dir, 'garbage.bin');
    writeFileSync(garbage, Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x42]));
    const read = await parse('dmidecode', garbage);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain('reads as dmidecode output');
    const real = await parse('dmidecode', fixture('hardware/dmidecode/vmware'));
    expect(real.stderr).not.toContain('reads as');
  });
});
