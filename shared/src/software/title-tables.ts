// Tables of product names behind title keys: vendor words, aliases, kept publishers, names for
// people and one-word brands. Keys of the tables are slugs (the words a name gives after noise is
// stripped), unless a table says otherwise.

/**
 * Leading vendor words dropped from keys (never from display names), when a word follows that is
 * not a bare number ("Microsoft 365" keeps its vendor). Each is here because its products are
 * listed both with and without it:
 * - mozilla: Windows "Mozilla Firefox"/"Mozilla Thunderbird"; macOS, Linux and flatpak "Firefox".
 * - google: registry "Google Chrome", package `google-chrome-stable`, winget `Google.Chrome`; a
 *   catalog line or policy says "Chrome".
 * - microsoft: Windows "Microsoft Visual Studio Code" vs macOS "Visual Studio Code"; "Microsoft
 *   Edge" vs `microsoft-edge-stable`; Office apps on macOS vs brew casks.
 * - adobe: "Adobe Acrobat Reader" vs winget `Adobe.Acrobat.Reader.64-bit`; catalogs say "Acrobat".
 * - apple: winget `Apple.iTunes` vs registry "iTunes"; "Apple Software Update".
 * - oracle: "Oracle VM VirtualBox" (Windows) vs "VirtualBox.app".
 * - videolan: winget `VideoLAN.VLC`, some installers "VideoLAN VLC media player", vs `vlc`.
 * - jetbrains: "JetBrains PyCharm 2024.1" (Windows) vs "PyCharm.app".
 * Not here: zoom ("Zoom Workplace" would become "workplace"), dell/hp/lenovo (their tools carry
 * the vendor on every platform), gnu (handled by an alias).
 */
export const VENDOR_WORDS: ReadonlySet<string> = new Set([
  'mozilla',
  'google',
  'microsoft',
  'adobe',
  'apple',
  'oracle',
  'videolan',
  'jetbrains',
]);

/**
 * Keys that mean another key, whatever the source:
 * - vlc-media-player: the Windows installer's name for VLC (`vlc` everywhere else).
 * - zoom-workplace: Zoom's client since 2024 ("Zoom" before; `zoom` package and cask).
 * - zoom-us: the macOS bundle is "zoom.us.app".
 * - gnu-image-manipulation-program: GIMP's flatpak name.
 * - ms-teams: the new Teams' appx package is `MSTeams`.
 * - teams-work-or-school: the new Teams' macOS app during the switch from classic Teams.
 * - vm-virtualbox: "Oracle VM VirtualBox" once the vendor is dropped.
 */
export const TITLE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['vlc-media-player', 'vlc'],
  ['zoom-workplace', 'zoom'],
  ['zoom-us', 'zoom'],
  ['gnu-image-manipulation-program', 'gimp'],
  ['ms-teams', 'teams'],
  ['teams-work-or-school', 'teams'],
  ['vm-virtualbox', 'virtualbox'],
]);

/**
 * Package and id names that differ from the product's name; applied to package names and ids only
 * (a registry item called "Code" is not assumed to be VS Code). `publisher`, when given, must
 * match the item's publisher for the alias to apply.
 * - code: Microsoft's deb, rpm and snap of Visual Studio Code.
 * - chromium-browser: Ubuntu's and older Raspberry Pi OS's package of Chromium.
 * - 7zip: Debian's `7zip` (bookworm on) and winget's `7zip.7zip` are Igor Pavlov's 7-Zip.
 * - spotify-client: the package in Spotify's own apt repository.
 */
export const PACKAGE_ALIASES: ReadonlyMap<string, { key: string; publisher?: RegExp }> = new Map([
  ['code', { key: 'visual-studio-code', publisher: /microsoft|vscode/i }],
  ['chromium-browser', { key: 'chromium' }],
  ['7zip', { key: '7-zip' }],
  ['spotify-client', { key: 'spotify' }],
]);

/** Flatpak app ids whose last segment says too little (lower-cased id → key). */
export const FLATPAK_ID_ALIASES: ReadonlyMap<string, string> = new Map([
  ['com.obsproject.studio', 'obs-studio'],
  ['com.spotify.client', 'spotify'],
]);

/**
 * winget publisher segments kept in the key because the product's own name starts with them
 * ("GeoGebra Classic" is `GeoGebra.Classic`); every other publisher segment is dropped
 * (`OpenWhisperSystems.Signal` is "Signal").
 */
export const KEPT_PUBLISHERS: ReadonlySet<string> = new Set([
  'geogebra',
  'dell',
  'lenovo',
  'hp',
  'logitech',
  'cisco',
  'vmware',
  'intel',
  'nvidia',
  'amd',
]);

/** People's names for titles known only by a package name or id here. */
export const KNOWN_NAMES: ReadonlyMap<string, string> = new Map([
  ['chrome', 'Google Chrome'],
  ['chromium', 'Chromium'],
  ['firefox', 'Mozilla Firefox'],
  ['firefox-esr', 'Mozilla Firefox ESR'],
  ['thunderbird', 'Mozilla Thunderbird'],
  ['edge', 'Microsoft Edge'],
  ['teams', 'Microsoft Teams'],
  ['visual-studio-code', 'Visual Studio Code'],
  ['acrobat-reader', 'Adobe Acrobat Reader'],
  ['vlc', 'VLC media player'],
  ['zoom', 'Zoom'],
  ['libreoffice', 'LibreOffice'],
  ['gimp', 'GIMP'],
  ['audacity', 'Audacity'],
  ['inkscape', 'Inkscape'],
  ['geogebra-classic', 'GeoGebra Classic'],
  ['7-zip', '7-Zip'],
  ['notepad++', 'Notepad++'],
  ['git', 'Git'],
  ['virtualbox', 'VirtualBox'],
  ['obs-studio', 'OBS Studio'],
  ['spotify', 'Spotify'],
]);

/**
 * Words written in CamelCase that display names and package names write as one word; an id's
 * CamelCase is split everywhere else (`Microsoft.WindowsTerminal` → windows-terminal).
 */
export const ONE_WORD_BRANDS = [
  'PowerShell',
  'PowerToys',
  'PowerPoint',
  'SharePoint',
  'OneDrive',
  'OneNote',
  'WebView2',
  'DotNet',
  'LibreOffice',
  'OpenOffice',
  'VirtualBox',
  'GeoGebra',
  'TeamViewer',
  'FileZilla',
  'WinRAR',
  'WinSCP',
  'WinMerge',
  'GitHub',
  'GitLab',
  'KeePassXC',
  'KeePass',
  'AnyDesk',
  'PyCharm',
  'IntelliJ',
  'WhatsApp',
  'YouTube',
  'MuseScore',
  'DBeaver',
  'FreeCAD',
  'OpenSCAD',
  'ShareX',
  'SumatraPDF',
  'VSCodium',
  'LibreWolf',
];
