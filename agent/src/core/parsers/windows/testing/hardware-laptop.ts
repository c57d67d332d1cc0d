// Test-only: the hardware script's output (collectors/windows/hardware-script.ts) of a school
// laptop read by an elevated agent, written for these tests in the shape the script prints.
import { edidCodes, NETSH_CONNECTED_EN } from './hardware-samples.ts';

const LAPTOP_BATTERY = 'ACPI\\PNP0C0A\\1_0';
const LAPTOP_PANEL = 'DISPLAY\\AUO8B9D\\4&2b1d6c6f&0&UID8388688_0';
const LAPTOP_EXTERNAL = 'DISPLAY\\DELA0C3\\5&1a2b3c4d&0&UID4353_0';

/** Dell Latitude, elevated agent: BitLocker on C:, a battery at 82 %, two monitors, a USB stick. */
export const LAPTOP = {
  Elevated: true,
  ComputerSystem: {
    Manufacturer: 'Dell Inc.',
    Model: 'Latitude 5420',
    SystemSKUNumber: '0A01',
    TotalPhysicalMemory: 16964292608,
    UserName: 'SCHOOL\\jdoe',
  },
  Product: { UUID: '4c4c4544-0042-3910-8052-b8c04f4d3133', Version: '' },
  Bios: {
    Manufacturer: 'Dell Inc.',
    SMBIOSBIOSVersion: '1.29.0',
    ReleaseDate: '2023-08-10T00:00:00Z',
    SerialNumber: 'B9RM13',
  },
  Enclosure: { ChassisTypes: [10], SMBIOSAssetTag: 'SCH-0421', SerialNumber: 'B9RM13' },
  BaseBoard: {
    Manufacturer: 'Dell Inc.',
    Product: '0HP9G2',
    SerialNumber: '/B9RM13/CNCMK0019K00B1/',
  },
  Memory: [
    {
      BankLabel: 'BANK 0',
      DeviceLocator: 'DIMM A',
      Capacity: 8589934592,
      SMBIOSMemoryType: 26,
      MemoryType: 0,
      Speed: 3200,
      ConfiguredClockSpeed: 3200,
      Manufacturer: '80AD000080AD',
      PartNumber: 'HMA81GS6DJR8N-XN    ',
      SerialNumber: '41C5A2B1',
    },
    {
      BankLabel: 'BANK 2',
      DeviceLocator: 'DIMM B',
      Capacity: 8589934592,
      SMBIOSMemoryType: 26,
      MemoryType: 0,
      Speed: 3200,
      ConfiguredClockSpeed: 3200,
      Manufacturer: '802C0000802C',
      PartNumber: '4ATF1G64HZ-3G2E2    ',
      SerialNumber: '00000000',
    },
  ],
  MemoryArrays: [{ MemoryDevices: 2, Use: 3 }],
  Disks: [
    {
      FriendlyName: 'KXG60ZNV512G KIOXIA',
      Size: 512110190592,
      MediaType: 4,
      BusType: 17,
      HealthStatus: 0,
    },
    {
      FriendlyName: 'SanDisk Cruzer Blade',
      Size: 15376318464,
      MediaType: 0,
      BusType: 7,
      HealthStatus: 0,
    },
  ],
  Volumes: [
    { DriveLetter: 'C:', ProtectionStatus: 1 },
    { DriveLetter: null, ProtectionStatus: 0 },
    { DriveLetter: 'd:', ProtectionStatus: 0 },
  ],
  BatteryStatic: [
    {
      InstanceName: LAPTOP_BATTERY,
      DesignedCapacity: 63000,
      ManufactureName: 'SMP',
      SerialNumber: '1234',
      DeviceName: 'DELL 9JRV30B',
      Chemistry: 0x4e4f494c, // "LION", little-endian
    },
  ],
  BatteryFullCharge: [{ InstanceName: LAPTOP_BATTERY, FullChargedCapacity: 51450 }],
  BatteryCycles: [{ InstanceName: LAPTOP_BATTERY, CycleCount: 212 }],
  Batteries: [{ Name: 'DELL 9JRV30B', DeviceID: '1234SMPDELL 9JRV30B', Chemistry: 2 }],
  Monitors: [
    {
      InstanceName: LAPTOP_PANEL,
      ManufacturerName: edidCodes('AUO', 16),
      UserFriendlyName: [],
      SerialNumberID: edidCodes('0', 16),
    },
    {
      InstanceName: LAPTOP_EXTERNAL,
      ManufacturerName: edidCodes('DEL', 16),
      UserFriendlyName: edidCodes('DELL U2719D', 13),
      SerialNumberID: edidCodes('CFV9N83', 16),
    },
  ],
  MonitorModes: [
    { InstanceName: LAPTOP_EXTERNAL, Width: 2560, Height: 1440 },
    { InstanceName: LAPTOP_PANEL, Width: 1920, Height: 1080 },
  ],
  VideoControllers: [
    {
      Name: 'Intel(R) Iris(R) Xe Graphics',
      CurrentHorizontalResolution: 1920,
      CurrentVerticalResolution: 1080,
    },
  ],
  Printers: [
    {
      Name: 'Microsoft Print to PDF',
      DriverName: 'Microsoft Print To PDF',
      PortName: 'PORTPROMPT:',
      Default: false,
      Network: false,
    },
    {
      Name: '\\\\print01\\Room-12-Color',
      DriverName: 'HP Universal Printing PCL 6',
      PortName: '10.20.0.45',
      Default: true,
      Network: true,
    },
  ],
  LastBootUpTime: '2024-05-02T07:31:09Z',
  TimeZone: 'W. Europe Standard Time',
  Network: [
    {
      Description: 'Intel(R) Wi-Fi 6 AX201 160MHz',
      ConnectionName: 'Wi-Fi',
      MACAddress: '3C:9C:0F:12:AB:CD',
      IPAddress: ['10.20.31.17', 'fe80::5d1c:2a4b:9e0f:1c2d'],
      DefaultIPGateway: ['10.20.0.1'],
      DNSServerSearchOrder: ['10.20.0.10', '10.20.0.11'],
    },
  ],
  Wlan: NETSH_CONNECTED_EN,
  Antivirus: [
    { displayName: 'Windows Defender', productState: 393472 },
    { displayName: 'Sophos Anti-Virus', productState: 331776 },
  ],
  Firewall: [
    { Name: 'Domain', Enabled: 'True' },
    { Name: 'Private', Enabled: 'True' },
    { Name: 'Public', Enabled: 'True' },
  ],
  Reboot: { ComponentBasedServicing: false, WindowsUpdate: true, FileRenames: true },
  LastUpdateInstalled: '2024-04-24T18:02:55Z',
  LastLoggedOnUser: 'SCHOOL\\jdoe',
  Failed: [],
};
