import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatteryFacts } from '../../../parsers/hardware/hardware-facts.ts';
import { meaningful } from '../../../parsers/hardware/placeholders.ts';
import { found, missing, readTextFile, type Reading, type StateContext } from './state-reading.ts';

const COLLECTOR = 'batteries';

/** sysfs reports energy in µWh and charge in µAh; the facts carry mWh and mAh. */
const MICRO_PER_MILLI = 1000;

/** The attributes of one power supply folder that a battery's facts come from. */
export const BATTERY_ATTRIBUTES = [
  'type',
  'scope',
  'present',
  'energy_full_design',
  'energy_full',
  'charge_full_design',
  'charge_full',
  'cycle_count',
  'manufacturer',
  'model_name',
  'serial_number',
  'technology',
] as const;

export type BatteryAttribute = (typeof BATTERY_ATTRIBUTES)[number];
export type BatteryAttributes = Partial<Record<BatteryAttribute, string>>;

function milli(micro: string | undefined): number | undefined {
  const text = micro?.trim() ?? '';
  if (!/^\d+$/.test(text)) return undefined;
  const value = Math.round(Number(text) / MICRO_PER_MILLI);
  return value > 0 ? value : undefined;
}

/** Full over design capacity in percent, one decimal. */
function healthPercent(full: number | undefined, design: number | undefined): number | undefined {
  if (full === undefined || design === undefined) return undefined;
  return Math.round((full / design) * 1000) / 10;
}

/**
 * A laptop battery from its /sys/class/power_supply folder's attributes; undefined when the
 * folder is not a system battery (mains adapters, USB ports, a wireless mouse's battery with
 * scope `Device`) or its bay is empty (`present` 0).
 */
export function batteryFromAttributes(
  name: string,
  attributes: BatteryAttributes,
): BatteryFacts | undefined {
  const text = (key: BatteryAttribute) => attributes[key]?.trim();
  if (text('type') !== 'Battery' || text('scope') === 'Device' || text('present') === '0') {
    return undefined;
  }
  const battery: BatteryFacts = { name };
  const strings: [keyof BatteryFacts, BatteryAttribute][] = [
    ['manufacturer', 'manufacturer'],
    ['model', 'model_name'],
    ['serial', 'serial_number'],
    ['chemistry', 'technology'],
  ];
  for (const [field, attribute] of strings) {
    const value = meaningful(text(attribute));
    if (value !== undefined) Object.assign(battery, { [field]: value });
  }
  // Drivers report either energy or charge, depending on what the battery's gauge measures.
  const designMWh = milli(text('energy_full_design'));
  const fullMWh = milli(text('energy_full'));
  const designMAh = milli(text('charge_full_design'));
  const fullMAh = milli(text('charge_full'));
  if (designMWh !== undefined) battery.designCapacityMWh = designMWh;
  if (fullMWh !== undefined) battery.fullChargeCapacityMWh = fullMWh;
  if (designMAh !== undefined) battery.designCapacityMAh = designMAh;
  if (fullMAh !== undefined) battery.fullChargeCapacityMAh = fullMAh;
  const health = healthPercent(fullMWh, designMWh) ?? healthPercent(fullMAh, designMAh);
  if (health !== undefined) battery.healthPercent = health;
  const cycles = text('cycle_count');
  if (cycles !== undefined && /^\d+$/.test(cycles)) battery.cycleCount = Number(cycles);
  return battery;
}

async function readAttributes(folder: string): Promise<BatteryAttributes> {
  const values = await Promise.all(
    BATTERY_ATTRIBUTES.map(async (attribute) => {
      const file = await readTextFile(join(folder, attribute));
      return [attribute, file.ok ? file.text : undefined] as const;
    }),
  );
  const attributes: BatteryAttributes = {};
  for (const [attribute, value] of values) if (value !== undefined) attributes[attribute] = value;
  return attributes;
}

/**
 * Every system battery under /sys/class/power_supply. Each folder's `type` decides, not its name:
 * batteries are BAT0 on most laptops but CMB0 or BATT on some.
 */
export async function readBatteries(context: StateContext): Promise<Reading<BatteryFacts[]>> {
  const root = context.paths.powerSupplyClass;
  let names: string[];
  try {
    names = (await readdir(root)).sort();
  } catch {
    return missing(COLLECTOR, `no battery (${root} is absent or not readable)`);
  }
  const batteries = await Promise.all(
    names.map(async (name) => {
      // Mains adapters and USB ports are most folders; their type alone rules them out.
      const type = await readTextFile(join(root, name, 'type'));
      if (!type.ok || type.text.trim() !== 'Battery') return undefined;
      return batteryFromAttributes(name, await readAttributes(join(root, name)));
    }),
  );
  const present = batteries.filter((battery) => battery !== undefined);
  if (present.length === 0) return missing(COLLECTOR, 'no battery');
  return found(present);
}
