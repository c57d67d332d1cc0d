/**
 * Finds winget and lists available upgrades. winget is a per-user app: it is on PATH for a
 * logged-in user, but a service running as SYSTEM must call it by its path in the Desktop App
 * Installer package folder (newest version wins). With no winget the script prints nothing.
 * Running it from PowerShell after the UTF-8 prelude gives winget a UTF-8 console code page, as
 * `chcp 65001` would. The flags stop it from prompting about source agreements.
 */
export const WINGET_UPGRADE_SCRIPT = [
  '$exe = $null',
  '$command = Get-Command winget.exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1',
  'if ($command) { $exe = $command.Source }',
  "if (-not $exe) { $exe = Get-ChildItem -Path (Join-Path $env:ProgramFiles 'WindowsApps\\Microsoft.DesktopAppInstaller_*__8wekyb3d8bbwe\\winget.exe') -ErrorAction SilentlyContinue | Sort-Object { [version](($_.Directory.Name -split '_')[1]) } | Select-Object -Last 1 -ExpandProperty FullName }",
  'if (-not $exe) { exit 0 }',
  '& $exe upgrade --accept-source-agreements --disable-interactivity',
  'exit $LASTEXITCODE',
].join('; ');
