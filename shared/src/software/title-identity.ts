import type { SoftwareSource, UpdateSource } from '../schemas/inventory.ts';

/**
 * Which installed items are "the same title". Windows registry names, winget and appx ids, macOS
 * app names and Linux package names of one product must come out with one key; the hub groups
 * (device, title) verdicts by it. Pure string work: no Node, no DOM, so the console page can use
 * it.
 *
 * Three roads lead to a key, chosen by what the source's names look like:
 * - display names (registry, macOS apps, flatpak names, people's text): strip noise such as
 *   versions, architectures and locales, then slug;
 * - package names (dpkg, rpm, snap, pacman, brew): strip only the arch qualifier and a trailing
 *   `-stable` channel; everything else in a package name is identity (`python3` ≠ `python2.7`);
 * - package ids (winget, appx, flatpak app ids): split on dots and CamelCase, drop the publisher.
 * Then the same last steps for all: drop a leading vendor word, apply the alias tables.
 */

export type TitleIdentity = { key: string; name: string };
export type TitleIdentityInput = {
  name: string;
  source: SoftwareSource;
  id?: string;
  publisher?: string;
};

/** Longest key, in characters (the hub stores keys in indexed columns). */
export const MAX_TITLE_KEY_LENGTH = 200;
/** Every key matches this. */
export const TITLE_KEY_PATTERN = /^[a-z0-9][a-z0-9:+._-]*$/;
const UNNAMED_KEY = 'unnamed';

// ---------------------------------------------------------------------------------------------
// Tables. Keys of the tables are slugs (the words a name gives after noise is stripped).

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
const VENDOR_WORDS: ReadonlySet<string> = new Set([
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
const TITLE_ALIASES: ReadonlyMap<string, string> = new Map([
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
const PACKAGE_ALIASES: ReadonlyMap<string, { key: string; publisher?: RegExp }> = new Map([
  ['code', { key: 'visual-studio-code', publisher: /microsoft|vscode/i }],
  ['chromium-browser', { key: 'chromium' }],
  ['7zip', { key: '7-zip' }],
  ['spotify-client', { key: 'spotify' }],
]);

/** Flatpak app ids whose last segment says too little (lower-cased id → key). */
const FLATPAK_ID_ALIASES: ReadonlyMap<string, string> = new Map([
  ['com.obsproject.studio', 'obs-studio'],
  ['com.spotify.client', 'spotify'],
]);

/**
 * winget publisher segments kept in the key because the product's own name starts with them
 * ("GeoGebra Classic" is `GeoGebra.Classic`); every other publisher segment is dropped
 * (`OpenWhisperSystems.Signal` is "Signal").
 */
const KEPT_PUBLISHERS: ReadonlySet<string> = new Set([
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
const KNOWN_NAMES: ReadonlyMap<string, string> = new Map([
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
const ONE_WORD_BRANDS = [
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

/** Bare language codes that are safe to read as a locale inside parentheses. */
const SAFE_LANGUAGES: ReadonlySet<string> = new Set([
  ...wordList('en de fr es nl pt ru ja zh ko pl sv da fi nb nn cs hu tr ar uk'),
  ...wordList('ro sk sl hr bg lv lt ca gl vi sr fa'),
]);
/** All codes a winget locale package may end in (`Mozilla.Firefox.it`). */
const WINGET_LANGUAGES: ReadonlySet<string> = new Set([
  ...SAFE_LANGUAGES,
  ...wordList('it is no id el he et eu ga hi ms ta te th af be bn cy eo hy ka kk'),
  ...wordList('km kn mk ml mr my ne pa si sq sw uz'),
]);

/** Noise words inside parentheses: "(User)", "(remove only)", "(x64 edition)". */
const PAREN_NOISE_WORDS: ReadonlySet<string> = new Set([
  '32',
  '64',
  'user',
  'users',
  'machine',
  'wide',
  'per',
  'all',
  'remove',
  'only',
  'edition',
  'bit',
  'universal',
  'arm',
  'version',
  'msi',
]);

/** Architecture words as one id segment or one token. */
const ARCH_WORDS: ReadonlySet<string> = new Set([
  'x64',
  'x86',
  'x86_64',
  'x86-64',
  'amd64',
  'arm64',
  'aarch64',
  'i386',
  'i486',
  'i586',
  'i686',
  '32-bit',
  '64-bit',
  '32bit',
  '64bit',
  'universal',
]);

// Non-Latin letters that Unicode decomposition does not reduce to ASCII: a few Latin specials,
// Cyrillic and Greek, so such names give readable keys rather than code points.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ...pairs('а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t'),
  ...pairs('у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya є ye і i ї yi ґ g'),
  ...pairs('α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s'),
  ...pairs('τ t υ y φ f χ ch ψ ps ω o'),
};

function wordList(list: string): string[] {
  return list.split(' ');
}

function pairs(list: string): Record<string, string> {
  const parts = list.split(' ');
  const out: Record<string, string> = {};
  // '_' stands for "no letter" (hard and soft signs).
  for (let i = 0; i + 1 < parts.length; i += 2)
    out[parts[i]!] = parts[i + 1] === '_' ? '' : parts[i + 1]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Patterns, compiled once. "Word" boundaries are Unicode letters and digits (and '+', '.' where a
// version or "C++" could continue).

const SYMBOLS = /[®™©℠]|\((?:tm|r|c)\)/giu;
const APOSTROPHES = /['’ʼ`]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NON_SLUG_CHARS = /[^a-z0-9+\s]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s+/;
const LEADING_PLUSES = /^\++/;
const TRAILING_HYPHENS = /-+$/;

const APP_SUFFIX = /\.app\s*$/i;
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*$/u;
const PAREN_GROUP = /\s*([([])([^()[\]]*)([)\]])/g;
const PAREN_TOKEN_SPLIT = /[\s,;/]+/;
const TRAILING_LOCALE = /\s+[-–]\s+([a-z]{2})(?:[-_][a-z]{2})?\s*$/iu;
const INLINE_LOCALE = /(?<![\p{L}\p{N}])([a-z]{2})-[A-Z]{2}(?![\p{L}\p{N}])/gu;
const VERSION =
  /(?<![\p{L}\p{N}+.])(?:version\s+|ver\.\s*|v\.?\s?)?\d+(?:\.\d+)+[a-z]?\d*(?![\p{L}\p{N}+])/giu;
const BUILD_NUMBER = /(?<![\p{L}\p{N}])build\s+\d+(?:\.\d+)*(?![\p{L}\p{N}])/giu;
const UPDATE_NUMBER = /(?<![\p{L}\p{N}])update\s+\d+(?![\p{L}\p{N}.])/giu;
const ARCH =
  /(?<![\p{L}\p{N}+.])(?:x86[_-]64|x64|x86|amd64|arm64|aarch64|i[3-6]86|(?:32|64)[\s-]?bits?)(?:\s+edition)?(?![\p{L}\p{N}+])/giu;
const LONG_NUMBER = /(?<![\p{L}\p{N}+.])\d{5,}(?![\p{L}\p{N}+])/gu;
const TRAILING_UNIVERSAL = /\s+universal\s*$/i;
const ACROBAT = /acrobat/i;
const DOCUMENT_CLOUD = /(?<![\p{L}\p{N}])DC(?![\p{L}\p{N}])/gu;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
const REPEATED_DASHES = /(?:\s*[-–—]\s*){2,}/gu;
const SPACE_BEFORE_PUNCT = /\s+([,;:)\]])/g;
const SPACE_AFTER_OPEN = /([([])\s+/g;
const SPACES = /\s{2,}/g;
const EDGE_JUNK = /^[\s\-–—_,:;|/]+|[\s\-–—_,:;|/]+$/gu;

const VERSION_TOKEN = /^v?\d+(?:\.\d+)+[a-z]?\d*$/i;
const LOCALE_TOKEN = /^([a-z]{2})(?:[-_]([a-z]{2}|hans|hant|latn|cyrl))?$/i;
const PAIRED_LOCALE_TOKEN = /^[a-z]{2}[-_][a-z]{2}$/i;
const DIGITS = /^\d+$/;

const DPKG_ARCH_SUFFIX = /:[a-z0-9_-]+$/i;
const RPM_ARCH_SUFFIX =
  /\.(?:x86_64|noarch|i[3-6]86|aarch64|armv7hl|armv7l|armhfp|ppc64le|ppc64|s390x|riscv64|athlon|src)$/i;
const APT_SUITE = /\/\S*$/;
const BREW_TAP = /^.*\//;
const STABLE_CHANNEL = /[-_.@]stable$/i;
const APPX_FULL_NAME_TAIL = /_.*$/;
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9+_-]*(?:\.[A-Za-z0-9+_-]+)+$/;
// "Node.js", "draw.io", "zoom.us": names with a web-style tail, not `Publisher.Product` ids.
const WEB_STYLE_NAME = /^[^.]+\.(?:js|io|us|net|com|org|app|ai|me)$/;
const REVERSE_DNS = /^[a-z][a-z0-9-]*\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/;
const INSTALLER_SEGMENT = /^(?:exe|msi|msix|appx)$/i;
const INNER_CAPITAL = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/;
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z]\d+)(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
const BRAND_WORDS = new RegExp(ONE_WORD_BRANDS.join('|'), 'g');
const SINGLE_LOWER = /^[a-z]$/;

const SOFTWAREUPDATE_BUILD = /-\d[0-9A-Za-z.]*$/;
const SOFTWAREUPDATE_GLUED_VERSION = /(?<=[A-Za-z])\d+(?:\.\d+)+.*$/;
const WU_MONTH = /^\s*\d{4}-\d{2}\s+/;
const WU_KB = /\s*[-–]?\s*\(?\bKB\d{5,8}(?:-v\d+)?\)?/gi;
const WU_FOR_ARCH =
  /\s+for\s+(?:x64|x86|arm64|amd64|itanium)(?:-based\s+systems)?(?![\p{L}\p{N}])/giu;
const WU_RELEASE = /,?\s+version\s+\d{2}H\d(?![\p{L}\p{N}])/giu;

// ---------------------------------------------------------------------------------------------
// Slugs.

/** Lower-case ASCII words of a text: accents folded, Cyrillic/Greek transliterated, '+' kept. */
function slugWords(text: string): string[] {
  const folded = text
    .replace(SYMBOLS, '')
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_SLUG_CHARS, foldChar);
  const words: string[] = [];
  for (const raw of folded.split(WHITESPACE)) {
    const word = raw.replace(LEADING_PLUSES, '');
    if (word !== '') words.push(word);
  }
  return words;
}

function foldChar(ch: string): string {
  const folded = LETTER_FOLDS[ch];
  if (folded !== undefined) return folded;
  // Other scripts: the code point keeps distinct names distinct ("微信" is not "unnamed").
  if (LETTER_OR_DIGIT.test(ch)) return `u${ch.codePointAt(0)!.toString(16)}`;
  return ' ';
}

function joinKey(words: readonly string[]): string {
  let key = words.join('-');
  if (key.length > MAX_TITLE_KEY_LENGTH) {
    key = key.slice(0, MAX_TITLE_KEY_LENGTH).replace(TRAILING_HYPHENS, '');
  }
  return key;
}

/**
 * The plain slug of a text: lower-case ASCII words joined by '-', accents folded, ®/™/© dropped,
 * '+' kept inside words ("Notepad++" → "notepad++"). No noise stripping, no aliases. '' when the
 * text has no letters or digits.
 */
export function slugTitle(text: string): string {
  return joinKey(slugWords(text));
}

/** Drops leading vendor words while a word follows that is not a bare number ("Microsoft 365"). */
function dropVendor(words: string[]): string[] {
  let start = 0;
  while (
    start + 1 < words.length &&
    VENDOR_WORDS.has(words[start]!) &&
    !DIGITS.test(words[start + 1]!)
  ) {
    start++;
  }
  return start === 0 ? words : words.slice(start);
}

/** The key of cleaned text: slug, vendor dropped, aliases applied; '' when nothing is left. */
function keyOf(text: string, packageAliases: boolean, publisher?: string): string {
  const words = dropVendor(slugWords(text));
  let key = words.join('-');
  if (packageAliases) {
    const alias = PACKAGE_ALIASES.get(key);
    if (alias && (publisher === undefined || !alias.publisher || alias.publisher.test(publisher))) {
      key = alias.key;
    }
  }
  key = TITLE_ALIASES.get(key) ?? key;
  return key.length > MAX_TITLE_KEY_LENGTH ? joinKey(key.split('-')) : key;
}

// ---------------------------------------------------------------------------------------------
// Display names.

function isParenNoiseToken(token: string): boolean {
  const lower = token.toLowerCase();
  if (ARCH_WORDS.has(lower) || PAREN_NOISE_WORDS.has(lower) || VERSION_TOKEN.test(token))
    return true;
  if (PAIRED_LOCALE_TOKEN.test(token)) return true;
  const locale = LOCALE_TOKEN.exec(token);
  if (locale && SAFE_LANGUAGES.has(locale[1]!.toLowerCase())) return true;
  if (lower.includes('-'))
    return lower.split('-').every((part) => part === '' || isParenNoiseToken(part));
  return false;
}

/** "(x64 en-US)", "(remove only)", "(10.1.2)" go; "(Standard x64)" keeps "(Standard)". */
function cleanParenGroup(_match: string, open: string, content: string, close: string): string {
  const tokens = content.split(PAREN_TOKEN_SPLIT).filter((t) => t !== '');
  if (tokens.every(isParenNoiseToken)) return '';
  const kept = tidy(stripInlineNoise(content));
  return kept === '' ? '' : ` ${open}${kept}${close}`;
}

function stripInlineNoise(text: string): string {
  return text
    .replace(VERSION, ' ')
    .replace(BUILD_NUMBER, ' ')
    .replace(UPDATE_NUMBER, ' ')
    .replace(ARCH, ' ')
    .replace(LONG_NUMBER, ' ');
}

function dropLocale(match: string, language: string): string {
  return SAFE_LANGUAGES.has(language.toLowerCase()) ? '' : match;
}

function dropTrailingLocale(match: string, language: string): string {
  return WINGET_LANGUAGES.has(language.toLowerCase()) ? '' : match;
}

function tidy(text: string): string {
  return text
    .replace(EMPTY_BRACKETS, ' ')
    .replace(REPEATED_DASHES, ' - ')
    .replace(SPACE_BEFORE_PUNCT, '$1')
    .replace(SPACE_AFTER_OPEN, '$1')
    .replace(SPACES, ' ')
    .replace(EDGE_JUNK, '');
}

/** A display name without versions, architectures, locales and installer remarks. */
function cleanDisplayName(raw: string): string {
  let text = raw.replace(SYMBOLS, '').replace(ELLIPSIS, '').trim().replace(APP_SUFFIX, '');
  text = text.replace(PAREN_GROUP, cleanParenGroup);
  text = text.replace(TRAILING_LOCALE, dropTrailingLocale).replace(INLINE_LOCALE, dropLocale);
  text = stripInlineNoise(text).replace(TRAILING_UNIVERSAL, '');
  // "Acrobat Reader DC": DC is Adobe's "Document Cloud" branding, not part of the product line.
  if (ACROBAT.test(text)) text = text.replace(DOCUMENT_CLOUD, ' ');
  return tidy(text);
}

function fromDisplayName(raw: string): TitleIdentity | null {
  const name = cleanDisplayName(raw);
  const key = keyOf(name, false);
  return key === '' ? null : { key, name };
}

// ---------------------------------------------------------------------------------------------
// Package names.

/** A package manager's name: `firefox-esr:amd64`, `firefox.x86_64`, `google-chrome-stable`. */
function fromPackageName(raw: string, publisher?: string): TitleIdentity | null {
  let name = raw.trim().replace(DPKG_ARCH_SUFFIX, '').replace(RPM_ARCH_SUFFIX, '');
  const unchanneled = name.replace(STABLE_CHANNEL, '');
  if (unchanneled !== '') name = unchanneled;
  const key = keyOf(name, true, publisher);
  if (key === '') return null;
  return { key, name: KNOWN_NAMES.get(key) ?? name };
}

// ---------------------------------------------------------------------------------------------
// Package ids (winget, appx, flatpak).

function splitCamel(segment: string): string[] {
  if (!INNER_CAPITAL.test(segment)) return [segment];
  const parts: string[] = [];
  let last = 0;
  for (const match of segment.matchAll(BRAND_WORDS)) {
    if (match.index > last) parts.push(...camelParts(segment.slice(last, match.index)));
    parts.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < segment.length) parts.push(...camelParts(segment.slice(last)));
  return parts;
}

function camelParts(text: string): string[] {
  const parts = text.split(CAMEL_BOUNDARY).filter((p) => p !== '');
  // "iTunes", "iCloud", "eDrawings": a single leading lower-case letter belongs to the word.
  if (parts.length > 1 && SINGLE_LOWER.test(parts[0]!)) parts.splice(0, 2, parts[0]! + parts[1]!);
  return parts;
}

/** `Mozilla.Firefox`, `Adobe.Acrobat.Reader.64-bit`, `Microsoft.WindowsCalculator_8wekyb…`. */
function fromPackageId(raw: string, kind: 'winget' | 'appx'): TitleIdentity | null {
  const id = kind === 'appx' ? raw.trim().replace(APPX_FULL_NAME_TAIL, '') : raw.trim();
  let segments = id.split('.').filter((s) => s !== '');
  if (segments.length === 0) return null;
  while (segments.length > 1 && INSTALLER_SEGMENT.test(segments.at(-1)!)) segments.pop();
  if (segments.length > 2) {
    const last = segments.at(-1)!;
    const locale = LOCALE_TOKEN.exec(last);
    if (locale && (WINGET_LANGUAGES.has(locale[1]!.toLowerCase()) || locale[2] !== undefined)) {
      segments.pop();
    }
  }
  if (segments.length > 1 && segments.at(-1)!.toLowerCase() === 'stable') segments.pop();
  segments = [segments[0]!, ...segments.slice(1).filter((s) => !ARCH_WORDS.has(s.toLowerCase()))];
  segments = dropIdVersion(segments);
  let keptPublisher = false;
  if (segments.length > 1) {
    const publisher = segments[0]!.toLowerCase();
    keptPublisher = VENDOR_WORDS.has(publisher) || KEPT_PUBLISHERS.has(publisher);
    if (!keptPublisher) segments.shift();
  }
  const words: string[] = [];
  for (const [index, segment] of segments.entries()) {
    // A publisher is one word however it is cased (`VideoLAN`).
    for (const word of index === 0 && keptPublisher ? [segment] : splitCamel(segment)) {
      // `Git.Git`, `Notepad++.Notepad++`, `Microsoft.MicrosoftEdge`: say it once.
      if (words.length === 0 || words.at(-1)!.toLowerCase() !== word.toLowerCase())
        words.push(word);
    }
  }
  const text = words.join(' ');
  const key = keyOf(text, true);
  if (key === '') return null;
  return { key, name: KNOWN_NAMES.get(key) ?? text };
}

/** Two or more numeric segments together are a version (`Python.Python.3.12`); one is a line. */
function dropIdVersion(segments: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < segments.length) {
    let end = i;
    while (end < segments.length && DIGITS.test(segments[end]!)) end++;
    if (end === i) {
      out.push(segments[i]!);
      i++;
      continue;
    }
    if (end - i < 2 || i === 0) out.push(...segments.slice(i, end));
    i = end;
  }
  return out;
}

/** `org.mozilla.firefox` → firefox: the last segment, unless the id is a known exception. */
function fromFlatpakId(raw: string): TitleIdentity | null {
  const id = raw.trim();
  const known = FLATPAK_ID_ALIASES.get(id.toLowerCase());
  if (known !== undefined) return { key: known, name: KNOWN_NAMES.get(known) ?? id };
  return fromPackageName(id.split('.').at(-1) ?? id);
}

// ---------------------------------------------------------------------------------------------
// Entry points.

function fallback(raw: string): TitleIdentity {
  const key = slugTitle(raw);
  const name = raw.trim();
  return { key: key === '' ? UNNAMED_KEY : key, name: name === '' ? UNNAMED_KEY : name };
}

/** Whether a winget name is a package id (`Mozilla.Firefox`) rather than a display name. */
function isPackageIdName(name: string): boolean {
  const trimmed = name.trim();
  return ID_LIKE.test(trimmed) && !WEB_STYLE_NAME.test(trimmed);
}

function identify(item: TitleIdentityInput): TitleIdentity {
  const { name, source, id, publisher } = item;
  const spaced = WHITESPACE.test(name.trim());
  let found: TitleIdentity | null = null;
  switch (source) {
    case 'dpkg':
    case 'rpm':
    case 'snap':
    case 'pacman':
      found = spaced ? fromDisplayName(name) : fromPackageName(name, publisher);
      break;
    case 'brew':
      // Tap-qualified names (`homebrew/cask/firefox`) name the package last.
      found = spaced
        ? fromDisplayName(name)
        : fromPackageName(name.replace(BREW_TAP, ''), publisher);
      break;
    case 'flatpak':
      found = REVERSE_DNS.test(name.trim()) ? fromFlatpakId(name) : fromDisplayName(name);
      break;
    case 'appx':
      found = spaced ? fromDisplayName(name) : fromPackageId(name, 'appx');
      break;
    case 'winget':
      if (isPackageIdName(name)) found = fromPackageId(name, 'winget');
      else if (ELLIPSIS.test(name) && id !== undefined && isPackageIdName(id)) {
        // `winget list` cuts long names ("Microsoft Edge WebView2 Ru…"); the id is whole.
        found = fromPackageId(id, 'winget');
      } else found = fromDisplayName(name);
      break;
    case 'registry':
    case 'macapp':
    case 'other':
      found = fromDisplayName(name);
      break;
  }
  // Nothing left of the name ("x64"): a reverse-DNS id (flatpak, bundle id) can still say it.
  if (found === null && id !== undefined && REVERSE_DNS.test(id.trim())) found = fromFlatpakId(id);
  return found ?? fallback(name);
}

// A fleet has tens of thousands of distinct (source, name) pairs; past this the cache starts over.
const CACHE_LIMIT = 20_000;
const itemCache = new Map<string, TitleIdentity>();
const updateCache = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The title an installed item belongs to: a stable key and a name for people. */
export function titleIdentity(item: TitleIdentityInput): TitleIdentity {
  const cacheKey =
    `${item.source}\u0000${item.name}\u0000` + `${item.id ?? ''}\u0000${item.publisher ?? ''}`;
  const hit = itemCache.get(cacheKey) ?? remember(itemCache, cacheKey, identify(item));
  return { key: hit.key, name: hit.name };
}

/** The key titleIdentity gives an item of this name from no given source (catalogs, policies). */
export function titleKeyForName(name: string): string {
  return titleIdentity({ name, source: 'other' }).key;
}

/** "Safari17.6VenturaAuto-17.6" → "Safari"; "macOS Sonoma 14.7.1-23H222" → "macOS Sonoma". */
function softwareUpdateTitle(label: string): string {
  return label.trim().replace(SOFTWAREUPDATE_BUILD, '').replace(SOFTWAREUPDATE_GLUED_VERSION, '');
}

/** "2024-11 Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB…)": its kind. */
function windowsUpdateTitle(title: string): string {
  return title
    .replace(WU_MONTH, '')
    .replace(WU_KB, '')
    .replace(WU_FOR_ARCH, '')
    .replace(WU_RELEASE, '');
}

function identifyUpdate(name: string, source: UpdateSource): TitleIdentity | null {
  const trimmed = name.trim();
  const spaced = WHITESPACE.test(trimmed);
  switch (source) {
    case 'apt':
      // `apt list --upgradable` writes `firefox-esr/stable-security`.
      return spaced ? fromDisplayName(trimmed) : fromPackageName(trimmed.replace(APT_SUITE, ''));
    case 'brew':
      return spaced ? fromDisplayName(trimmed) : fromPackageName(trimmed.replace(BREW_TAP, ''));
    case 'dnf':
    case 'yum':
    case 'zypper':
    case 'snap':
      return spaced ? fromDisplayName(trimmed) : fromPackageName(trimmed);
    case 'flatpak':
      if (REVERSE_DNS.test(trimmed)) return fromFlatpakId(trimmed);
      return spaced ? fromDisplayName(trimmed) : fromPackageName(trimmed);
    case 'winget':
      return isPackageIdName(trimmed) ? fromPackageId(trimmed, 'winget') : fromDisplayName(trimmed);
    case 'softwareupdate':
      return fromDisplayName(softwareUpdateTitle(trimmed));
    case 'windows-update':
      return fromDisplayName(windowsUpdateTitle(trimmed));
    case 'other':
      return spaced ? fromDisplayName(trimmed) : fromPackageName(trimmed);
  }
}

/** The key of the installed title a pending update is for. */
export function updateTitleKey(update: { name: string; source: UpdateSource }): string {
  const cacheKey = `${update.source}\u0000${update.name}`;
  const hit = updateCache.get(cacheKey);
  if (hit !== undefined) return hit;
  const key = (identifyUpdate(update.name, update.source) ?? fallback(update.name)).key;
  return remember(updateCache, cacheKey, key);
}
