/** Registry path below each hive's Software key where programs register for Programs and Features. */
const UNINSTALL_TAIL = 'Microsoft\\Windows\\CurrentVersion\\Uninstall\\*';

/** The values the parser reads; anything else would only make the JSON bigger. */
const UNINSTALL_VALUES = [
  'PSPath',
  'PSChildName',
  'DisplayName',
  'DisplayVersion',
  'Publisher',
  'InstallDate',
  'SystemComponent',
  'ParentKeyName',
  'ReleaseType',
  'Version',
  'VersionMajor',
  'VersionMinor',
  'MajorVersion',
  'MinorVersion',
  'HelpLink',
].join(', ');

/**
 * Reads every Uninstall key the machine has: HKLM native and WOW6432Node, HKCU, and each user
 * hive loaded under HKEY_USERS (the `_Classes` hives hold no Software keys), each with its
 * WOW6432Node. Keys without values or unreadable ones are skipped silently, as in Control Panel.
 * `-InputObject @(...)` keeps the output an array even for one key. Prints JSON for
 * parseUninstallJson.
 */
export const UNINSTALL_SCRIPT = [
  `$tail = '${UNINSTALL_TAIL}'`,
  "$roots = @('HKLM:\\SOFTWARE', 'HKLM:\\SOFTWARE\\WOW6432Node', 'HKCU:\\Software', 'HKCU:\\Software\\WOW6432Node')",
  "foreach ($hive in @(Get-ChildItem -Path 'Registry::HKEY_USERS' -ErrorAction SilentlyContinue)) { if ($hive.PSChildName -notlike '*_Classes') { $roots += ('Registry::HKEY_USERS\\' + $hive.PSChildName + '\\Software'); $roots += ('Registry::HKEY_USERS\\' + $hive.PSChildName + '\\Software\\WOW6432Node') } }",
  "$paths = @($roots | ForEach-Object { $_ + '\\' + $tail })",
  `$entries = @(Get-ItemProperty -Path $paths -ErrorAction SilentlyContinue | Select-Object ${UNINSTALL_VALUES})`,
  'ConvertTo-Json -InputObject $entries -Depth 2 -Compress',
].join('; ');
