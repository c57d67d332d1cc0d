# Writes the system-wide enrollment file, %ProgramData%\Handraise\agent.json, for the Windows
# installers: the NSIS installer's /HUB= /TOKEN= /HUB_FINGERPRINT= switches and the MSI's HUB,
# TOKEN and HUB_FINGERPRINT properties both end here. Runs elevated (SYSTEM for the MSI).
# The file carries the enrollment token: its ACL names SYSTEM and Administrators alone, set on
# the empty file before the token is written. Given settings replace the file; none keep it.
param(
  [string]$Hub = '',
  [string]$Token = '',
  [string]$HubFingerprint = '',
  [string]$Folder = (Join-Path $env:ProgramData 'Handraise')
)
$ErrorActionPreference = 'Stop'

if (-not ($Hub -or $Token -or $HubFingerprint)) { exit 0 }

# Checked here so that a typing mistake fails the install with a sentence, not the agent later.
if ($Hub -and $Hub -notmatch '^https?://[^\s"]+$') {
  [Console]::Error.WriteLine("HUB must be the hub's address, e.g. https://hub.school.lan:7300 (got: $Hub)")
  exit 1
}
if ($Token -and ($Token.Length -lt 8 -or $Token.Length -gt 256 -or $Token -match '[\s"]')) {
  [Console]::Error.WriteLine('TOKEN must be the enrollment token from the console (8 to 256 characters, no spaces)')
  exit 1
}
if ($HubFingerprint -and ($HubFingerprint -replace '[:\-\s]', '') -notmatch '^[0-9A-Fa-f]{64}$') {
  [Console]::Error.WriteLine("HUB_FINGERPRINT must be the 64 hexadecimal digits the console's Settings shows")
  exit 1
}

# Well-known SIDs rather than names, which Windows translates (Administrateurs, Administratoren).
$system = '*S-1-5-18'
$administrators = '*S-1-5-32-544'
$users = '*S-1-5-32-545'

# Owner first (a user may have made the folder before the install: any user can create folders in
# ProgramData), then an ACL of its own instead of the inherited one.
function Set-AdministratorsOnly([string]$Path, [string[]]$Grants) {
  & icacls $Path /setowner $administrators /Q | Out-Null
  if ($LASTEXITCODE -ne 0) { throw "icacls could not take ownership of $Path" }
  & icacls $Path /inheritance:r /grant:r @Grants /Q | Out-Null
  if ($LASTEXITCODE -ne 0) { throw "icacls could not secure $Path" }
}

New-Item -ItemType Directory -Force -Path $Folder | Out-Null
# Users may list the folder, not add or replace anything in it.
Set-AdministratorsOnly $Folder @("${system}:(OI)(CI)F", "${administrators}:(OI)(CI)F", "${users}:(RX)")

$file = Join-Path $Folder 'agent.json'
$partial = Join-Path $Folder ".agent.json.$PID"
[System.IO.File]::WriteAllText($partial, '')
Set-AdministratorsOnly $partial @("${system}:F", "${administrators}:F")

$settings = [ordered]@{}
if ($Hub) { $settings.hub = $Hub }
if ($Token) { $settings.token = $Token }
if ($HubFingerprint) { $settings.hubFingerprint = $HubFingerprint }
[System.IO.File]::WriteAllText($partial, ($settings | ConvertTo-Json), (New-Object System.Text.UTF8Encoding $false))
Move-Item -Force -Path $partial -Destination $file
Write-Output "Enrollment settings written to $file"
