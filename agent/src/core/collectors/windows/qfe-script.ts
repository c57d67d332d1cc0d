/**
 * Installed OS updates from Win32_QuickFixEngineering via Get-HotFix. InstalledOn is read raw
 * (`M/D/YYYY`, or hex on old systems): Get-HotFix's own InstalledOn is a DateTime that Windows
 * PowerShell 5.1 turns into `\/Date(...)\/` in JSON. Prints JSON for parseQfeJson.
 */
export const QFE_SCRIPT = [
  "$items = @(Get-HotFix -ErrorAction SilentlyContinue | ForEach-Object { [pscustomobject]@{ HotFixID = $_.HotFixID; Description = $_.Description; InstalledOn = [string]$_.psbase.Properties['InstalledOn'].Value; ServicePackInEffect = $_.ServicePackInEffect } })",
  'ConvertTo-Json -InputObject $items -Depth 2 -Compress',
].join('; ');
