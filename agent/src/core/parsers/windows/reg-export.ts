import { decodeRegBytes, readRegFile, type RegKey, type RegValue } from './reg-file.ts';
import {
  normalizeUninstallEntries,
  type UninstallEntry,
  type UninstallResult,
} from './uninstall-entries.ts';

// The JSON route and the shared rules live beside this file; re-exported so callers that know
// this module as "the uninstall parser" find all three here.
export {
  classifyUninstallEntry,
  normalizeUninstallEntries,
  type UninstallEntry,
} from './uninstall-entries.ts';

/**
 * Parses a regedit export of Uninstall keys (UTF-16LE with BOM, or UTF-8) into programs and
 * hotfixes, with the same rules as the collector's PowerShell route.
 */
export function parseRegExport(bytes: Uint8Array): UninstallResult {
  return normalizeUninstallEntries(readRegUninstallEntries(bytes));
}

/** The raw entries of a `.reg` export of Uninstall keys, one per subkey, before any rule. */
export function readRegUninstallEntries(bytes: Uint8Array): UninstallEntry[] {
  return readRegFile(decodeRegBytes(bytes)).filter(isUninstallSubkey).map(toUninstallEntry);
}

// Entries are the subkeys of an `...\Uninstall` key; the Uninstall key itself is not a program.
function isUninstallSubkey(key: RegKey): boolean {
  const parent = key.path.slice(0, Math.max(0, key.path.lastIndexOf('\\')));
  return /\\Uninstall$/i.test(parent);
}

function toUninstallEntry(key: RegKey): UninstallEntry {
  const text = (name: string): string | undefined => asText(key.values.get(name));
  const dword = (name: string): number | undefined => asNumber(key.values.get(name));
  return {
    keyPath: key.path,
    displayName: text('displayname'),
    displayVersion: text('displayversion'),
    publisher: text('publisher'),
    installDate: text('installdate'),
    systemComponent: dword('systemcomponent'),
    parentKeyName: text('parentkeyname'),
    releaseType: text('releasetype'),
    version: dword('version'),
    // Both spellings occur: VersionMajor is documented, MajorVersion written by some installers.
    versionMajor: dword('versionmajor') ?? dword('majorversion'),
    versionMinor: dword('versionminor') ?? dword('minorversion'),
    helpLink: text('helplink'),
  };
}

function asText(value: RegValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function asNumber(value: RegValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  // A few installers write DWORD-ish values as strings ("SystemComponent"="1").
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
