import type { Systeminformation } from 'systeminformation';
import type { Battery, Disk, Hardware, NetworkInterface } from '@handraise/shared';
import { clipShortString, presentValue } from './field-values.ts';

/**
 * Used space is reported to the nearest 256 MiB: precise enough to see a disk filling up, coarse
 * enough that the hardware section's hash does not change at every check-in because a log grew.
 */
export const USED_BYTES_GRANULE = 256 * 1024 * 1024;

function roundToGranule(bytes: number): number {
  return Math.round(bytes / USED_BYTES_GRANULE) * USED_BYTES_GRANULE;
}

/**
 * The parts of systeminformation's answers the report is made of. On Linux the agent reads the
 * same facts itself (linux/hardware/); elsewhere systeminformation's full answers fit these.
 */
export type SystemFacts = Pick<
  Systeminformation.SystemData,
  'manufacturer' | 'model' | 'serial' | 'uuid'
>;
export type CpuFacts = Pick<
  Systeminformation.CpuData,
  'manufacturer' | 'brand' | 'cores' | 'physicalCores' | 'speed'
>;
export type MemFacts = Pick<Systeminformation.MemData, 'total'>;
export type FsSizeFacts = Pick<Systeminformation.FsSizeData, 'mount' | 'type' | 'size' | 'used'>;
export type GraphicsFacts = {
  controllers: Pick<Systeminformation.GraphicsControllerData, 'vendor' | 'model'>[];
};
export type BatteryFacts = Pick<
  Systeminformation.BatteryData,
  'hasBattery' | 'cycleCount' | 'designedCapacity' | 'maxCapacity'
>;
export type NetworkInterfaceFacts = Pick<
  Systeminformation.NetworkInterfacesData,
  'iface' | 'mac' | 'ip4' | 'ip6' | 'type' | 'internal'
>;
export type UuidFacts = Pick<Systeminformation.UuidData, 'hardware'>;

/** What the hardware calls returned; the optional parts are those whose call failed. */
export type RawHardware = {
  system?: SystemFacts;
  cpu: CpuFacts;
  mem: MemFacts;
  fsSize: FsSizeFacts[];
  graphics?: GraphicsFacts;
  battery?: BatteryFacts;
  networkInterfaces: NetworkInterfaceFacts[];
  uuid?: UuidFacts;
};

/** Upper bounds of the contract's lists; a container host can have hundreds of veth mounts. */
const MAX_DISKS = 256;
const MAX_GPUS = 32;
const MAX_NETWORK_INTERFACES = 256;

/** The contract allows up to 200 % health (new cells can exceed their design capacity). */
const MAX_BATTERY_HEALTH_PERCENT = 200;

/** Kernel, container and desktop-session filesystems: mounts that are not storage a user owns. */
const PSEUDO_FILESYSTEMS: ReadonlySet<string> = new Set([
  'autofs',
  'aufs',
  'binfmt_misc',
  'bpf',
  'cgroup',
  'cgroup2',
  'configfs',
  'debugfs',
  'devfs',
  'devpts',
  'devtmpfs',
  'efivarfs',
  'fuse.gvfsd-fuse',
  'fuse.lxcfs',
  'fuse.portal',
  'fusectl',
  'hugetlbfs',
  'mqueue',
  'nsfs',
  'nullfs',
  'overlay',
  'proc',
  'pstore',
  'ramfs',
  'rpc_pipefs',
  'securityfs',
  'selinuxfs',
  'squashfs',
  'sysfs',
  'tmpfs',
  'tracefs',
]);

/** Interface names that are loopback even where systeminformation does not flag them internal. */
const LOOPBACK_INTERFACES: ReadonlySet<string> = new Set(['lo', 'lo0']);

/** Maps systeminformation's raw hardware data to the contract, omitting unknown values. */
export function toHardware(raw: RawHardware): Hardware {
  const hardware: Hardware = {
    cpu: {
      brand: cpuBrand(raw.cpu),
      cores: nonNegativeInteger(raw.cpu.cores),
      physicalCores: nonNegativeInteger(raw.cpu.physicalCores),
      speedGHz: Math.round(nonNegative(raw.cpu.speed) * 100) / 100,
    },
    memoryBytes: nonNegativeInteger(raw.mem.total),
    disks: toDisks(raw.fsSize),
    gpus: toGpus(raw.graphics),
    network: toNetwork(raw.networkInterfaces),
  };
  const manufacturer = presentValue(raw.system?.manufacturer);
  if (manufacturer !== undefined) hardware.manufacturer = manufacturer;
  const model = presentValue(raw.system?.model);
  if (model !== undefined) hardware.model = model;
  const serial = presentValue(raw.system?.serial);
  if (serial !== undefined) hardware.serial = serial;
  // Lower case so the same board reads the same whichever tool or OS reported it.
  const uuid = presentValue(raw.uuid?.hardware) ?? presentValue(raw.system?.uuid);
  if (uuid !== undefined) hardware.uuid = uuid.toLowerCase();
  if (raw.battery?.hasBattery) hardware.battery = toBattery(raw.battery);
  return hardware;
}

// systeminformation splits "Intel" from "Core™ i5-8250U"; people expect to read both.
function cpuBrand(cpu: CpuFacts): string {
  const manufacturer = presentValue(cpu.manufacturer);
  const brand = presentValue(cpu.brand);
  if (brand === undefined) return manufacturer ?? '';
  if (manufacturer === undefined || brand.toLowerCase().startsWith(manufacturer.toLowerCase())) {
    return brand;
  }
  return clipShortString(`${manufacturer} ${brand}`);
}

function toDisks(filesystems: readonly FsSizeFacts[]): Disk[] {
  return filesystems
    .filter((fs) => !PSEUDO_FILESYSTEMS.has(fs.type.toLowerCase()) && nonNegative(fs.size) > 0)
    .slice(0, MAX_DISKS)
    .map((fs) => ({
      mount: clipShortString(fs.mount),
      fsType: clipShortString(fs.type),
      sizeBytes: nonNegativeInteger(fs.size),
      usedBytes: roundToGranule(nonNegativeInteger(fs.used)),
    }));
}

function toGpus(graphics: GraphicsFacts | undefined): Hardware['gpus'] {
  const gpus: Hardware['gpus'] = [];
  for (const controller of graphics?.controllers ?? []) {
    const vendor = presentValue(controller.vendor);
    const model = presentValue(controller.model);
    if (vendor === undefined && model === undefined) continue;
    gpus.push({ vendor: vendor ?? '', model: model ?? '' });
  }
  return gpus.slice(0, MAX_GPUS);
}

function toBattery(battery: BatteryFacts): Battery {
  const result: Battery = {};
  // systeminformation reports 0 cycles when it cannot read the count, so 0 means unknown here.
  if (nonNegativeInteger(battery.cycleCount) > 0) {
    result.cycleCount = nonNegativeInteger(battery.cycleCount);
  }
  const designed = nonNegative(battery.designedCapacity);
  const max = nonNegative(battery.maxCapacity);
  if (designed > 0 && max > 0) {
    const healthPercent = Math.round((max / designed) * 1000) / 10;
    if (healthPercent <= MAX_BATTERY_HEALTH_PERCENT) result.healthPercent = healthPercent;
  }
  return result;
}

function toNetwork(interfaces: readonly NetworkInterfaceFacts[]): NetworkInterface[] {
  const network: NetworkInterface[] = [];
  for (const nic of interfaces) {
    if (nic.internal || LOOPBACK_INTERFACES.has(nic.iface)) continue;
    const entry: NetworkInterface = {
      name: clipShortString(nic.iface),
      mac: presentValue(nic.mac) ?? '',
    };
    const ipv4 = presentValue(nic.ip4);
    if (ipv4 !== undefined) entry.ipv4 = ipv4;
    const ipv6 = presentValue(nic.ip6);
    if (ipv6 !== undefined) entry.ipv6 = ipv6;
    const type = presentValue(nic.type);
    if (type !== undefined) entry.type = type;
    network.push(entry);
  }
  return network.slice(0, MAX_NETWORK_INTERFACES);
}

function nonNegative(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function nonNegativeInteger(value: number | null | undefined): number {
  return Math.round(nonNegative(value));
}
