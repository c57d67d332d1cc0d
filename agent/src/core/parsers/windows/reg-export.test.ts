import { describe, expect, it } from 'vitest';
import { hotfixSchema, softwareItemSchema } from '@handraise/shared';
import { parseRegExport } from './reg-export.ts';

const ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

// Builds a regedit-style export: UTF-16LE with BOM and CRLF, one `[key]` per entry.
function regExport(keys: Record<string, readonly string[]>): Uint8Array {
  const lines = ['Windows Registry Editor Version 5.00', '', `[${ROOT}]`, ''];
  for (const [name, values] of Object.entries(keys))
    lines.push(`[${ROOT}\\${name}]`, ...values, '');
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

describe('parseRegExport', () => {
  it('turns a program key into a software item with its key path as id', () => {
    const { software, hotfixes } = parseRegExport(
      regExport({
        '{11111111-2222-3333-4444-555555555555}': [
          '"DisplayName"="Écrit Tool"',
          '"DisplayVersion"="2.4.1"',
          '"Publisher"="Ferme SA"',
          '"InstallDate"="20240131"',
        ],
      }),
    );
    expect(hotfixes).toEqual([]);
    expect(software).toEqual([
      {
        name: 'Écrit Tool',
        version: '2.4.1',
        publisher: 'Ferme SA',
        installDate: '20240131',
        source: 'registry',
        id: `${ROOT}\\{11111111-2222-3333-4444-555555555555}`,
      },
    ]);
    for (const item of software) expect(softwareItemSchema.parse(item)).toEqual(item);
  });

  it('skips keys without a DisplayName and hidden system components', () => {
    const { software, hotfixes } = parseRegExport(
      regExport({
        AddressBook: ['@=""'],
        Blank: ['"DisplayName"="   "', '"DisplayVersion"="1"'],
        Hidden: ['"DisplayName"="Runtime helper"', '"SystemComponent"=dword:00000001'],
        Shown: ['"DisplayName"="Visible"', '"SystemComponent"=dword:00000000'],
      }),
    );
    expect(software.map((item) => item.name)).toEqual(['Visible']);
    expect(hotfixes).toEqual([]);
  });

  it('makes patches hotfixes, by key name, parent key or release type, hidden or not', () => {
    const { software, hotfixes } = parseRegExport(
      regExport({
        KB958644: [
          '"DisplayName"="Security Update for Windows XP (KB958644)"',
          '"InstallDate"="20081031"',
        ],
        Q312345: ['"DisplayName"="Windows 2000 Hotfix"'],
        'KB2183461-IE8': ['"DisplayName"="Cumulative Security Update for IE8"'],
        '{90140000-0011-0000-0000-0000000FF1CE}.KB2549743': ['"DisplayName"="Office patch"'],
        M2656353: [
          '"DisplayName"="Microsoft .NET Framework 1.1 Security Update (KB2656353)"',
          '"ParentKeyName"="Microsoft .NET Framework 1.1  (1033)"',
        ],
        OfficeSp: [
          '"DisplayName"="Microsoft Office 2010 Service Pack 1 (SP1)"',
          '"ReleaseType"="Service Pack"',
          '"HelpLink"="http://support.microsoft.com/kb/2460049"',
        ],
        HiddenKb: [
          '"DisplayName"="Update for Windows XP (KB951978)"',
          '"ReleaseType"="Update"',
          '"SystemComponent"=dword:00000001',
        ],
        WMP: ['"DisplayName"="Windows Media Player 10"', '"ParentKeyName"="OperatingSystem"'],
      }),
    );
    expect(software).toEqual([]);
    expect(hotfixes.map((hotfix) => hotfix.id)).toEqual([
      'KB958644',
      'Q312345',
      'KB2183461',
      'KB2549743',
      'KB2656353',
      'KB2460049',
      'KB951978',
      'WMP',
    ]);
    expect(hotfixes[0]).toEqual({
      id: 'KB958644',
      description: 'Security Update for Windows XP (KB958644)',
      installedOn: '20081031',
      source: 'registry',
    });
    for (const hotfix of hotfixes) expect(hotfixSchema.parse(hotfix)).toEqual(hotfix);
  });

  it('lists a KB patched into several products once', () => {
    const { hotfixes } = parseRegExport(
      regExport({
        '{A}_Office14.PROPLUS_{B}': [
          '"DisplayName"="Update (KB2553270)"',
          '"ParentKeyName"="Office14.PROPLUS"',
        ],
        '{C}_Office14.PROPLUS_{D}': [
          '"DisplayName"="Update (KB2553270)"',
          '"ParentKeyName"="Office14.PROPLUS"',
        ],
      }),
    );
    expect(hotfixes.map((hotfix) => hotfix.id)).toEqual(['KB2553270']);
  });

  it('falls back to the packed Version DWORD, then VersionMajor/Minor', () => {
    const { software } = parseRegExport(
      regExport({
        Packed: ['"DisplayName"="Packed"', '"Version"=dword:05002ee0'],
        Large: ['"DisplayName"="Large"', '"Version"=dword:0e247f14'],
        Pair: [
          '"DisplayName"="Pair"',
          '"VersionMajor"=dword:00000003',
          '"VersionMinor"=dword:00000005',
        ],
        OldPair: [
          '"DisplayName"="OldPair"',
          '"MajorVersion"=dword:00000007',
          '"MinorVersion"=dword:00000001',
        ],
        Display: ['"DisplayName"="Display"', '"DisplayVersion"="1.0"', '"Version"=dword:05002ee0'],
        None: ['"DisplayName"="None"'],
      }),
    );
    expect(software.map((item) => [item.name, item.version])).toEqual([
      ['Packed', '5.0.12000'],
      ['Large', '14.36.32532'],
      ['Pair', '3.5'],
      ['OldPair', '7.1'],
      ['Display', '1.0'],
      ['None', ''],
    ]);
  });

  it('cuts what follows a control character in DisplayVersion', () => {
    const { software } = parseRegExport(
      regExport({ Tool: ['"DisplayName"="Tool"', '"DisplayVersion"="3.2.1', 'garbage"'] }),
    );
    expect(software[0]?.version).toBe('3.2.1');
  });

  it('reads a UTF-8 export without a BOM the same way', () => {
    const text = `Windows Registry Editor Version 5.00\n\n[${ROOT}\\Tool]\n"DisplayName"="Outil été"\n`;
    expect(parseRegExport(Buffer.from(text, 'utf8')).software.map((item) => item.name)).toEqual([
      'Outil été',
    ]);
  });
});
