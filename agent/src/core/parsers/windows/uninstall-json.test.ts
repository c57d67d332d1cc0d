import { describe, expect, it } from 'vitest';
import { parseRegExport } from './reg-export.ts';
import { parseUninstallJson } from './uninstall-json.ts';

const HKLM =
  'Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

// What the collector's script prints (ConvertTo-Json -Compress), written for this test.
const TWO_ITEMS = JSON.stringify([
  {
    PSPath: `${HKLM}\\7-Zip`,
    PSChildName: '7-Zip',
    DisplayName: '7-Zip 23.01 (x64)',
    DisplayVersion: '23.01',
    Publisher: 'Igor Pavlov',
    InstallDate: null,
    SystemComponent: null,
    ParentKeyName: null,
    ReleaseType: null,
    Version: null,
  },
  {
    PSPath: `${HKLM}\\{9A25302D-30C0-39D9-BD6F-21E6EC160475}`,
    PSChildName: '{9A25302D-30C0-39D9-BD6F-21E6EC160475}',
    DisplayName: 'Microsoft Visual C++ 2008 Redistributable - x86',
    DisplayVersion: null,
    Publisher: 'Microsoft Corporation',
    InstallDate: '20230412',
    Version: 151025673,
  },
]);

describe('parseUninstallJson', () => {
  it('reads an array of keys, ids without the PowerShell provider prefix', () => {
    const { software, hotfixes } = parseUninstallJson(TWO_ITEMS);
    expect(hotfixes).toEqual([]);
    expect(software).toEqual([
      {
        name: '7-Zip 23.01 (x64)',
        version: '23.01',
        publisher: 'Igor Pavlov',
        source: 'registry',
        id: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\7-Zip',
      },
      {
        name: 'Microsoft Visual C++ 2008 Redistributable - x86',
        version: '9.0.30729',
        publisher: 'Microsoft Corporation',
        installDate: '20230412',
        source: 'registry',
        id: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{9A25302D-30C0-39D9-BD6F-21E6EC160475}',
      },
    ]);
  });

  it('reads the bare object Windows PowerShell 5.1 prints for one key', () => {
    const one = JSON.stringify({
      PSPath: `${HKLM}\\Tool`,
      DisplayName: 'Tool',
      DisplayVersion: '1',
    });
    expect(parseUninstallJson(one).software).toHaveLength(1);
  });

  it('reads empty output and a leading BOM', () => {
    expect(parseUninstallJson('')).toEqual({ software: [], hotfixes: [] });
    expect(parseUninstallJson('\r\n')).toEqual({ software: [], hotfixes: [] });
    expect(parseUninstallJson(`\uFEFF${TWO_ITEMS}`).software).toHaveLength(2);
  });

  it('rejects output that is not JSON rather than reporting nothing installed', () => {
    expect(() => parseUninstallJson('Get-ItemProperty : Access denied')).toThrow();
  });

  it('applies the same rules as the .reg route', () => {
    const json = JSON.stringify([
      {
        PSPath: `${HKLM}\\KB958644`,
        DisplayName: 'Security Update (KB958644)',
        InstallDate: '20081031',
      },
      { PSPath: `${HKLM}\\Hidden`, DisplayName: 'Hidden', SystemComponent: 1 },
      { PSPath: `${HKLM}\\Pair`, DisplayName: 'Pair', VersionMajor: 3, VersionMinor: 5 },
      { PSPath: `${HKLM}\\NoName`, DisplayVersion: '1.0' },
    ]);
    const reg = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KB958644]',
      '"DisplayName"="Security Update (KB958644)"',
      '"InstallDate"="20081031"',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Hidden]',
      '"DisplayName"="Hidden"',
      '"SystemComponent"=dword:00000001',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Pair]',
      '"DisplayName"="Pair"',
      '"VersionMajor"=dword:00000003',
      '"VersionMinor"=dword:00000005',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\NoName]',
      '"DisplayVersion"="1.0"',
    ].join('\r\n');
    expect(parseUninstallJson(json)).toEqual(parseRegExport(Buffer.from(reg, 'utf8')));
  });

  it('decodes a packed Version that PowerShell read as a negative Int32', () => {
    const json = JSON.stringify({
      PSPath: `${HKLM}\\Big`,
      DisplayName: 'Big',
      Version: -2130706432,
    });
    expect(parseUninstallJson(json).software[0]?.version).toBe('129.0.0');
  });
});
