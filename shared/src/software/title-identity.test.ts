import { describe, expect, it } from 'vitest';
import type { SoftwareSource, UpdateSource } from '../schemas/inventory.ts';
import {
  MAX_TITLE_KEY_LENGTH,
  TITLE_KEY_PATTERN,
  slugTitle,
  titleIdentity,
  titleKeyForName,
  updateTitleKey,
} from './title-identity.ts';

type Item = { name: string; source: SoftwareSource; id?: string; publisher?: string };

const item = (name: string, source: SoftwareSource, id?: string, publisher?: string): Item => ({
  name,
  source,
  ...(id !== undefined ? { id } : {}),
  ...(publisher !== undefined ? { publisher } : {}),
});
const keyOf = (i: Item): string => titleIdentity(i).key;
const describeItem = (i: Item): string => `${i.source}:${i.name}${i.id ? ` (${i.id})` : ''}`;

/** Each group is one product seen by different platforms and sources: one key each. */
const SAME_TITLE: { key: string; items: Item[] }[] = [
  {
    key: 'firefox',
    items: [
      item('Mozilla Firefox (x64 en-US)', 'registry'),
      item('Mozilla Firefox 10.0.2 (x86 en-US)', 'registry'),
      item('Mozilla Firefox 132.0.2 (x64 de)', 'registry'),
      item('Firefox.app', 'macapp'),
      item('Firefox', 'macapp', 'org.mozilla.firefox'),
      item('firefox', 'dpkg'),
      item('firefox:amd64', 'dpkg'),
      item('firefox.x86_64', 'rpm'),
      item('firefox', 'snap'),
      item('firefox', 'pacman'),
      item('firefox', 'brew'),
      item('homebrew/cask/firefox', 'brew'),
      item('Firefox', 'flatpak', 'org.mozilla.firefox'),
      item('Mozilla.Firefox', 'winget'),
      item('Mozilla.Firefox.de', 'winget'),
      item('Mozilla Firefox (x64 en-US)', 'winget', 'Mozilla.Firefox'),
    ],
  },
  {
    key: 'firefox-esr',
    items: [
      item('Mozilla Firefox ESR (x64 en-US)', 'registry'),
      item('Mozilla Firefox 128.5.0 ESR (x64 en-US)', 'registry'),
      item('firefox-esr', 'dpkg'),
      item('firefox@esr', 'brew'),
      item('Mozilla.Firefox.ESR', 'winget'),
    ],
  },
  {
    key: 'chrome',
    items: [
      item('Google Chrome', 'registry'),
      item('Google Chrome.app', 'macapp'),
      item('google-chrome-stable', 'dpkg'),
      item('google-chrome-stable:amd64', 'dpkg'),
      item('google-chrome-stable.x86_64', 'rpm'),
      item('google-chrome', 'brew'),
      item('Google.Chrome', 'winget'),
      item('Google.Chrome.EXE', 'winget'),
      item('Google Chrome', 'flatpak', 'com.google.Chrome'),
    ],
  },
  {
    key: 'chromium',
    items: [
      item('Chromium', 'registry'),
      item('Chromium.app', 'macapp'),
      item('chromium', 'dpkg'),
      item('chromium-browser', 'dpkg'),
      item('chromium', 'snap'),
      item('Hibbiki.Chromium', 'winget'),
    ],
  },
  {
    key: 'edge',
    items: [
      item('Microsoft Edge', 'registry'),
      item('Microsoft Edge.app', 'macapp'),
      item('microsoft-edge-stable', 'dpkg'),
      item('microsoft-edge-stable.x86_64', 'rpm'),
      item('microsoft-edge', 'brew'),
      item('Microsoft.Edge', 'winget'),
      item('Microsoft.MicrosoftEdge.Stable', 'appx'),
      item('Microsoft.MicrosoftEdge.Stable_131.0.2903.86_neutral__8wekyb3d8bbwe', 'appx'),
    ],
  },
  {
    key: 'acrobat-reader',
    items: [
      item('Adobe Acrobat Reader DC (64-bit)', 'registry'),
      item('Adobe Acrobat Reader DC', 'registry'),
      item('Adobe Acrobat Reader', 'registry'),
      item('Adobe Acrobat Reader.app', 'macapp'),
      item('Adobe Acrobat Reader DC.app', 'macapp'),
      item('adobe-acrobat-reader', 'brew'),
      item('Adobe.Acrobat.Reader.64-bit', 'winget'),
      item('Adobe.Acrobat.Reader.32-bit', 'winget'),
    ],
  },
  {
    key: 'vlc',
    items: [
      item('VLC media player', 'registry'),
      item('VLC.app', 'macapp'),
      item('vlc', 'dpkg'),
      item('vlc', 'snap'),
      item('vlc', 'brew'),
      item('VideoLAN.VLC', 'winget'),
      item('VLC', 'flatpak', 'org.videolan.VLC'),
    ],
  },
  {
    key: 'visual-studio-code',
    items: [
      item('Microsoft Visual Studio Code', 'registry'),
      item('Microsoft Visual Studio Code (User)', 'registry'),
      item('Visual Studio Code.app', 'macapp'),
      item('code', 'dpkg'),
      item('code', 'dpkg', undefined, 'Microsoft Corporation <vscode-linux@microsoft.com>'),
      item('code.x86_64', 'rpm'),
      item('code', 'snap', undefined, 'vscode'),
      item('visual-studio-code', 'brew'),
      item('Microsoft.VisualStudioCode', 'winget'),
      item('Visual Studio Code', 'flatpak', 'com.visualstudio.code'),
    ],
  },
  {
    key: 'zoom',
    items: [
      item('Zoom Workplace', 'registry'),
      item('Zoom Workplace (64-bit)', 'registry'),
      item('Zoom', 'registry'),
      item('zoom.us.app', 'macapp'),
      item('zoom', 'dpkg'),
      item('zoom', 'brew'),
      item('Zoom.Zoom', 'winget'),
      item('Zoom', 'flatpak', 'us.zoom.Zoom'),
    ],
  },
  {
    key: 'teams',
    items: [
      item('Microsoft Teams', 'registry'),
      item('Microsoft Teams.app', 'macapp'),
      item('Microsoft Teams (work or school).app', 'macapp'),
      item('teams', 'dpkg'),
      item('microsoft-teams', 'brew'),
      item('Microsoft.Teams', 'winget'),
      item('MSTeams', 'appx'),
    ],
  },
  {
    key: 'thunderbird',
    items: [
      item('Mozilla Thunderbird (x64 en-US)', 'registry'),
      item('Mozilla Thunderbird (2.0.0.23)', 'registry'),
      item('Thunderbird.app', 'macapp'),
      item('thunderbird', 'dpkg'),
      item('Mozilla.Thunderbird', 'winget'),
    ],
  },
  {
    key: 'gimp',
    items: [
      item('GIMP 2.10.38', 'registry'),
      item('GIMP-2.10.app', 'macapp'),
      item('GIMP.app', 'macapp'),
      item('gimp', 'dpkg'),
      item('GNU Image Manipulation Program', 'flatpak', 'org.gimp.GIMP'),
      item('GIMP.GIMP', 'winget'),
    ],
  },
  {
    key: 'audacity',
    items: [
      item('Audacity 3.7.0', 'registry'),
      item('Audacity(R) 3.7.0', 'registry'),
      item('Audacity.app', 'macapp'),
      item('audacity', 'dpkg'),
      item('Audacity.Audacity', 'winget'),
    ],
  },
  {
    key: 'inkscape',
    items: [
      item('Inkscape', 'registry'),
      item('Inkscape 1.4 (x64)', 'registry'),
      item('Inkscape.app', 'macapp'),
      item('inkscape', 'dpkg'),
      item('Inkscape.Inkscape', 'winget'),
    ],
  },
  {
    key: 'libreoffice',
    items: [
      item('LibreOffice 24.8.3.2', 'registry'),
      item('LibreOffice.app', 'macapp'),
      item('libreoffice', 'dpkg'),
      item('TheDocumentFoundation.LibreOffice', 'winget'),
      item('LibreOffice', 'flatpak', 'org.libreoffice.LibreOffice'),
    ],
  },
  {
    key: 'geogebra-classic',
    items: [
      item('GeoGebra Classic', 'registry'),
      item('GeoGebra Classic.app', 'macapp'),
      item('geogebra-classic', 'dpkg'),
      item('GeoGebra.Classic', 'winget'),
    ],
  },
  {
    key: '7-zip',
    items: [
      item('7-Zip 24.08 (x64)', 'registry'),
      item('7-Zip 9.20 (x64 edition)', 'registry'),
      item('7zip', 'dpkg'),
      item('7zip.7zip', 'winget'),
    ],
  },
  {
    key: 'notepad++',
    items: [
      item('Notepad++ (64-bit x64)', 'registry'),
      item('Notepad++ (32-bit x86)', 'registry'),
      item('Notepad++.Notepad++', 'winget'),
    ],
  },
  {
    key: 'git',
    items: [item('Git', 'registry'), item('git', 'dpkg'), item('Git.Git', 'winget')],
  },
  {
    key: 'python',
    items: [
      item('Python 3.12.1 (64-bit)', 'registry'),
      item('Python 3.13.0 (32-bit)', 'registry'),
      item('Python.Python.3.12', 'winget'),
    ],
  },
  {
    key: 'java-8',
    items: [
      item('Java 8 Update 431', 'registry'),
      item('Java 8 Update 431 (64-bit)', 'registry'),
      item('Java(TM) 8 Update 202', 'registry'),
    ],
  },
  {
    key: 'virtualbox',
    items: [
      item('Oracle VM VirtualBox 7.0.12', 'registry'),
      item('VirtualBox.app', 'macapp'),
      item('virtualbox', 'dpkg'),
    ],
  },
  {
    key: 'edge-webview2-runtime',
    items: [
      item('Microsoft Edge WebView2 Runtime', 'registry'),
      item('Microsoft.EdgeWebView2Runtime', 'winget'),
      item('Microsoft Edge WebView2 Ru…', 'winget', 'Microsoft.EdgeWebView2Runtime'),
    ],
  },
  {
    key: 'windows-terminal',
    items: [
      item('Windows Terminal', 'registry'),
      item('Microsoft.WindowsTerminal', 'winget'),
      item('Microsoft.WindowsTerminal_1.21.3231.0_x64__8wekyb3d8bbwe', 'appx'),
    ],
  },
  {
    key: 'itunes',
    items: [item('iTunes', 'registry'), item('Apple.iTunes', 'winget')],
  },
  {
    key: 'visual-c++-2015-2022-redistributable',
    items: [
      item('Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.42.34433', 'registry'),
      item('Microsoft Visual C++ 2015-2022 Redistributable (x86) - 14.40.33810', 'registry'),
    ],
  },
  {
    key: 'obs-studio',
    items: [
      item('OBS Studio', 'registry'),
      item('obs-studio', 'dpkg'),
      item('OBSProject.OBSStudio', 'winget'),
      item('com.obsproject.Studio', 'flatpak'),
    ],
  },
];

/** Pairs that look alike and are different titles. */
const DIFFERENT_TITLES: [Item, Item][] = [
  [item('Google Chrome', 'registry'), item('Chromium', 'registry')],
  [item('google-chrome-stable', 'dpkg'), item('chromium', 'dpkg')],
  [item('google-chrome-stable', 'dpkg'), item('google-chrome-beta', 'dpkg')],
  [
    item('Mozilla Firefox (x64 en-US)', 'registry'),
    item('Mozilla Firefox ESR (x64 en-US)', 'registry'),
  ],
  [item('firefox', 'dpkg'), item('firefox-esr', 'dpkg')],
  [item('Mozilla.Firefox', 'winget'), item('Mozilla.Firefox.ESR', 'winget')],
  [item('Firefox.app', 'macapp'), item('Firefox Developer Edition.app', 'macapp')],
  [item('Microsoft Office 2016', 'registry'), item('Microsoft Office 2019', 'registry')],
  [
    item('Microsoft Office Professional Plus 2016', 'registry'),
    item('Microsoft Office Professional Plus 2019', 'registry'),
  ],
  [item('python3', 'dpkg'), item('python2.7', 'dpkg')],
  [item('python3', 'dpkg'), item('python3.11', 'dpkg')],
  [item('python3-pip', 'dpkg'), item('python3', 'dpkg')],
  [
    item('Microsoft Visual C++ 2013 Redistributable (x64) - 12.0.40664', 'registry'),
    item('Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.42.34433', 'registry'),
  ],
  [
    item('Microsoft Visual C++ 2012 Redistributable (x86) - 11.0.61030', 'registry'),
    item('Microsoft Visual C++ 2013 Redistributable (x86) - 12.0.40664', 'registry'),
  ],
  [item('Java 8 Update 431', 'registry'), item('Java(TM) 6 Update 31', 'registry')],
  [item('Scratch 3', 'registry'), item('scratch', 'dpkg')],
  [item('Microsoft Teams', 'registry'), item('Microsoft Teams classic', 'registry')],
  [item('Visual Studio Code.app', 'macapp'), item('Visual Studio Code - Insiders.app', 'macapp')],
  [item('Microsoft Edge', 'registry'), item('Microsoft Edge WebView2 Runtime', 'registry')],
  [item('Microsoft Edge', 'registry'), item('Microsoft Edge Update', 'registry')],
  [item('libssl3', 'dpkg'), item('libssl1.1', 'dpkg')],
  [item('libc6', 'dpkg'), item('libc6-i386', 'dpkg')],
  [item('openjdk-17-jre', 'dpkg'), item('openjdk-21-jre', 'dpkg')],
  [item('LibreOffice', 'registry'), item('libreoffice-writer', 'dpkg')],
  [item('7-Zip 24.08 (x64)', 'registry'), item('p7zip-full', 'dpkg')],
  [item('Яндекс Браузер', 'registry'), item('微信', 'registry')],
  [item('微信', 'registry'), item('QQ音乐', 'registry')],
  [item('Adobe Acrobat Reader DC', 'registry'), item('Adobe Acrobat DC', 'registry')],
  [item('GeoGebra Classic', 'registry'), item('GeoGebra Calculator Suite', 'registry')],
];

describe('titleIdentity: one key per product across platforms', () => {
  for (const group of SAME_TITLE) {
    it(`groups ${group.key}`, () => {
      for (const i of group.items) expect(keyOf(i), describeItem(i)).toBe(group.key);
    });
  }

  it('keeps look-alike titles apart', () => {
    for (const [a, b] of DIFFERENT_TITLES) {
      expect(keyOf(a), `${describeItem(a)} vs ${describeItem(b)}`).not.toBe(keyOf(b));
    }
  });

  it('gives a catalog line the key of the registry item with that name', () => {
    for (const name of [
      'Google Chrome',
      'Mozilla Firefox',
      'Adobe Acrobat Reader DC',
      'VLC media player',
      'Microsoft Office Professional Plus 2019',
      'Microsoft Visual C++ 2015-2022 Redistributable (x64)',
      'Français Éditeur',
    ]) {
      expect(titleKeyForName(name)).toBe(keyOf(item(name, 'registry')));
    }
    expect(titleKeyForName('Chrome')).toBe('chrome');
    expect(titleKeyForName('Firefox')).toBe('firefox');
    expect(titleKeyForName('Zoom Workplace')).toBe('zoom');
  });
});

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
      expect(keyOf(item(name, source))).toBe(key);
    });
  }
});

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

describe('slugTitle', () => {
  it('lower-cases, folds accents and joins words with hyphens', () => {
    expect(slugTitle('Google Chrome')).toBe('google-chrome');
    expect(slugTitle('  Français  —  Éditeur ')).toBe('francais-editeur');
    expect(slugTitle('Notepad++')).toBe('notepad++');
    expect(slugTitle('C++ / C#')).toBe('c++-c');
    expect(slugTitle('a + b')).toBe('a-b');
    expect(slugTitle('Microsoft® Office™ ©2019')).toBe('microsoft-office-2019');
    expect(slugTitle('ﬁle ²')).toBe('file-2');
  });

  it('does no noise stripping and no aliasing', () => {
    expect(slugTitle('Mozilla Firefox (x64 en-US)')).toBe('mozilla-firefox-x64-en-us');
    expect(slugTitle('VLC media player')).toBe('vlc-media-player');
  });

  it('keeps other scripts distinct rather than empty', () => {
    expect(slugTitle('Ελληνικά')).toBe('ellinika');
    expect(slugTitle('微信')).toMatch(TITLE_KEY_PATTERN);
    expect(slugTitle('微信')).not.toBe(slugTitle('QQ音乐'));
  });

  it('is empty for text with no letters or digits', () => {
    expect(slugTitle('')).toBe('');
    expect(slugTitle(' ®™ — +++ ')).toBe('');
  });

  it('cuts at the key length limit', () => {
    const slug = slugTitle('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('properties', () => {
  const everyItem: Item[] = [
    ...SAME_TITLE.flatMap((g) => g.items),
    ...DIFFERENT_TITLES.flat(),
    item('x'.repeat(512), 'registry'),
    item(`${'Long Product Name '.repeat(30)}(x64)`, 'registry'),
    item(`${'pkg-'.repeat(120)}x`, 'dpkg'),
    item(`${'Segment.'.repeat(60)}Last`, 'winget'),
    item('+++Plus', 'registry'),
    item('-_-', 'registry'),
    item('\u0000\u0007', 'other'),
    item('🙂', 'macapp'),
  ];

  // Deterministic pseudo-random names built from the characters names really carry.
  const alphabet = 'aZ9 .-_+()[]®é/:@…x64en-US2019';
  let seed = 0x2545f491;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  const sources: SoftwareSource[] = [
    'dpkg',
    'rpm',
    'flatpak',
    'snap',
    'pacman',
    'registry',
    'appx',
    'macapp',
    'winget',
    'brew',
    'other',
  ];
  for (let n = 0; n < 400; n++) {
    const length = 1 + Math.floor(next() * 40);
    let name = '';
    for (let c = 0; c < length; c++) name += alphabet[Math.floor(next() * alphabet.length)];
    everyItem.push(item(name, sources[n % sources.length]!));
  }

  it('every key matches the key pattern and the length limit', () => {
    for (const i of everyItem) {
      const { key, name } = titleIdentity(i);
      expect(key, describeItem(i)).toMatch(TITLE_KEY_PATTERN);
      expect(key.length, describeItem(i)).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
      expect(name.length, describeItem(i)).toBeGreaterThan(0);
    }
  });

  it('every key is its own slug', () => {
    for (const i of everyItem) {
      const { key } = titleIdentity(i);
      expect(slugTitle(key), describeItem(i)).toBe(key);
    }
  });

  it('a key read back as a name gives itself', () => {
    // Package names keep architecture words that display names lose (`libc6-i386`), so this
    // holds for display-name sources and for the cross-platform titles.
    const display = everyItem.filter((i) => i.source === 'registry' || i.source === 'macapp');
    for (const i of [...display, ...SAME_TITLE.flatMap((g) => g.items)]) {
      const { key } = titleIdentity(i);
      expect(titleKeyForName(key), describeItem(i)).toBe(key);
    }
  });

  it('is deterministic and the same with or without its cache', () => {
    for (const i of everyItem.slice(0, 50)) {
      const first = titleIdentity(i);
      // A copy with another object identity and an ignored field changes nothing.
      expect(titleIdentity({ ...i })).toEqual(first);
    }
  });

  it('stays correct when more distinct names arrive than its cache holds', () => {
    const before = titleIdentity(item('Mozilla Firefox (x64 en-US)', 'registry'));
    for (let n = 0; n < 25_000; n++) titleIdentity(item(`Tool n${n}`, 'registry'));
    expect(titleIdentity(item('Tool n24999', 'registry')).key).toBe('tool-n24999');
    expect(titleIdentity(item('Mozilla Firefox (x64 en-US)', 'registry'))).toEqual(before);
  });

  it('update keys match the key pattern too', () => {
    const updateSources: UpdateSource[] = [
      'apt',
      'dnf',
      'yum',
      'zypper',
      'winget',
      'windows-update',
      'softwareupdate',
      'brew',
      'flatpak',
      'snap',
      'other',
    ];
    for (const [n, i] of everyItem.entries()) {
      const key = updateTitleKey({
        name: i.name,
        source: updateSources[n % updateSources.length]!,
      });
      expect(key, i.name).toMatch(TITLE_KEY_PATTERN);
      expect(key.length).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
    }
  });
});
