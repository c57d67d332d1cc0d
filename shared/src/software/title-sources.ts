// Which road each source's names take to a key: installed items by their software source, pending
// updates by their update source; the raw slug, then "unnamed", when no road gives a key.
import type { SoftwareSource, UpdateSource } from '../schemas/inventory.ts';
import { ELLIPSIS, fromDisplayName } from './title-display-name.ts';
import type { TitleIdentity } from './title-key.ts';
import {
  fromFlatpakId,
  fromPackageId,
  isPackageIdName,
  isReverseDnsId,
} from './title-package-id.ts';
import { fromPackageName } from './title-package-name.ts';
import { slugTitle } from './title-slug.ts';

/** An installed item as the inventory reports it. */
export type TitleIdentityInput = {
  name: string;
  source: SoftwareSource;
  id?: string;
  publisher?: string;
};

const UNNAMED_KEY = 'unnamed';
const WHITESPACE = /\s+/;
const APT_SUITE = /\/\S*$/;
const BREW_TAP = /^.*\//;
const SOFTWAREUPDATE_BUILD = /-\d[0-9A-Za-z.]*$/;
const SOFTWAREUPDATE_GLUED_VERSION = /(?<=[A-Za-z])\d+(?:\.\d+)+.*$/;
const WU_MONTH = /^\s*\d{4}-\d{2}\s+/;
const WU_KB = /\s*[-–]?\s*\(?\bKB\d{5,8}(?:-v\d+)?\)?/gi;
const WU_FOR_ARCH =
  /\s+for\s+(?:x64|x86|arm64|amd64|itanium)(?:-based\s+systems)?(?![\p{L}\p{N}])/giu;
const WU_RELEASE = /,?\s+version\s+\d{2}H\d(?![\p{L}\p{N}])/giu;

function fallback(raw: string): TitleIdentity {
  const key = slugTitle(raw);
  const name = raw.trim();
  return { key: key === '' ? UNNAMED_KEY : key, name: name === '' ? UNNAMED_KEY : name };
}

/** The title of an installed item, by the road its source's names take. */
export function identify(item: TitleIdentityInput): TitleIdentity {
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
      found = isReverseDnsId(name) ? fromFlatpakId(name) : fromDisplayName(name);
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
  if (found === null && id !== undefined && isReverseDnsId(id)) found = fromFlatpakId(id);
  return found ?? fallback(name);
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

function fromUpdateName(name: string, source: UpdateSource): TitleIdentity | null {
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
      if (isReverseDnsId(trimmed)) return fromFlatpakId(trimmed);
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

/** The title a pending update is for, by the road its source's names take. */
export function identifyUpdate(name: string, source: UpdateSource): TitleIdentity {
  return fromUpdateName(name, source) ?? fallback(name);
}
