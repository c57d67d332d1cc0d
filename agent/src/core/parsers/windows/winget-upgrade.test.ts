import { describe, expect, it } from 'vitest';
import { pendingUpdateSchema } from '@handraise/shared';
import { parseWingetUpgrade } from './winget-upgrade.ts';

// Tables written for these tests in winget's layout: columns padded to the widest cell plus one
// blank, a dashed rule as wide as the table.
const SPINNER =
  '   - \r   \\ \r   | \r   / \r  ██████████████▒▒▒▒▒▒  1024 KB / 2.00 MB\r                    \r';

const ENGLISH = [
  `${SPINNER}Name                            Id                        Version        Available    Source`,
  '----------------------------------------------------------------------------------------------------',
  'Mozilla Firefox (x64 fr)        Mozilla.Firefox           121.0          122.0.1      winget',
  'Microsoft Visual C++ 2015-2022… Microsoft.VCRedist.2015+… 14.36.32532.0  14.38.33135… winget',
  'Some Truncated Name Only Here…  Vendor.App                < 2.0          2.1          winget',
  'Notepad++ (64-bit x64)          Notepad++.Notepad++       Unknown        8.6.2        winget',
  '4 upgrades available.',
  '',
].join('\r\n');

describe('parseWingetUpgrade', () => {
  it('reads rows after spinner junk, using the Id as name and id, Name when the Id is cut', () => {
    const updates = parseWingetUpgrade(ENGLISH);
    expect(updates).toEqual([
      {
        name: 'Mozilla.Firefox',
        installedVersion: '121.0',
        availableVersion: '122.0.1',
        source: 'winget',
        id: 'Mozilla.Firefox',
      },
      // Both Name and Id are cut: the Id, as printed, is the most specific name; no id.
      {
        name: 'Microsoft.VCRedist.2015+…',
        installedVersion: '14.36.32532.0',
        availableVersion: '14.38.33135…',
        source: 'winget',
      },
      {
        name: 'Vendor.App',
        installedVersion: '< 2.0',
        availableVersion: '2.1',
        source: 'winget',
        id: 'Vendor.App',
      },
      {
        name: 'Notepad++.Notepad++',
        availableVersion: '8.6.2',
        source: 'winget',
        id: 'Notepad++.Notepad++',
      },
    ]);
    for (const update of updates) expect(pendingUpdateSchema.parse(update)).toEqual(update);
  });

  it('uses the Name when only the Id is cut, and gives no id rather than a fragment', () => {
    const text = [
      'Name         Id                    Version Available',
      '----------------------------------------------------',
      'Dolby Access DolbyLaboratories.Dol… 3.9.26  3.10.0',
    ].join('\n');
    expect(parseWingetUpgrade(text)).toEqual([
      {
        name: 'Dolby Access',
        installedVersion: '3.9.26',
        availableVersion: '3.10.0',
        source: 'winget',
      },
    ]);
  });

  it('reads a German table (ID, Verfügbar, Quelle)', () => {
    const text = [
      'Name       ID                    Version Verfügbar Quelle',
      '---------------------------------------------------------',
      'WinDirStat WinDirStat.WinDirStat 2.7.0   2.8.0     winget',
      '1 Aktualisierungen verfügbar.',
    ].join('\n');
    expect(parseWingetUpgrade(text)).toEqual([
      {
        name: 'WinDirStat.WinDirStat',
        installedVersion: '2.7.0',
        availableVersion: '2.8.0',
        source: 'winget',
        id: 'WinDirStat.WinDirStat',
      },
    ]);
  });

  it('includes the explicit-targeting table and reads tables without Source', () => {
    const text = [
      'Name  Id      Version Available',
      '-------------------------------',
      'Alpha A.Alpha 1.0     1.1',
      '2 upgrades available.',
      '',
      'The following packages have an upgrade available, but require explicit targeting for upgrade:',
      'Name Id     Version Available',
      '-----------------------------',
      'Beta B.Beta 2.0     3.0',
    ].join('\n');
    expect(parseWingetUpgrade(text).map((update) => update.id)).toEqual(['A.Alpha', 'B.Beta']);
  });

  it('returns nothing for the localized no-upgrade messages and empty output', () => {
    expect(parseWingetUpgrade('No available upgrade found.\r\n')).toEqual([]);
    expect(parseWingetUpgrade('Kein verfügbares Upgrade gefunden.\n')).toEqual([]);
    expect(parseWingetUpgrade('')).toEqual([]);
  });

  it('does not take a four-column list without Available for updates', () => {
    const text = [
      'Name   Id       Version Source',
      '------------------------------',
      'Tool   V.Tool   1.0     winget',
    ].join('\n');
    expect(parseWingetUpgrade(text)).toEqual([]);
  });
});
