import {
  BATTERY_REPLACE_BELOW_PERCENT,
  BATTERY_WORN_BELOW_PERCENT,
  DISK_CRITICAL_BELOW_FREE_PERCENT,
  DISK_LOW_BELOW_FREE_PERCENT,
  type BatteryDetail,
  type ChassisKind,
  type PhysicalDisk,
  type VolumeEncryption,
} from '@handraise/shared';
import { formatCount } from '../../../lib/format.ts';
import type { Tone } from '../../../lib/labels.ts';

export const CHASSIS_LABELS: Record<ChassisKind, string> = {
  desktop: 'Desktop',
  laptop: 'Laptop',
  'all-in-one': 'All-in-one',
  tablet: 'Tablet',
  'mini-pc': 'Mini PC',
  server: 'Server',
  'virtual-machine': 'Virtual machine',
  other: 'Other',
};

export const DISK_KIND_LABELS: Record<PhysicalDisk['kind'], string> = {
  ssd: 'SSD',
  hdd: 'Hard disk',
  nvme: 'NVMe SSD',
  unknown: 'Disk',
};

export const DISK_HEALTH: Record<PhysicalDisk['health'], { label: string; tone: Tone } | null> = {
  ok: { label: 'Healthy', tone: 'good' },
  warning: { label: 'Warning', tone: 'warn' },
  failing: { label: 'Failing', tone: 'bad' },
  // The OS said nothing: no verdict to show.
  unknown: null,
};

export const ENCRYPTION_METHODS: Record<VolumeEncryption['method'], string> = {
  bitlocker: 'BitLocker',
  filevault: 'FileVault',
  luks: 'LUKS',
};

export const ENCRYPTION_STATES: Record<VolumeEncryption['state'], { label: string; tone: Tone }> = {
  on: { label: 'Encrypted', tone: 'good' },
  off: { label: 'Not encrypted', tone: 'warn' },
  unknown: { label: 'Unknown', tone: 'neutral' },
};

// Below these, free space and battery health read as a warning, then as a problem (percent): the
// hub's own thresholds, so a computer's page and the fleet's counts agree.
export const FREE_SPACE_WARN_PERCENT = DISK_LOW_BELOW_FREE_PERCENT;
export const FREE_SPACE_BAD_PERCENT = DISK_CRITICAL_BELOW_FREE_PERCENT;
export const BATTERY_WARN_PERCENT = BATTERY_WORN_BELOW_PERCENT;
export const BATTERY_BAD_PERCENT = BATTERY_REPLACE_BELOW_PERCENT;

/** The tone of a share that is bad when low (free space, battery health). */
export function lowIsBadTone(percent: number, warnBelow: number, badBelow: number): Tone {
  if (percent < badBelow) return 'bad';
  if (percent < warnBelow) return 'warn';
  return 'good';
}

/** "On" / "Off" for a switch the OS reports. */
export const onOff = (value: boolean | undefined): string | undefined =>
  value === undefined ? undefined : value ? 'On' : 'Off';

/** "Yes" / "No" for a question the OS answers. */
export const yesNo = (value: boolean | undefined): string | undefined =>
  value === undefined ? undefined : value ? 'Yes' : 'No';

const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A YYYY-MM-DD day in the reader's words, the same day wherever the reader is. A day that is no
 * day of the calendar ("2020-13-45", firmware that never set its clock) is shown as the agent
 * sent it: formatting it would throw, and quietly moving it to another day would mislead.
 */
export function formatDay(day: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return day;
  const [year, month, date] = parts.slice(1).map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC rolls over (month 13 is next January): the day exists only if it comes back as sent.
  const exists =
    at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date;
  return exists ? calendarDay.format(at) : day;
}

/** "52,400 of 57,000 mWh design", in the units the battery reported (mWh preferred). */
export function capacityText(battery: BatteryDetail): string | undefined {
  const pairs: [number | undefined, number | undefined, string][] = [
    [battery.fullChargeCapacityMWh, battery.designCapacityMWh, 'mWh'],
    [battery.fullChargeCapacityMAh, battery.designCapacityMAh, 'mAh'],
  ];
  for (const [full, design, unit] of pairs) {
    if (full !== undefined && design !== undefined)
      return `${formatCount(full)} of ${formatCount(design)} ${unit} design`;
    if (full !== undefined) return `${formatCount(full)} ${unit} at full charge`;
    if (design !== undefined) return `${formatCount(design)} ${unit} design`;
  }
  return undefined;
}

/** A percentage rounded for reading: "43 %", "0.4 %" below one. */
export function formatPercent(percent: number): string {
  return percent > 0 && percent < 1 ? `${percent.toFixed(1)} %` : `${Math.round(percent)} %`;
}

/** Several words joined by " · ", the absent ones left out; undefined when none is left. */
export function joined(parts: readonly (string | undefined | null | false)[]): string | undefined {
  const present = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return present.length > 0 ? present.join(' · ') : undefined;
}
