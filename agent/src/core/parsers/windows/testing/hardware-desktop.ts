// Test-only: the hardware script's output (collectors/windows/hardware-script.ts) of an office
// desktop and of a Hyper-V guest where half the classes failed, written for these tests.
import { edidCodes } from './hardware-samples.ts';

/** Lenovo ThinkCentre tower, elevated agent: no battery (its classes fail), SSD and a tired HDD. */
export const DESKTOP = {
  Elevated: true,
  ComputerSystem: {
    Manufacturer: 'LENOVO',
    Model: '10T7002DGE',
    SystemSKUNumber: 'LENOVO_MT_10T7_BU_Think_FM_ThinkCentre M720s',
    TotalPhysicalMemory: 8428072960,
    UserName: null,
  },
  Product: { UUID: 'D1C2A3B4-5E6F-11E9-8C2D-8C1645AABBCC', Version: 'ThinkCentre M720s' },
  Bios: {
    Manufacturer: 'LENOVO',
    SMBIOSBIOSVersion: 'M1UKT4BA',
    ReleaseDate: '2022-01-05T00:00:00Z',
    SerialNumber: 'PC1A2B3C',
  },
  Enclosure: { ChassisTypes: [3], SMBIOSAssetTag: '', SerialNumber: 'PC1A2B3C' },
  BaseBoard: { Manufacturer: 'LENOVO', Product: '3136', SerialNumber: 'L1HF01234567' },
  // One module: Windows PowerShell 5.1 may print a one-item list as a bare object.
  Memory: {
    BankLabel: 'BANK 0',
    DeviceLocator: 'ChannelA-DIMM0',
    Capacity: 8589934592,
    SMBIOSMemoryType: 26,
    MemoryType: 0,
    Speed: 2666,
    ConfiguredClockSpeed: 2666,
    Manufacturer: 'Samsung',
    PartNumber: 'M378A1K43DB2-CTD    ',
    SerialNumber: '40A1B2C3',
  },
  MemoryArrays: [{ MemoryDevices: 2, Use: 3 }],
  Disks: [
    {
      FriendlyName: 'SAMSUNG MZ7LH256HAJD-000L7',
      Size: 256060514304,
      MediaType: 4,
      BusType: 11,
      HealthStatus: 0,
    },
    {
      FriendlyName: 'ST1000DM010-2EP102',
      Size: 1000204886016,
      MediaType: 3,
      BusType: 11,
      HealthStatus: 1,
    },
  ],
  Volumes: [{ DriveLetter: 'C:', ProtectionStatus: 0 }],
  Batteries: [],
  Monitors: [
    {
      InstanceName: 'DISPLAY\\PHLC17C\\5&3a1c2b3d&0&UID4352_0',
      ManufacturerName: edidCodes('PHL', 16),
      UserFriendlyName: edidCodes('PHL 243V7', 13),
      SerialNumberID: edidCodes('UK01234567890', 16),
    },
  ],
  MonitorModes: [
    { InstanceName: 'DISPLAY\\PHLC17C\\5&3a1c2b3d&0&UID4352_0', Width: 1920, Height: 1080 },
  ],
  VideoControllers: [
    {
      Name: 'Intel(R) UHD Graphics 630',
      CurrentHorizontalResolution: 1680,
      CurrentVerticalResolution: 1050,
    },
  ],
  Printers: [],
  LastBootUpTime: '2024-05-06T06:58:40Z',
  TimeZone: 'W. Europe Standard Time',
  Network: [
    {
      Description: 'Intel(R) Ethernet Connection (7) I219-V',
      ConnectionName: 'Ethernet',
      MACAddress: '8C:16:45:AA:BB:CC',
      IPAddress: ['10.20.40.101'],
      DefaultIPGateway: ['10.20.40.1'],
      DNSServerSearchOrder: ['10.20.0.10'],
    },
  ],
  Wlan: ['The Wireless AutoConfig Service (wlansvc) is not running.'],
  Antivirus: [{ displayName: 'Windows Defender', productState: 397568 }],
  Firewall: [
    { Name: 'Domain', Enabled: 'True' },
    { Name: 'Private', Enabled: 'False' },
    { Name: 'Public', Enabled: 'True' },
  ],
  Reboot: { ComponentBasedServicing: false, WindowsUpdate: false, FileRenames: false },
  LastHotfixInstalled: '2024-03-13',
  LastLoggedOnUser: '.\\student',
  Failed: ['BatteryStaticData', 'BatteryFullChargedCapacity', 'BatteryCycleCount'],
};

/** Hyper-V guest running Windows Server: no memory modules, monitors, Security Center or update history. */
export const HYPERV_GUEST = {
  Elevated: true,
  ComputerSystem: {
    Manufacturer: 'Microsoft Corporation',
    Model: 'Virtual Machine',
    SystemSKUNumber: 'None',
    TotalPhysicalMemory: 4294496256,
    UserName: 'LAB\\admin',
  },
  Product: { UUID: '00000000-0000-0000-0000-000000000000', Version: 'Hyper-V UEFI Release v4.1' },
  Bios: {
    Manufacturer: 'Microsoft Corporation',
    SMBIOSBIOSVersion: 'Hyper-V UEFI Release v4.1',
    ReleaseDate: '2023-05-19T00:00:00Z',
    SerialNumber: '7426-4178-0912-6113-2364-2813-31',
  },
  Enclosure: {
    ChassisTypes: [3],
    SMBIOSAssetTag: '',
    SerialNumber: '7426-4178-0912-6113-2364-2813-31',
  },
  BaseBoard: {
    Manufacturer: 'Microsoft Corporation',
    Product: 'Virtual Machine',
    SerialNumber: 'None',
  },
  Disks: [
    {
      FriendlyName: 'Msft Virtual Disk',
      Size: 136365211648,
      MediaType: 0,
      BusType: 10,
      HealthStatus: 0,
    },
  ],
  Batteries: [],
  VideoControllers: [
    {
      Name: 'Microsoft Hyper-V Video',
      CurrentHorizontalResolution: 1024,
      CurrentVerticalResolution: 768,
    },
  ],
  Printers: [],
  LastBootUpTime: '2024-04-30T22:15:03Z',
  TimeZone: 'UTC',
  Network: [
    {
      Description: 'Microsoft Hyper-V Network Adapter',
      ConnectionName: null,
      MACAddress: '00:15:5D:01:02:03',
      IPAddress: ['192.168.10.20', 'fd00:10::20'],
      DefaultIPGateway: ['192.168.10.1', 'fd00:10::1'],
      DNSServerSearchOrder: ['192.168.10.1'],
    },
  ],
  Wlan: [],
  Firewall: [
    { Name: 'Domain', Enabled: 'True' },
    { Name: 'Private', Enabled: 'True' },
    { Name: 'Public', Enabled: 'True' },
  ],
  Reboot: { ComponentBasedServicing: true, WindowsUpdate: false, FileRenames: false },
  Failed: [
    'Win32_PhysicalMemory',
    'Win32_PhysicalMemoryArray',
    'Win32_EncryptableVolume',
    'BatteryStaticData',
    'BatteryFullChargedCapacity',
    'BatteryCycleCount',
    'WmiMonitorID',
    'WmiMonitorListedSupportedSourceModes',
    'AntiVirusProduct',
    'Microsoft.Update.Session',
    'Get-HotFix',
    'LogonUI',
  ],
};
