// Each source's names take their own road to a key, and give people a readable name.
import { describe, expect, it } from 'vitest';
import type { SoftwareSource, UpdateSource } from '../schemas/inventory.ts';
import { titleIdentity, updateTitleKey } from './title-identity.ts';

type Item = { name: string; source: SoftwareSource; id?: string; publisher?: string };

const item = (name: string, source: SoftwareSource, id?: string, publisher?: string): Item => ({
  name,
  source,
  ...(id !== undefined ? { id } : {}),
  ...(publisher !== undefined ? { publisher } : {}),
});
const keyOf = (i: Item): string => titleIdentity(i).key;
const describeItem = (i: Item): string => `${i.source}:${i.name}${i.id ? ` (${i.id})` : ''}`;

describe('titleIdentity: names for people', () => {
  const cases: [Item, string][] = [
    [item('Mozilla Firefox (x64 en-US)', 'registry'), 'Mozilla Firefox'],
    [item('Google Chrome.app', 'macapp'), 'Google Chrome'],
    [item('google-chrome-stable', 'dpkg'), 'Google Chrome'],
    [item('libssl3', 'dpkg'), 'libssl3'],
    [item('libssl3:amd64', 'dpkg'), 'libssl3'],
    [item('brave-browser-stable', 'dpkg'), 'brave-browser'],
    [item('code', 'dpkg'), 'Visual Studio Code'],
    [item('Adobe Acrobat Reader DC (64-bit)', 'registry'), 'Adobe Acrobat Reader'],
    [item('Adobe.Acrobat.Reader.64-bit', 'winget'), 'Adobe Acrobat Reader'],
    [item('7-Zip 24.08 (x64)', 'registry'), '7-Zip'],
    [item('Python 3.12.1 (64-bit)', 'registry'), 'Python'],
    [item('Java(TM) 8 Update 431 (64-bit)', 'registry'), 'Java 8'],
    [item('K-Lite Codec Pack 7.1.0 (Standard x64)', 'registry'), 'K-Lite Codec Pack (Standard)'],
    [item('Zone Datafile [1]', 'macapp'), 'Zone Datafile [1]'],
    [
      item('Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.42.34433', 'registry'),
      'Microsoft Visual C++ 2015-2022 Redistributable',
    ],
    [item('Microsoft.WindowsCalculator', 'appx'), 'Microsoft Windows Calculator'],
    [item('OpenWhisperSystems.Signal', 'winget'), 'Signal'],
    [item('Git.Git', 'winget'), 'Git'],
    [item('Mozilla.Firefox', 'winget'), 'Mozilla Firefox'],
    [item('Яндекс Браузер', 'registry'), 'Яндекс Браузер'],
    [item('x64', 'registry'), 'x64'],
  ];
  for (const [input, name] of cases) {
    it(`${describeItem(input)} → ${JSON.stringify(name)}`, () => {
      expect(titleIdentity(input).name).toBe(name);
    });
  }
});

describe('titleIdentity: sources', () => {
  it('reads package names as package names: versions in them are identity', () => {
    expect(keyOf(item('python2.7', 'dpkg'))).toBe('python2-7');
    expect(keyOf(item('python3.11:amd64', 'dpkg'))).toBe('python3-11');
    expect(keyOf(item('libstdc++6', 'dpkg'))).toBe('libstdc++6');
    expect(keyOf(item('gcc-12', 'dpkg'))).toBe('gcc-12');
    expect(keyOf(item('kernel-core.x86_64', 'rpm'))).toBe('kernel-core');
    expect(keyOf(item('glibc-common.noarch', 'rpm'))).toBe('glibc-common');
    expect(keyOf(item('python@3.12', 'brew'))).toBe('python-3-12');
  });

  it('drops a trailing stable channel from package names only', () => {
    expect(keyOf(item('brave-browser-stable', 'dpkg'))).toBe('brave-browser');
    expect(keyOf(item('stable', 'dpkg'))).toBe('stable');
    expect(keyOf(item('Foo Stable', 'registry'))).toBe('foo-stable');
  });

  it('applies package aliases to package names only, and only for the right publisher', () => {
    expect(keyOf(item('Code', 'registry'))).toBe('code');
    expect(keyOf(item('code', 'dpkg', undefined, 'Some Other Maintainer'))).toBe('code');
    expect(keyOf(item('code', 'dpkg', undefined, 'Microsoft Corporation'))).toBe(
      'visual-studio-code',
    );
  });

  it('reads flatpak app ids when the name says nothing', () => {
    expect(keyOf(item('org.mozilla.firefox', 'flatpak'))).toBe('firefox');
    expect(keyOf(item('(x64)', 'flatpak', 'org.gimp.GIMP'))).toBe('gimp');
    expect(keyOf(item('com.spotify.Client', 'flatpak'))).toBe('spotify');
  });

  it('splits winget and appx ids on dots and CamelCase, keeping one-word brands whole', () => {
    expect(keyOf(item('Microsoft.WindowsCalculator', 'appx'))).toBe('windows-calculator');
    expect(keyOf(item('Microsoft.WindowsCalculator_11.2210.0.0_x64__8wekyb3d8bbwe', 'appx'))).toBe(
      'windows-calculator',
    );
    expect(keyOf(item('Microsoft.OneDrive', 'winget'))).toBe('onedrive');
    expect(keyOf(item('Microsoft OneDrive', 'registry'))).toBe('onedrive');
    expect(keyOf(item('Microsoft.PowerShell', 'winget'))).toBe('powershell');
    expect(keyOf(item('OpenWhisperSystems.Signal', 'winget'))).toBe('signal');
    expect(keyOf(item('SlackTechnologies.Slack', 'winget'))).toBe('slack');
    expect(keyOf(item('EpicGames.EpicGamesLauncher', 'winget'))).toBe('epic-games-launcher');
    expect(keyOf(item('Microsoft.DotNet.DesktopRuntime.8', 'winget'))).toBe(
      'dotnet-desktop-runtime-8',
    );
    expect(keyOf(item('Microsoft.3DBuilder', 'appx'))).toBe('3d-builder');
    expect(keyOf(item('Microsoft Windows Calculator', 'appx'))).toBe('windows-calculator');
  });

  it('reads a winget name that is a display name as one', () => {
    expect(keyOf(item('Microsoft Edge', 'winget', 'Microsoft.Edge'))).toBe('edge');
    expect(keyOf(item('Node.js', 'winget', 'OpenJS.NodeJS'))).toBe(
      keyOf(item('Node.js', 'registry')),
    );
    expect(keyOf(item('zoom.us', 'winget'))).toBe('zoom');
    expect(keyOf(item('Signal', 'winget', 'OpenWhisperSystems.Signal'))).toBe('signal');
  });

  it('falls back to the raw slug, then to "unnamed"', () => {
    expect(titleIdentity(item('x64', 'registry'))).toEqual({ key: 'x64', name: 'x64' });
    expect(titleIdentity(item('(64-bit)', 'registry')).key).toBe('64-bit');
    expect(titleIdentity(item('1.2.3', 'registry')).key).toBe('1-2-3');
    expect(titleIdentity(item('®', 'registry')).key).toBe('unnamed');
    expect(titleIdentity(item('', 'other'))).toEqual({ key: 'unnamed', name: 'unnamed' });
    expect(titleIdentity(item('...', 'winget')).key).toBe('unnamed');
  });

  it('returns a fresh object each time', () => {
    const first = titleIdentity(item('Google Chrome', 'registry'));
    first.key = 'changed';
    expect(titleIdentity(item('Google Chrome', 'registry')).key).toBe('chrome');
  });
});

describe('updateTitleKey', () => {
  const cases: [string, UpdateSource, string][] = [
    ['firefox-esr', 'apt', 'firefox-esr'],
    ['firefox-esr/stable-security', 'apt', 'firefox-esr'],
    ['google-chrome-stable', 'apt', 'chrome'],
    ['code', 'apt', 'visual-studio-code'],
    ['libssl3', 'apt', 'libssl3'],
    ['firefox.x86_64', 'dnf', 'firefox'],
    ['microsoft-edge-stable.x86_64', 'dnf', 'edge'],
    ['kernel.x86_64', 'yum', 'kernel'],
    ['MozillaFirefox', 'zypper', 'mozillafirefox'],
    ['chromium', 'snap', 'chromium'],
    ['org.mozilla.firefox', 'flatpak', 'firefox'],
    ['com.visualstudio.code', 'flatpak', 'visual-studio-code'],
    ['Firefox', 'flatpak', 'firefox'],
    ['google-chrome', 'brew', 'chrome'],
    ['homebrew/cask/visual-studio-code', 'brew', 'visual-studio-code'],
    ['Mozilla.Firefox', 'winget', 'firefox'],
    ['Google.Chrome', 'winget', 'chrome'],
    ['Adobe.Acrobat.Reader.64-bit', 'winget', 'acrobat-reader'],
    ['Microsoft.Teams', 'winget', 'teams'],
    ['Git.Git', 'winget', 'git'],
    ['Notepad++.Notepad++', 'winget', 'notepad++'],
    ['7zip.7zip', 'winget', '7-zip'],
    ['VideoLAN.VLC', 'winget', 'vlc'],
    ['Mozilla Firefox (x64 en-US)', 'winget', 'firefox'],
    ['Safari', 'softwareupdate', 'safari'],
    ['Safari17.6VenturaAuto-17.6', 'softwareupdate', 'safari'],
    ['macOS Sonoma 14.7.1-23H222', 'softwareupdate', 'macos-sonoma'],
    ['Command Line Tools for Xcode-16.0', 'softwareupdate', 'command-line-tools-for-xcode'],
    [
      '2024-11 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB5046633)',
      'windows-update',
      'cumulative-update-for-windows-11',
    ],
    [
      '2024-10 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB5044284)',
      'windows-update',
      'cumulative-update-for-windows-11',
    ],
    ['some-tool', 'other', 'some-tool'],
    ['Some Tool 1.2', 'other', 'some-tool'],
  ];
  for (const [name, source, key] of cases) {
    it(`${source} ${JSON.stringify(name)} → ${key}`, () => {
      expect(updateTitleKey({ name, source })).toBe(key);
    });
  }

  it('finds the installed title the update is for', () => {
    const pairs: [{ name: string; source: UpdateSource }, Item][] = [
      [
        { name: 'Mozilla.Firefox', source: 'winget' },
        item('Mozilla Firefox (x64 en-US)', 'registry'),
      ],
      [
        { name: 'Microsoft.VisualStudioCode', source: 'winget' },
        item('Microsoft Visual Studio Code', 'registry'),
      ],
      [
        { name: 'Microsoft.EdgeWebView2Runtime', source: 'winget' },
        item('Microsoft Edge WebView2 Runtime', 'registry'),
      ],
      [{ name: 'firefox-esr', source: 'apt' }, item('firefox-esr', 'dpkg')],
      [{ name: 'google-chrome-stable.x86_64', source: 'dnf' }, item('google-chrome-stable', 'rpm')],
      [
        { name: 'Safari17.6VenturaAuto-17.6', source: 'softwareupdate' },
        item('Safari.app', 'macapp'),
      ],
      [
        { name: 'org.gimp.GIMP', source: 'flatpak' },
        item('GNU Image Manipulation Program', 'flatpak', 'org.gimp.GIMP'),
      ],
      [{ name: 'firefox', source: 'brew' }, item('Firefox.app', 'macapp')],
    ];
    for (const [update, installed] of pairs) {
      expect(updateTitleKey(update), update.name).toBe(keyOf(installed));
    }
  });
});
