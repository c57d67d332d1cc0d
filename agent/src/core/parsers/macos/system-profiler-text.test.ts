import { describe, expect, it } from 'vitest';
import { parseSystemProfilerText } from './system-profiler-text.ts';

describe('parseSystemProfilerText', () => {
  it('reads French labels, accented names and day-first dates', () => {
    const text = [
      'Applications :',
      '',
      '    Mise à jour de logiciels :',
      '',
      '      Version : 4.0.6',
      '      Modifié : 17/02/12 12:35',
      '      Type : Universal',
      '      64 bits (Intel) : Oui',
      '      Emplacement : /System/Library/CoreServices/Software Update.app',
      '',
      '    Calculette :',
      '',
      '      Version : 10.6',
      '      Dernière modification : 04/09/11 22:43',
      '      Type : Intel',
      '      64 bits (Intel) : Non',
      '      Emplacement : /Applications/Calculator.app',
      '',
    ].join('\n');
    expect(parseSystemProfilerText(text)).toEqual([
      {
        name: 'Mise à jour de logiciels',
        version: '4.0.6',
        source: 'macapp',
        publisher: 'Apple',
        arch: 'universal',
        installDate: '2012-02-17',
        id: '/System/Library/CoreServices/Software Update.app',
      },
      {
        name: 'Calculette',
        version: '10.6',
        source: 'macapp',
        arch: 'i386',
        installDate: '2011-09-04',
        id: '/Applications/Calculator.app',
      },
    ]);
  });

  it('reads month-first dates when the output shows a 12-hour clock', () => {
    const text = [
      'Applications:',
      '    Finder:',
      '      Version: 10.6.8',
      '      Last Modified: 7/1/09 9:21 AM',
      '      Location: /System/Library/CoreServices/Finder.app',
    ].join('\n');
    expect(parseSystemProfilerText(text)[0]?.installDate).toBe('2009-07-01');
  });

  it('reads the newer fields (Obtained from, Signed by) and apps without a version', () => {
    const text = [
      'Applications:',
      '',
      '    OneDrive:',
      '',
      '      Version: 24.065.0331',
      '      Obtained from: Identified Developer',
      '      Last Modified: 25/04/2024, 13:11',
      '      Kind: Apple Silicon',
      '      Signed by: Developer ID Application: Microsoft Corporation (UBF8T346G9), Developer ID Certification Authority, Apple Root CA',
      '      Location: /Applications/OneDrive.app',
      '',
      '    com.apple.ctcategories:',
      '',
      '      Obtained from: Unknown',
      '      Location: /Users/admin/Library/HTTPStorages/com.apple.ctcategories.service',
    ].join('\n');
    expect(parseSystemProfilerText(text)).toEqual([
      {
        name: 'OneDrive',
        version: '24.065.0331',
        source: 'macapp',
        publisher: 'Microsoft Corporation',
        arch: 'arm64',
        installDate: '2024-04-25',
        id: '/Applications/OneDrive.app',
        origin: 'identified_developer',
      },
      {
        name: 'com.apple.ctcategories',
        version: '',
        source: 'macapp',
        id: '/Users/admin/Library/HTTPStorages/com.apple.ctcategories.service',
        origin: 'unknown',
      },
    ]);
  });

  it('skips Windows apps published by Parallels and returns nothing for empty output', () => {
    const text = [
      'Applications:',
      '    Volume Control:',
      '      Version: Windows XP',
      '      Get Info String: 7.4, C:\\\\WINDOWS\\\\system32\\\\sndvol32.exe',
    ].join('\n');
    expect(parseSystemProfilerText(text)).toEqual([]);
    expect(parseSystemProfilerText('')).toEqual([]);
  });
});
