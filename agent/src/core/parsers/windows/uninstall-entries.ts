import type { Hotfix, SoftwareItem } from '@handraise/shared';
import { clipShortString } from '../../collectors/field-values.ts';

/**
 * One key under `...\CurrentVersion\Uninstall`, whichever way it was read (a `.reg` export or the
 * collector's PowerShell JSON). Values keep the registry's names; absent ones are undefined.
 */
export type UninstallEntry = {
  /** Full key path, e.g. `HKEY_LOCAL_MACHINE\SOFTWARE\...\Uninstall\{GUID}`: the item's id. */
  keyPath: string;
  displayName?: string | undefined;
  displayVersion?: string | undefined;
  publisher?: string | undefined;
  /** Usually `yyyyMMdd`; passed on as given. */
  installDate?: string | undefined;
  systemComponent?: number | undefined;
  parentKeyName?: string | undefined;
  releaseType?: string | undefined;
  /** REG_DWORD packing `major << 24 | minor << 16 | build`. */
  version?: number | undefined;
  versionMajor?: number | undefined;
  versionMinor?: number | undefined;
  helpLink?: string | undefined;
};

export type UninstallResult = { software: SoftwareItem[]; hotfixes: Hotfix[] };

/** What the rules make of one key: a program, a hotfix, hidden (SystemComponent), or no name. */
export type UninstallClass = 'software' | 'hotfix' | 'hidden' | 'unnamed';

/** ReleaseType values that mark a patch rather than a program (compared lower-cased). */
const UPDATE_RELEASE_TYPES: ReadonlySet<string> = new Set([
  'security update',
  'update',
  'hotfix',
  '%hotfix%',
  'update rollup',
  'software update',
  'service pack',
]);

/** `KB958644`, `Q123456`, `KB2183461-IE8`, `KB932471.T301_380ToU433_380`: a KB/Q key name. */
const KB_KEY_NAME = /^(KB|Q)(\d{3,})/i;
/** `{GUID}.KB2549743`: an MSI patch registered under its product. */
const GUID_KB_KEY_NAME = /^\{[0-9a-f-]{36}\}\.(KB)(\d{3,})/i;
/** `Security Update for Windows XP (KB2079403)`. */
const KB_IN_TEXT = /\b(KB)(\d{4,})\b/i;
/** `http://support.microsoft.com?kbid=951978`, `http://support.microsoft.com/kb/2460049`. */
const KB_IN_LINK = /(?:kbid=|\/kb\/)(\d{4,})/i;

// Everything from the first control character on: some installers leave NULs or line breaks
// after the version (GLPI's bug #415).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_TAIL = /[\u0000-\u001f\u007f].*$/s;

/**
 * Applies the Programs-and-Features rules to uninstall keys: keys without a DisplayName are
 * skipped; patches (ParentKeyName, an update ReleaseType, KB/Q key names) become hotfixes, even
 * when hidden, since they are still installed; of the rest, SystemComponent=1 entries are hidden
 * from users and skipped. Hotfixes are listed once per KB.
 */
export function normalizeUninstallEntries(entries: readonly UninstallEntry[]): UninstallResult {
  const software: SoftwareItem[] = [];
  const hotfixes: Hotfix[] = [];
  const seenKbs = new Set<string>();
  for (const entry of entries) {
    const name = cleanText(entry.displayName);
    const kind = classifyUninstallEntry(entry);
    if (name === undefined || kind === 'hidden' || kind === 'unnamed') continue;
    if (kind === 'software') {
      software.push(toSoftwareItem(entry, name));
      continue;
    }
    const hotfix = toHotfix(entry, name);
    if (seenKbs.has(hotfix.id)) continue;
    seenKbs.add(hotfix.id);
    hotfixes.push(hotfix);
  }
  return { software, hotfixes };
}

/** Classifies one key by the rules normalizeUninstallEntries applies. */
export function classifyUninstallEntry(entry: UninstallEntry): UninstallClass {
  if (cleanText(entry.displayName) === undefined) return 'unnamed';
  if (isPatch(entry)) return 'hotfix';
  if (entry.systemComponent === 1) return 'hidden';
  return 'software';
}

/** Decodes the packed `Version` DWORD: `0x05002ee0` is 5.0.12000. */
export function decodePackedVersion(packed: number): string {
  const value = packed >>> 0;
  return `${value >>> 24}.${(value >>> 16) & 0xff}.${value & 0xffff}`;
}

/** The last segment of a registry key path. */
export function keyNameOf(keyPath: string): string {
  const slash = keyPath.lastIndexOf('\\');
  return slash < 0 ? keyPath : keyPath.slice(slash + 1);
}

function isPatch(entry: UninstallEntry): boolean {
  if (cleanText(entry.parentKeyName) !== undefined) return true;
  const releaseType = cleanText(entry.releaseType)?.toLowerCase();
  if (releaseType !== undefined && UPDATE_RELEASE_TYPES.has(releaseType)) return true;
  const keyName = keyNameOf(entry.keyPath);
  return KB_KEY_NAME.test(keyName) || GUID_KB_KEY_NAME.test(keyName);
}

// The KB number from the key name, else the display name, else the help link; an OS component
// without any (`Windows Media Player`, ParentKeyName=OperatingSystem) keeps its key name.
function hotfixIdOf(entry: UninstallEntry, name: string): string {
  const keyName = keyNameOf(entry.keyPath);
  const fromKey = KB_KEY_NAME.exec(keyName) ?? GUID_KB_KEY_NAME.exec(keyName);
  if (fromKey) return `${(fromKey[1] ?? 'KB').toUpperCase()}${fromKey[2] ?? ''}`;
  const fromName = KB_IN_TEXT.exec(name);
  if (fromName) return `KB${fromName[2]}`;
  const fromLink = KB_IN_LINK.exec(entry.helpLink ?? '');
  if (fromLink) return `KB${fromLink[1]}`;
  return clipShortString(keyName);
}

function toHotfix(entry: UninstallEntry, name: string): Hotfix {
  const hotfix: Hotfix = { id: hotfixIdOf(entry, name), description: name, source: 'registry' };
  const installedOn = cleanText(entry.installDate);
  if (installedOn !== undefined) hotfix.installedOn = installedOn;
  return hotfix;
}

function toSoftwareItem(entry: UninstallEntry, name: string): SoftwareItem {
  const item: SoftwareItem = {
    name,
    version: versionOf(entry),
    source: 'registry',
    id: clipShortString(entry.keyPath),
  };
  const publisher = cleanText(entry.publisher);
  if (publisher !== undefined) item.publisher = publisher;
  const installDate = cleanText(entry.installDate);
  if (installDate !== undefined) item.installDate = installDate;
  return item;
}

// DisplayVersion, else the packed Version DWORD, else VersionMajor.VersionMinor, else ''.
function versionOf(entry: UninstallEntry): string {
  const display = cleanText(entry.displayVersion?.replace(CONTROL_TAIL, ''));
  if (display !== undefined) return display;
  if (entry.version !== undefined && entry.version !== 0) return decodePackedVersion(entry.version);
  if (entry.versionMajor !== undefined) return `${entry.versionMajor}.${entry.versionMinor ?? 0}`;
  return '';
}

function cleanText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : clipShortString(trimmed);
}
