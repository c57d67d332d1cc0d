import type { Systeminformation } from 'systeminformation';
import type { RawHardware } from './hardware-mapping.ts';

// Test data only: hand-written systeminformation results of a typical school laptop.

export const laptopSystem: Systeminformation.SystemData = {
  manufacturer: 'LENOVO',
  model: '20L5S0X800',
  version: 'ThinkPad T480',
  serial: 'PF1ABCDE',
  uuid: '4C4C4544-0042-3510-8052-B4C04F4B4E32',
  sku: 'LENOVO_MT_20L5',
  virtual: false,
};

export const laptopCpu: Systeminformation.CpuData = {
  manufacturer: 'Intel',
  brand: 'Core™ i5-8250U',
  vendor: 'GenuineIntel',
  family: '6',
  model: '142',
  stepping: '10',
  revision: '',
  voltage: '',
  speed: 1.6,
  speedMin: 0.4,
  speedMax: 3.4,
  governor: 'powersave',
  cores: 8,
  physicalCores: 4,
  processors: 1,
  socket: '',
  flags: '',
  virtualization: true,
  cache: { l1d: 131072, l1i: 131072, l2: 1048576, l3: 6291456 },
};

export const laptopMem: Systeminformation.MemData = {
  total: 8_241_434_624,
  free: 1_000_000_000,
  used: 7_241_434_624,
  active: 3_000_000_000,
  available: 4_000_000_000,
  buffcache: 2_000_000_000,
  buffers: 100_000_000,
  cached: 1_900_000_000,
  slab: 200_000_000,
  reclaimable: 150_000_000,
  swaptotal: 2_000_000_000,
  swapused: 0,
  swapfree: 2_000_000_000,
  writeback: 0,
  dirty: 0,
};

function fs(type: string, mount: string, size: number, used: number): Systeminformation.FsSizeData {
  return { fs: `/dev/${mount}`, type, size, used, available: size - used, use: 0, mount, rw: true };
}

export const laptopFsSize: Systeminformation.FsSizeData[] = [
  fs('ext4', '/', 255_000_000_000.4, 40_000_000_000.6),
  fs('vfat', '/boot/efi', 536_834_048, 6_172_672),
  fs('tmpfs', '/run', 823_000_000, 2_000_000),
  fs('squashfs', '/snap/core22/1380', 77_000_000, 77_000_000),
  fs('overlay', '/var/lib/docker/overlay2/abc/merged', 255_000_000_000, 40_000_000_000),
  fs('devtmpfs', '/dev', 4_000_000_000, 0),
];

function controller(vendor: string, model: string): Systeminformation.GraphicsControllerData {
  return { vendor, model, bus: 'Onboard', vram: 1024, vramDynamic: true };
}

export const laptopGraphics: Systeminformation.GraphicsData = {
  controllers: [
    controller('Intel Corporation', 'UHD Graphics 620'),
    controller('', ''),
    controller('Default string', 'Virtual GPU'),
  ],
  displays: [],
};

export const laptopBattery: Systeminformation.BatteryData = {
  hasBattery: true,
  cycleCount: 312,
  isCharging: false,
  voltage: 11.4,
  designedCapacity: 57_000,
  maxCapacity: 45_600,
  currentCapacity: 30_000,
  capacityUnit: 'mWh',
  percent: 65,
  timeRemaining: 120,
  acConnected: false,
  type: 'Li-ion',
  model: '01AV431',
  manufacturer: 'SMP',
  serial: '1234',
};

function nic(
  overrides: Partial<Systeminformation.NetworkInterfacesData>,
): Systeminformation.NetworkInterfacesData {
  return {
    iface: 'eth0',
    ifaceName: 'eth0',
    default: false,
    ip4: '',
    ip4subnet: '',
    ip6: '',
    ip6subnet: '',
    mac: '',
    internal: false,
    virtual: false,
    operstate: 'up',
    type: 'wired',
    duplex: 'full',
    mtu: 1500,
    speed: 1000,
    dhcp: true,
    dnsSuffix: '',
    ieee8021xAuth: '',
    ieee8021xState: '',
    carrierChanges: 0,
    ...overrides,
  };
}

export const laptopNetwork: Systeminformation.NetworkInterfacesData[] = [
  nic({
    iface: 'lo',
    internal: true,
    ip4: '127.0.0.1',
    ip6: '::1',
    mac: '00:00:00:00:00:00',
    type: 'virtual',
  }),
  nic({
    iface: 'enp0s31f6',
    mac: '8c:16:45:aa:bb:cc',
    ip4: '10.20.30.40',
    ip6: 'fe80::8e16:45ff:feaa:bbcc',
  }),
  nic({ iface: 'wlp3s0', mac: 'a4:34:d9:11:22:33', type: 'wireless' }),
];

export const laptopUuid: Systeminformation.UuidData = {
  os: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
  hardware: '4C4C4544-0042-3510-8052-B4C04F4B4E32',
  macs: ['8c:16:45:aa:bb:cc'],
};

export const laptopRaw: RawHardware = {
  system: laptopSystem,
  cpu: laptopCpu,
  mem: laptopMem,
  fsSize: laptopFsSize,
  graphics: laptopGraphics,
  battery: laptopBattery,
  networkInterfaces: laptopNetwork,
  uuid: laptopUuid,
};
