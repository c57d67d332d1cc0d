import { readJsonRecords, recordNumber, recordText } from './powershell-json.ts';
import {
  normalizeUninstallEntries,
  type UninstallEntry,
  type UninstallResult,
} from './uninstall-entries.ts';

/** `Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\...`: the provider prefix of PSPath. */
const PROVIDER_PREFIX = /^.*?::/;

/**
 * Parses the collector's PowerShell JSON (`Get-ItemProperty ... | Select PSPath, DisplayName, ...`)
 * into programs and hotfixes. Accepts an array, the bare object Windows PowerShell 5.1 prints for
 * a single item, and empty output.
 */
export function parseUninstallJson(text: string): UninstallResult {
  const entries: UninstallEntry[] = [];
  for (const record of readJsonRecords(text)) {
    const path = recordText(record, 'PSPath')?.replace(PROVIDER_PREFIX, '');
    const keyPath = path ?? recordText(record, 'PSChildName');
    if (keyPath === undefined) continue;
    entries.push({
      keyPath,
      displayName: recordText(record, 'DisplayName'),
      displayVersion: recordText(record, 'DisplayVersion'),
      publisher: recordText(record, 'Publisher'),
      installDate: recordText(record, 'InstallDate'),
      systemComponent: recordNumber(record, 'SystemComponent'),
      parentKeyName: recordText(record, 'ParentKeyName'),
      releaseType: recordText(record, 'ReleaseType'),
      version: recordNumber(record, 'Version'),
      versionMajor: recordNumber(record, 'VersionMajor') ?? recordNumber(record, 'MajorVersion'),
      versionMinor: recordNumber(record, 'VersionMinor') ?? recordNumber(record, 'MinorVersion'),
      helpLink: recordText(record, 'HelpLink'),
    });
  }
  return normalizeUninstallEntries(entries);
}
