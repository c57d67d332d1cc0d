// Test support: software items as platforms and package managers name them, grouped into the
// products they are (one title key each) and paired with look-alikes that are other products.
import type { SoftwareSource } from '../schemas/inventory.ts';

export type Item = { name: string; source: SoftwareSource; id?: string; publisher?: string };

export const item = (
  name: string,
  source: SoftwareSource,
  id?: string,
  publisher?: string,
): Item => ({
  name,
  source,
  ...(id !== undefined ? { id } : {}),
  ...(publisher !== undefined ? { publisher } : {}),
});

/** Each group is one product seen by different platforms and sources: one key each. */
export const SAME_TITLE: { key: string; items: Item[] }[] = [
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
export const DIFFERENT_TITLES: [Item, Item][] = [
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
