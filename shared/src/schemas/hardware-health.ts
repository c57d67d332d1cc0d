import { z } from 'zod';
import { idSchema, shortString } from './common.ts';

// `GET /api/fleet/hardware-health`: the fleet's worn batteries and full disks, for the console's
// fleet view, worked out by the hub from each computer's latest hardware report.

/** Battery health (full charge over design capacity) below which a battery is due for replacing. */
export const BATTERY_REPLACE_BELOW_PERCENT = 60;
/** Below this, a battery is worn: plan its replacement. */
export const BATTERY_WORN_BELOW_PERCENT = 80;
/** Free space on a filesystem below which updates and profiles start failing. */
export const DISK_CRITICAL_BELOW_FREE_PERCENT = 10;
/** Below this, the filesystem is getting full. */
export const DISK_LOW_BELOW_FREE_PERCENT = 20;
/** Filesystems smaller than this are system partitions (EFI, boot, recovery): always near full. */
export const DISK_COUNTED_MIN_BYTES = 1024 ** 3;
/** Computers listed per part, worst first. */
export const HARDWARE_HEALTH_DEVICES_SHOWN = 50;

const count = z.number().int().nonnegative();
const place = { id: idSchema, name: shortString, room: shortString.nullable() };

export const batteryHealthRowSchema = z.strictObject({
  ...place,
  /** The computer's weakest battery's health, percent. */
  healthPercent: z.number().nonnegative(),
  cycleCount: count.nullable(),
});
export type BatteryHealthRow = z.infer<typeof batteryHealthRowSchema>;

export const storageHealthRowSchema = z.strictObject({
  ...place,
  /** The computer's fullest filesystem: its free share (percent, one decimal), bytes and mount. */
  freePercent: z.number().nonnegative().max(100),
  freeBytes: count,
  mount: shortString,
});
export type StorageHealthRow = z.infer<typeof storageHealthRowSchema>;

export const fleetHardwareHealthSchema = z.strictObject({
  batteries: z.strictObject({
    /** Computers that report a battery's health. */
    reported: count,
    /** Under BATTERY_REPLACE_BELOW_PERCENT. */
    under60: count,
    /** Under BATTERY_WORN_BELOW_PERCENT (those under 60 % included). */
    under80: count,
    /** The worst HARDWARE_HEALTH_DEVICES_SHOWN, lowest health first. */
    devices: z.array(batteryHealthRowSchema),
  }),
  storage: z.strictObject({
    /** Computers that report a filesystem of DISK_COUNTED_MIN_BYTES or more. */
    reported: count,
    /** Fullest filesystem under DISK_CRITICAL_BELOW_FREE_PERCENT free. */
    under10PercentFree: count,
    /** Under DISK_LOW_BELOW_FREE_PERCENT free (those under 10 % included). */
    under20PercentFree: count,
    /** The worst HARDWARE_HEALTH_DEVICES_SHOWN, least free first. */
    devices: z.array(storageHealthRowSchema),
  }),
});
export type FleetHardwareHealth = z.infer<typeof fleetHardwareHealthSchema>;
