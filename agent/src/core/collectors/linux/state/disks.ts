import type { DiskDeviceFacts, DiskKind } from '../../../parsers/hardware/device-state-facts.ts';
import { meaningful } from '../../../parsers/hardware/placeholders.ts';
import { parseLsblkJson, type LsblkDevice } from './lsblk-json.ts';

/** Block devices made of memory, not disks: loop files, RAM disks, compressed swap in RAM. */
const MEMORY_BACKED = /^(?:loop|ram|zram)\d*/;

function diskKind(device: LsblkDevice): DiskKind {
  if (device.transport === 'nvme' || device.name?.startsWith('nvme') === true) return 'nvme';
  if (device.rotational === true) return 'hdd';
  if (device.rotational === false) return 'ssd';
  return 'unknown';
}

/**
 * Physical disks from `lsblk -J -b -d -o NAME,MODEL,SERIAL,SIZE,ROTA,TYPE,TRAN` (or the same
 * columns as a full tree, whose top level is the same list of disks): type `disk` only (no CD drives, no loop or RAM devices). Kind from the transport (nvme) or the kernel's
 * rotational flag (a VM's virtual disk says whatever its hypervisor tells the kernel). Health
 * stays unknown: SMART needs smartctl and root, and sysfs's device `state` is the driver's
 * state, not the disk's health.
 */
export function parseLsblkDisks(stdout: string): DiskDeviceFacts[] {
  const disks: DiskDeviceFacts[] = [];
  for (const device of parseLsblkJson(stdout)) {
    if (device.type !== 'disk' || device.name === undefined) continue;
    if (MEMORY_BACKED.test(device.name)) continue;
    const disk: DiskDeviceFacts = { name: device.name, kind: diskKind(device), health: 'unknown' };
    const model = meaningful(device.model);
    if (model !== undefined) disk.model = model;
    const serial = meaningful(device.serial);
    if (serial !== undefined) disk.serial = serial;
    if (device.sizeBytes !== undefined && device.sizeBytes > 0) disk.sizeBytes = device.sizeBytes;
    disks.push(disk);
  }
  return disks;
}
