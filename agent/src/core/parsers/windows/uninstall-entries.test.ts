import { describe, expect, it } from 'vitest';
import { classifyUninstallEntry, decodePackedVersion, keyNameOf } from './uninstall-entries.ts';

describe('decodePackedVersion', () => {
  it('unpacks major << 24 | minor << 16 | build', () => {
    expect(decodePackedVersion(0x05002ee0)).toBe('5.0.12000');
    expect(decodePackedVersion(237272852)).toBe('14.36.32532');
    expect(decodePackedVersion(-2130706432)).toBe('129.0.0');
  });
});

describe('classifyUninstallEntry', () => {
  const key = (name: string): string => `HKEY_LOCAL_MACHINE\\SOFTWARE\\X\\Uninstall\\${name}`;

  it('puts a patch before hiding: a hidden KB is still an installed hotfix', () => {
    expect(
      classifyUninstallEntry({ keyPath: key('KB958644'), displayName: 'KB', systemComponent: 1 }),
    ).toBe('hotfix');
    expect(
      classifyUninstallEntry({ keyPath: key('App'), displayName: 'App', systemComponent: 1 }),
    ).toBe('hidden');
    expect(
      classifyUninstallEntry({ keyPath: key('App'), displayName: 'App', releaseType: 'HotFix' }),
    ).toBe('hotfix');
    expect(
      classifyUninstallEntry({ keyPath: key('App'), displayName: 'App', releaseType: 'Feature' }),
    ).toBe('software');
    expect(classifyUninstallEntry({ keyPath: key('KB958644') })).toBe('unnamed');
  });

  it('does not take product names that merely mention a KB for patches', () => {
    expect(
      classifyUninstallEntry({
        keyPath: key('{0A869A65-8C94-4F7C-A5C7-972D3C8CED9E}'),
        displayName: 'MSXML 6.0 Parser (KB933579)',
      }),
    ).toBe('software');
  });
});

describe('keyNameOf', () => {
  it('is the last path segment', () => {
    expect(keyNameOf('HKEY_USERS\\S-1\\Software\\Uninstall\\Zoom')).toBe('Zoom');
    expect(keyNameOf('Zoom')).toBe('Zoom');
  });
});
