/**
 * Hardware and state facts in one Windows PowerShell 5.1 run: each CIM class (and each other
 * source) is read in its own try block, so a class that fails (missing namespace on a VM, access
 * denied without elevation, no battery) leaves only its own part out and adds its name to
 * `Failed`. Properties are copied out by name (a CIM instance as JSON carries all its metadata),
 * dates are printed as ISO 8601 UTC text (5.1 would print `\/Date(...)\/`). Lookups that are
 * cheaper to reason about in tested TypeScript (joining batteries, decoding monitor names, the
 * netsh text, the antivirus state bits) are left to parseWindowsHardwareJson.
 */

/** Windows Update's "Definition Updates" classification: Defender's daily signature updates. */
const DEFINITION_UPDATES_CATEGORY_ID = 'e0789628-ce08-4437-be74-2495b842f43b';

/** How many history entries are read (the history lists the newest first). */
const UPDATE_HISTORY_ENTRIES = 500;

/** `Get-CimInstance` of one class in its own try block, recording the class when it fails. */
function cim(target: string, className: string, namespace?: string): string {
  const where = namespace === undefined ? '' : `-Namespace ${namespace} `;
  const query = `Get-CimInstance ${where}-ClassName ${className} -ErrorAction Stop`;
  return `try { ${target.replace('%Q', () => query)} } catch { $failed.Add('${className}') }`;
}

/** Plain properties of every instance, as an array (even for one or none). */
function listOf(key: string, className: string, properties: string, namespace?: string): string {
  return cim(`$out.${key} = @(%Q | Select-Object -Property ${properties})`, className, namespace);
}

/** Plain properties of the first instance of a class that has one per computer. */
function oneOf(key: string, className: string, properties: string): string {
  return cim(`$out.${key} = %Q | Select-Object -First 1 -Property ${properties}`, className);
}

const INVARIANT = '[Globalization.CultureInfo]::InvariantCulture';

export const HARDWARE_SCRIPT = [
  '$out = [ordered]@{}',
  "$failed = New-Object -TypeName 'System.Collections.Generic.List[string]'",
  // CIM hands dates over as local DateTime values; UTC text reads the same in any time zone.
  `function ConvertTo-IsoTime($value) { if ($value -is [datetime]) { $value.ToUniversalTime().ToString('s', ${INVARIANT}) + 'Z' } }`,
  "try { $out.Elevated = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) } catch { $failed.Add('Elevation') }",

  // Identity and firmware.
  oneOf(
    'ComputerSystem',
    'Win32_ComputerSystem',
    'Manufacturer, Model, SystemSKUNumber, TotalPhysicalMemory, UserName',
  ),
  oneOf('Product', 'Win32_ComputerSystemProduct', 'UUID, Version'),
  cim(
    '$bios = %Q | Select-Object -First 1; $out.Bios = [pscustomobject]@{ Manufacturer = $bios.Manufacturer; SMBIOSBIOSVersion = $bios.SMBIOSBIOSVersion; ReleaseDate = (ConvertTo-IsoTime $bios.ReleaseDate); SerialNumber = $bios.SerialNumber }',
    'Win32_BIOS',
  ),
  oneOf('Enclosure', 'Win32_SystemEnclosure', 'ChassisTypes, SMBIOSAssetTag, SerialNumber'),
  oneOf('BaseBoard', 'Win32_BaseBoard', 'Manufacturer, Product, SerialNumber'),

  // Memory.
  listOf(
    'Memory',
    'Win32_PhysicalMemory',
    'BankLabel, DeviceLocator, Capacity, SMBIOSMemoryType, MemoryType, Speed, ConfiguredClockSpeed, Manufacturer, PartNumber, SerialNumber',
  ),
  listOf('MemoryArrays', 'Win32_PhysicalMemoryArray', 'MemoryDevices, Use'),

  // Disks and BitLocker (the encryption namespace refuses non-elevated callers).
  listOf(
    'Disks',
    'MSFT_PhysicalDisk',
    'FriendlyName, Size, MediaType, BusType, HealthStatus',
    'root/Microsoft/Windows/Storage',
  ),
  listOf(
    'Volumes',
    'Win32_EncryptableVolume',
    'DriveLetter, ProtectionStatus',
    'root/CIMV2/Security/MicrosoftVolumeEncryption',
  ),

  // Batteries: the root/WMI classes share InstanceName; desktops fail them with "not supported".
  listOf(
    'BatteryStatic',
    'BatteryStaticData',
    'InstanceName, DesignedCapacity, ManufactureName, SerialNumber, DeviceName, Chemistry',
    'root/WMI',
  ),
  listOf(
    'BatteryFullCharge',
    'BatteryFullChargedCapacity',
    'InstanceName, FullChargedCapacity',
    'root/WMI',
  ),
  listOf('BatteryCycles', 'BatteryCycleCount', 'InstanceName, CycleCount', 'root/WMI'),
  listOf('Batteries', 'Win32_Battery', 'Name, DeviceID, Chemistry'),

  // Displays: names as UInt16 arrays, the preferred (native) mode per monitor, and the current
  // desktop resolution per video adapter.
  listOf(
    'Monitors',
    'WmiMonitorID',
    'InstanceName, ManufacturerName, UserFriendlyName, SerialNumberID',
    'root/WMI',
  ),
  cim(
    '$out.MonitorModes = @(%Q | ForEach-Object { $mode = @($_.MonitorSourceModes)[$_.PreferredMonitorSourceModeIndex]; [pscustomobject]@{ InstanceName = $_.InstanceName; Width = $mode.HorizontalActivePixels; Height = $mode.VerticalActivePixels } })',
    'WmiMonitorListedSupportedSourceModes',
    'root/WMI',
  ),
  listOf(
    'VideoControllers',
    'Win32_VideoController',
    'Name, CurrentHorizontalResolution, CurrentVerticalResolution',
  ),
  listOf('Printers', 'Win32_Printer', 'Name, DriverName, PortName, Default, Network'),

  // State.
  cim(
    '$os = %Q | Select-Object -First 1; $out.LastBootUpTime = ConvertTo-IsoTime $os.LastBootUpTime',
    'Win32_OperatingSystem',
  ),
  "try { $out.TimeZone = (Get-TimeZone -ErrorAction Stop).Id } catch { try { $out.TimeZone = [TimeZoneInfo]::Local.Id } catch { $failed.Add('TimeZone') } }",
  // NetConnectionID ("Wi-Fi", "Ethernet") is the name people see; the configuration has only the driver's description.
  '$connectionNames = @{}',
  cim(
    'foreach ($adapter in @(%Q)) { $connectionNames[[string]$adapter.Index] = $adapter.NetConnectionID }',
    'Win32_NetworkAdapter',
  ),
  cim(
    "$out.Network = @(%Q -Filter 'IPEnabled = TRUE' | ForEach-Object { [pscustomobject]@{ Description = $_.Description; ConnectionName = $connectionNames[[string]$_.Index]; MACAddress = $_.MACAddress; IPAddress = @($_.IPAddress); DefaultIPGateway = @($_.DefaultIPGateway); DNSServerSearchOrder = @($_.DNSServerSearchOrder) } })",
    'Win32_NetworkAdapterConfiguration',
  ),
  // The SSID line is found by the parser; netsh's other labels are translated, SSID is not.
  "try { $out.Wlan = @(netsh.exe wlan show interfaces 2>$null | ForEach-Object { [string]$_ }) } catch { $failed.Add('netsh wlan') }",

  // Security. SecurityCenter2 exists on workstation editions only.
  listOf('Antivirus', 'AntiVirusProduct', 'displayName, productState', 'root/SecurityCenter2'),
  // ActiveStore is the policy in force, group policy included; the default store is local settings only.
  "try { $out.Firewall = @(Get-NetFirewallProfile -PolicyStore ActiveStore -ErrorAction Stop | ForEach-Object { [pscustomobject]@{ Name = [string]$_.Name; Enabled = [string]$_.Enabled } }) } catch { $failed.Add('Get-NetFirewallProfile') }",
  "try { $renames = (Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue).PendingFileRenameOperations; $out.Reboot = [pscustomobject]@{ ComponentBasedServicing = (Test-Path -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending'); WindowsUpdate = (Test-Path -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'); FileRenames = (@($renames | Where-Object { $_ }).Count -gt 0) } } catch { $failed.Add('RebootFlags') }",
  // Update history dates are UTC already. Defender's signature updates arrive daily and would
  // hide how old the last real update is, so their category is skipped.
  `try { $searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher(); $total = $searcher.GetTotalHistoryCount(); $newest = $null; if ($total -gt 0) { foreach ($entry in $searcher.QueryHistory(0, [Math]::Min($total, ${UPDATE_HISTORY_ENTRIES}))) { $isDefinition = @($entry.Categories | ForEach-Object { [string]$_.CategoryID }) -contains '${DEFINITION_UPDATES_CATEGORY_ID}'; if ($entry.Operation -eq 1 -and ($entry.ResultCode -eq 2 -or $entry.ResultCode -eq 3) -and -not $isDefinition -and ($null -eq $newest -or $entry.Date -gt $newest)) { $newest = $entry.Date } } }; if ($null -ne $newest) { $out.LastUpdateInstalled = $newest.ToString('s', ${INVARIANT}) + 'Z' } } catch { $failed.Add('Microsoft.Update.Session') }`,
  `if (-not $out.Contains('LastUpdateInstalled')) { try { $installed = @(Get-HotFix -ErrorAction Stop | ForEach-Object { $_.InstalledOn } | Where-Object { $_ -is [datetime] } | Sort-Object -Descending); if ($installed.Count -gt 0) { $out.LastHotfixInstalled = $installed[0].ToString('yyyy-MM-dd', ${INVARIANT}) } } catch { $failed.Add('Get-HotFix') } }`,
  "try { $out.LastLoggedOnUser = (Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI' -Name LastLoggedOnUser -ErrorAction Stop).LastLoggedOnUser } catch { $failed.Add('LogonUI') }",

  '$out.Failed = @($failed)',
  'ConvertTo-Json -InputObject $out -Depth 5 -Compress',
].join('; ');
