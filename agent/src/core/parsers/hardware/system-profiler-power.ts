// Batteries from `system_profiler SPPowerDataType`, text or `-xml`, alone or inside a full report.
// Only the `Battery Information` part is read: the charger's `Serial Number` and the sleep
// settings sit in other groups of the same section.
import type { PlistDict } from '../macos/plist-xml.ts';
import type { BatteryFacts } from './hardware-facts.ts';
import { meaningful } from './placeholders.ts';
import {
  deepValue,
  isPlistText,
  plistText,
  readPlist,
  sectionItems,
} from './system-profiler-plist.ts';
import { deepFieldOf, groupsOf, readProfilerTree, sectionOf } from './system-profiler-tree.ts';

/** The battery fields as printed, from either form. */
type BatteryRecord = {
  serial?: string;
  manufacturer?: string;
  deviceName?: string;
  cycleCount?: string;
  condition?: string;
  fullChargeMAh?: string;
  designMAh?: string;
  /** "87%" (macOS 12 and later): macOS's own health figure. */
  maximumCapacity?: string;
  installed?: string;
};

const POWER = 'SPPowerDataType';
/** Keys that mark a dict of SPPowerDataType's `_items` as a battery. */
const BATTERY_KEYS = [
  'sppower_battery_model_info',
  'sppower_battery_charge_info',
  'sppower_battery_health_info',
] as const;
const PERCENT_DECIMALS = 10;
/** What the XML calls a healthy battery; the text form (and System Settings) says "Normal". */
const XML_HEALTHY = 'Good';
const TEXT_HEALTHY = 'Normal';

/**
 * Each installed battery's maker, serial, cycle count, condition and capacities (mAh). A full
 * charge capacity of 0 (a worn-out pack on 10.6 reports that) is absent, not zero.
 */
export function parseSystemProfilerPower(text: string): BatteryFacts[] {
  const records = isPlistText(text) ? readPowerXml(text) : readPowerText(text);
  return records.flatMap((record) => batteryOf(record) ?? []);
}

function readPowerText(text: string): BatteryRecord[] {
  const root = readProfilerTree(text);
  const power = sectionOf(root, 'Power') ?? root;
  // Labels are matched in any letter case: 10.6 wrote `Cycle count`, `Device name`.
  return groupsOf(power, 'Battery Information').map((group) => ({
    serial: deepFieldOf(group, 'Serial Number'),
    manufacturer: deepFieldOf(group, 'Manufacturer'),
    deviceName: deepFieldOf(group, 'Device Name'),
    cycleCount: deepFieldOf(group, 'Cycle Count'),
    condition: deepFieldOf(group, 'Condition'),
    fullChargeMAh: deepFieldOf(group, 'Full Charge Capacity (mAh)'),
    designMAh: deepFieldOf(group, 'Design Capacity (mAh)'),
    maximumCapacity: deepFieldOf(group, 'Maximum Capacity'),
    installed: deepFieldOf(group, 'Battery Installed'),
  }));
}

function readPowerXml(text: string): BatteryRecord[] {
  const batteries = sectionItems(readPlist(text), POWER).filter(isBattery);
  return batteries.map((battery) => {
    const at = (key: string): string | undefined => plistText(deepValue(battery, key));
    const health = at('sppower_battery_health');
    return {
      serial: at('sppower_battery_serial_number'),
      manufacturer: at('sppower_battery_manufacturer'),
      deviceName: at('sppower_battery_device_name'),
      cycleCount: at('sppower_battery_cycle_count'),
      condition: health === XML_HEALTHY ? TEXT_HEALTHY : health,
      fullChargeMAh: at('sppower_battery_max_capacity'),
      designMAh: at('sppower_battery_design_capacity'),
      maximumCapacity: at('sppower_battery_health_maximum_capacity'),
      installed: at('sppower_battery_installed'),
    };
  });
}

function isBattery(item: PlistDict): boolean {
  return item._name === 'spbattery_information' || BATTERY_KEYS.some((key) => key in item);
}

function batteryOf(record: BatteryRecord): BatteryFacts | undefined {
  if (/^(?:no|false)$/i.test(record.installed?.trim() ?? '')) return undefined;
  const battery: BatteryFacts = {};
  const name = meaningful(record.deviceName);
  if (name) battery.name = name;
  const manufacturer = meaningful(record.manufacturer);
  if (manufacturer) battery.manufacturer = manufacturer;
  const serial = meaningful(record.serial);
  if (serial) battery.serial = serial;
  const cycles = wholeNumber(record.cycleCount);
  if (cycles !== undefined) battery.cycleCount = cycles;
  const condition = meaningful(record.condition);
  if (condition) battery.condition = condition;
  const full = positiveNumber(record.fullChargeMAh);
  if (full !== undefined) battery.fullChargeCapacityMAh = full;
  const design = positiveNumber(record.designMAh);
  if (design !== undefined) battery.designCapacityMAh = design;
  const health = percent(record.maximumCapacity) ?? ratioPercent(full, design);
  if (health !== undefined) battery.healthPercent = health;
  return Object.keys(battery).length > 0 ? battery : undefined;
}

function wholeNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? '';
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function positiveNumber(text: string | undefined): number | undefined {
  const value = wholeNumber(text);
  return value !== undefined && value > 0 ? value : undefined;
}

// "87%", "100 %" (a French system puts a no-break space before the sign).
function percent(text: string | undefined): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(text?.trim() ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1].replace(',', '.'));
}

function ratioPercent(full: number | undefined, design: number | undefined): number | undefined {
  if (full === undefined || design === undefined) return undefined;
  return Math.round((full / design) * 100 * PERCENT_DECIMALS) / PERCENT_DECIMALS;
}
