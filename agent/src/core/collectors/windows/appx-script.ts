/**
 * Store and sideloaded (MSIX/AppX) apps. `-AllUsers` needs an elevated agent; without it the
 * call fails and the current user's packages are listed instead. Frameworks, resource packs and
 * OS-signed packages are filtered here and again by parseAppxJson. Enums are printed as their
 * names (`X64`, `Store`), not numbers. Prints JSON for parseAppxJson.
 */
export const APPX_SCRIPT = [
  '$packages = $null',
  'try { $packages = @(Get-AppxPackage -AllUsers -ErrorAction Stop) } catch { $packages = @(Get-AppxPackage -ErrorAction SilentlyContinue) }',
  "$items = @($packages | Where-Object { -not $_.IsFramework -and -not $_.IsResourcePackage -and [string]$_.SignatureKind -ne 'System' } | ForEach-Object { [pscustomobject]@{ Name = $_.Name; Publisher = $_.Publisher; Architecture = [string]$_.Architecture; Version = [string]$_.Version; PackageFamilyName = $_.PackageFamilyName; PackageFullName = $_.PackageFullName; IsFramework = [bool]$_.IsFramework; IsResourcePackage = [bool]$_.IsResourcePackage; SignatureKind = [string]$_.SignatureKind } })",
  'ConvertTo-Json -InputObject $items -Depth 2 -Compress',
].join('; ');
