/**
 * The Windows Update search (Windows Update Agent COM API): software updates not installed and
 * not hidden by the user. Errors stop the script with a non-zero exit (no network, WSUS down,
 * service disabled) so a failed search is reported, not mistaken for "no updates". Category ids
 * are printed because category names are localized. Prints JSON for parseWindowsUpdateJson.
 */
export const WINDOWS_UPDATE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$session = New-Object -ComObject Microsoft.Update.Session',
  '$searcher = $session.CreateUpdateSearcher()',
  "$result = $searcher.Search('IsInstalled=0 and Type=''Software'' and IsHidden=0')",
  '$items = @(foreach ($update in $result.Updates) { [pscustomobject]@{ Title = $update.Title; KBArticleIDs = @($update.KBArticleIDs | ForEach-Object { [string]$_ }); MsrcSeverity = $update.MsrcSeverity; CategoryIDs = @($update.Categories | ForEach-Object { [string]$_.CategoryID }); Categories = @($update.Categories | ForEach-Object { [string]$_.Name }) } })',
  'ConvertTo-Json -InputObject $items -Depth 3 -Compress',
].join('; ');
