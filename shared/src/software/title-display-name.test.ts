// Display names lose versions, architectures, locales and installer remarks, and keep the rest.
import { describe, expect, it } from 'vitest';
import type { SoftwareSource } from '../schemas/inventory.ts';
import { titleIdentity } from './title-identity.ts';

describe('titleIdentity: noise', () => {
  const cases: [string, SoftwareSource, string][] = [
    // architectures and bitness
    ['Notepad++ (x86)', 'registry', 'notepad++'],
    ['Foo Tool (x86_64)', 'registry', 'foo-tool'],
    ['Foo Tool (amd64)', 'registry', 'foo-tool'],
    ['Foo Tool (arm64)', 'registry', 'foo-tool'],
    ['Foo Tool (aarch64)', 'registry', 'foo-tool'],
    ['Foo Tool (i386)', 'registry', 'foo-tool'],
    ['Foo Tool i686', 'registry', 'foo-tool'],
    ['Foo Tool 64-bit', 'registry', 'foo-tool'],
    ['Foo Tool (64 bit)', 'registry', 'foo-tool'],
    ['Foo Tool 32-Bit Edition', 'registry', 'foo-tool'],
    ['Foo Tool (Universal)', 'macapp', 'foo-tool'],
    ['Foo Tool Universal', 'macapp', 'foo-tool'],
    ['PowerShell 7-x64', 'registry', 'powershell-7'],
    // locales
    ['Foo Tool (de-DE)', 'registry', 'foo-tool'],
    ['Foo Tool (fr)', 'registry', 'foo-tool'],
    ['Foo Tool (x64 zh-Hans)', 'registry', 'foo-tool'],
    ['Foo Tool en-US', 'registry', 'foo-tool'],
    ['Microsoft Project - en-us', 'registry', 'project'],
    ['Microsoft 365 Apps for enterprise - de-de', 'registry', 'microsoft-365-apps-for-enterprise'],
    // versions
    ['Audacity 3.7.0', 'registry', 'audacity'],
    ['HxD Hex Editor 2.5', 'registry', 'hxd-hex-editor'],
    ['PuTTY version 0.81', 'registry', 'putty'],
    ['Iceows V4.20a', 'registry', 'iceows'],
    ['Foo Tool v1.2', 'registry', 'foo-tool'],
    ['Foo Tool (10.1.2)', 'registry', 'foo-tool'],
    ['Foo Tool 1.2 Build 3456', 'registry', 'foo-tool'],
    ['Foo Tool 20240131', 'registry', 'foo-tool'],
    ['Xming-fonts 7.5.0.25', 'registry', 'xming-fonts'],
    [
      'Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664',
      'registry',
      'visual-c++-2013-redistributable',
    ],
    // years and generations stay
    ['Microsoft Office Professional Plus 2019', 'registry', 'office-professional-plus-2019'],
    ['Scratch 3', 'registry', 'scratch-3'],
    ['Scratch 3.app', 'macapp', 'scratch-3'],
    ['Java 8 Update 431', 'registry', 'java-8'],
    ['Windows Media Player 10', 'registry', 'windows-media-player-10'],
    // installer remarks and editions
    ['CCleaner (remove only)', 'registry', 'ccleaner'],
    ['Foo Tool (Machine)', 'registry', 'foo-tool'],
    ['Foo Tool (All Users)', 'registry', 'foo-tool'],
    ['K-Lite Codec Pack 7.1.0 (Standard)', 'registry', 'k-lite-codec-pack-standard'],
    ['Adobe Acrobat DC (64-bit)', 'registry', 'acrobat'],
    ['DC Universe Online', 'registry', 'dc-universe-online'],
    // symbols and letters
    ['Java(TM) 6 Update 31', 'registry', 'java-6'],
    ['Foo® Bar™ Baz©', 'registry', 'foo-bar-baz'],
    ['Français', 'registry', 'francais'],
    ['Übersetzer Größe', 'registry', 'ubersetzer-grosse'],
    ['Children’s Encyclopedia', 'registry', 'childrens-encyclopedia'],
    ['C++ Builder', 'registry', 'c++-builder'],
    ['O&O Defrag', 'registry', 'o-o-defrag'],
    ['Яндекс Браузер', 'registry', 'yandeks-brauzer'],
    ['zoom.us.app', 'macapp', 'zoom'],
    ['Microsoft .NET Runtime - 8.0.11 (x64)', 'registry', 'net-runtime'],
    // vendor words
    ['Microsoft 365', 'registry', 'microsoft-365'],
    ['Google', 'registry', 'google'],
    ['Microsoft Microsoft Edge', 'registry', 'edge'],
    ['Apple Software Update', 'registry', 'software-update'],
    ['JetBrains PyCharm 2024.1', 'registry', 'pycharm'],
  ];
  for (const [name, source, key] of cases) {
    it(`${source} ${JSON.stringify(name)} → ${key}`, () => {
      expect(titleIdentity({ name, source }).key).toBe(key);
    });
  }
});
