// Test-only: the hardware script's output (collectors/windows/hardware-script.ts) of a laptop
// read by an agent without elevation, written for these tests.
import { edidCodes, NETSH_CONNECTED_DE } from './hardware-samples.ts';

/** HP ProBook, docked, read by an agent without elevation: BitLocker unreadable, no cycle count. */
export const NON_ADMIN_LAPTOP = {
  Elevated: false,
  ComputerSystem: {
    Manufacturer: 'HP',
    Model: 'HP ProBook 450 G8 Notebook PC',
    SystemSKUNumber: '2X7R7EA#ABD',
    TotalPhysicalMemory: 8396627968,
    UserName: 'PB450-17\\pupil',
  },
  Product: { UUID: '8E1F2A3B-4C5D-6E7F-8091-A2B3C4D5E6F7', Version: '' },
  Bios: {
    Manufacturer: 'HP',
    SMBIOSBIOSVersion: 'T78 Ver. 01.14.00',
    ReleaseDate: '2023-06-14T00:00:00Z',
    SerialNumber: '5CD1234ABC',
  },
  Enclosure: { ChassisTypes: [12, 10], SMBIOSAssetTag: '', SerialNumber: '5CD1234ABC' },
  BaseBoard: { Manufacturer: 'HP', Product: '8846', SerialNumber: 'PKBAB012J1A2B3' },
  Memory: [
    {
      BankLabel: 'BANK 0',
      DeviceLocator: 'Controller0-ChannelA',
      Capacity: 4294967296,
      SMBIOSMemoryType: 30,
      MemoryType: 0,
      Speed: 0,
      ConfiguredClockSpeed: 4267,
      Manufacturer: 'Micron Technology',
      PartNumber: 'MT53E1G32D2NP-046 WT:B',
      SerialNumber: '00000000',
    },
    {
      BankLabel: 'BANK 1',
      DeviceLocator: 'Controller1-ChannelA',
      Capacity: 4294967296,
      SMBIOSMemoryType: 30,
      MemoryType: 0,
      Speed: 0,
      ConfiguredClockSpeed: 4267,
      Manufacturer: 'Micron Technology',
      PartNumber: 'MT53E1G32D2NP-046 WT:B',
      SerialNumber: '00000000',
    },
  ],
  MemoryArrays: [{ MemoryDevices: 2, Use: 3 }],
  Disks: [
    {
      FriendlyName: 'SK hynix BC711 HFM256GD3JX013N',
      Size: 256060514304,
      MediaType: 4,
      BusType: 17,
      HealthStatus: 0,
    },
  ],
  BatteryStatic: [
    {
      InstanceName: 'ACPI\\PNP0C0A\\1_0',
      DesignedCapacity: 41000,
      ManufactureName: 'Hewlett-Packard',
      SerialNumber: '00362 2021/05/12',
      DeviceName: 'Primary',
      Chemistry: 0x4e4f494c,
    },
  ],
  BatteryFullCharge: [{ InstanceName: 'ACPI\\PNP0C0A\\1_0', FullChargedCapacity: 41000 }],
  Batteries: [
    { Name: 'Primary', DeviceID: '00362 2021/05/12Hewlett-PackardPrimary', Chemistry: 6 },
  ],
  Monitors: [
    {
      InstanceName: 'DISPLAY\\BOE0A1C\\4&1f2e3d4c&0&UID8388688_0',
      ManufacturerName: edidCodes('BOE', 16),
      UserFriendlyName: null,
      SerialNumberID: edidCodes('0', 16),
    },
  ],
  MonitorModes: [
    { InstanceName: 'DISPLAY\\BOE0A1C\\4&1f2e3d4c&0&UID8388688_0', Width: 1920, Height: 1080 },
  ],
  VideoControllers: [
    {
      Name: 'Intel(R) UHD Graphics',
      CurrentHorizontalResolution: 1366,
      CurrentVerticalResolution: 768,
    },
  ],
  Printers: {
    Name: 'HP LaserJet M110w',
    DriverName: 'HP LaserJet M110w',
    PortName: 'USB001',
    Default: true,
    Network: false,
  },
  LastBootUpTime: '2024-05-07T05:44:12Z',
  TimeZone: 'W. Europe Standard Time',
  Network: [
    {
      Description: 'Realtek RTL8852AE WiFi 6 802.11ax PCIe Adapter',
      ConnectionName: 'WLAN',
      MACAddress: '14:85:7F:AA:BB:CC',
      IPAddress: ['192.168.178.23', 'fe80::a1b2:c3d4:e5f6:1234', '2a02:8070:1234:5600::17'],
      DefaultIPGateway: ['192.168.178.1'],
      DNSServerSearchOrder: ['192.168.178.1'],
    },
  ],
  Wlan: NETSH_CONNECTED_DE,
  Antivirus: [{ displayName: 'Windows Defender', productState: 397584 }],
  Firewall: [
    { Name: 'Domain', Enabled: 'True' },
    { Name: 'Private', Enabled: 'True' },
    { Name: 'Public', Enabled: 'True' },
  ],
  Reboot: { ComponentBasedServicing: false, WindowsUpdate: false, FileRenames: true },
  LastUpdateInstalled: '2024-05-01T09:12:44Z',
  LastLoggedOnUser: '.\\pupil',
  Failed: ['Win32_EncryptableVolume', 'BatteryCycleCount'],
};
