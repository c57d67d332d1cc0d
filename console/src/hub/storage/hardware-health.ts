// The fleet's worn batteries and full disks, worked out from each computer's latest hardware
// report (the figures `GET /api/fleet/hardware-health` answers). Pure: fleet-summary.ts reads the
// rows, this turns them into counts and the worst computers.
import {
  BATTERY_REPLACE_BELOW_PERCENT,
  BATTERY_WORN_BELOW_PERCENT,
  DISK_COUNTED_MIN_BYTES,
  DISK_CRITICAL_BELOW_FREE_PERCENT,
  DISK_LOW_BELOW_FREE_PERCENT,
  HARDWARE_HEALTH_DEVICES_SHOWN,
  type BatteryHealthRow,
  type FleetHardwareHealth,
  type Hardware,
  type StorageHealthRow,
} from '@handraise/shared';

/** A computer as the summary reads it. */
export type HealthInput = { id: string; name: string; room: string | null; hardware: Hardware };

// Read-only images are full by design (snaps, a DVD in the drive): never a disk filling up.
const READ_ONLY_IMAGES: ReadonlySet<string> = new Set(['squashfs', 'iso9660', 'udf', 'erofs']);

/**
 * The computer's weakest battery: the detailed list's lowest health, else the older summary's
 * figure; null when it reports none (a desktop).
 */
export function weakestBattery(
  hardware: Hardware,
): { healthPercent: number; cycleCount: number | null } | null {
  const detailed = (hardware.batteries ?? []).flatMap((b) =>
    b.healthPercent === undefined
      ? []
      : [{ healthPercent: b.healthPercent, cycleCount: b.cycleCount ?? null }],
  );
  if (detailed.length > 0)
    return detailed.reduce((a, b) => (b.healthPercent < a.healthPercent ? b : a));
  const summary = hardware.battery;
  if (summary?.healthPercent === undefined) return null;
  return { healthPercent: summary.healthPercent, cycleCount: summary.cycleCount ?? null };
}

/** The computer's fullest filesystem of 1 GiB or more (not a read-only image); null if none. */
export function fullestFilesystem(
  hardware: Hardware,
): { freePercent: number; freeBytes: number; mount: string } | null {
  let fullest: { freePercent: number; freeBytes: number; mount: string } | null = null;
  for (const disk of hardware.disks) {
    if (disk.sizeBytes < DISK_COUNTED_MIN_BYTES || READ_ONLY_IMAGES.has(disk.fsType)) continue;
    const freeBytes = Math.max(0, disk.sizeBytes - disk.usedBytes);
    const freePercent = (freeBytes / disk.sizeBytes) * 100;
    if (!fullest || freePercent < fullest.freePercent)
      fullest = { freePercent, freeBytes, mount: disk.mount };
  }
  return fullest;
}

/** Rows sorted by `key` ascending (name, then id, on ties), the first few kept. */
function worst<R extends { name: string; id: string }>(rows: R[], key: (row: R) => number): R[] {
  return rows
    .sort((a, b) => key(a) - key(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, HARDWARE_HEALTH_DEVICES_SHOWN);
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Folds computers into the summary, one at a time (a fleet is read a page at a time). */
export function createHealthTally() {
  const batteries: BatteryHealthRow[] = [];
  const storage: StorageHealthRow[] = [];
  const counts = { under60: 0, under80: 0, under10PercentFree: 0, under20PercentFree: 0 };
  return {
    add({ id, name, room, hardware }: HealthInput): void {
      const battery = weakestBattery(hardware);
      if (battery) {
        batteries.push({ id, name, room, ...battery });
        if (battery.healthPercent < BATTERY_REPLACE_BELOW_PERCENT) counts.under60++;
        if (battery.healthPercent < BATTERY_WORN_BELOW_PERCENT) counts.under80++;
      }
      const disk = fullestFilesystem(hardware);
      if (disk) {
        storage.push({ id, name, room, ...disk });
        if (disk.freePercent < DISK_CRITICAL_BELOW_FREE_PERCENT) counts.under10PercentFree++;
        if (disk.freePercent < DISK_LOW_BELOW_FREE_PERCENT) counts.under20PercentFree++;
      }
    },
    summary(): FleetHardwareHealth {
      return {
        batteries: {
          reported: batteries.length,
          under60: counts.under60,
          under80: counts.under80,
          devices: worst(batteries, (row) => row.healthPercent),
        },
        storage: {
          reported: storage.length,
          under10PercentFree: counts.under10PercentFree,
          under20PercentFree: counts.under20PercentFree,
          // Counted and ordered on the exact share; shown to one decimal.
          devices: worst(storage, (row) => row.freePercent).map((row) => ({
            ...row,
            freePercent: oneDecimal(row.freePercent),
          })),
        },
      };
    },
  };
}
