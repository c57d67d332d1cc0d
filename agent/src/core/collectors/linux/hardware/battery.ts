import { existsSync, readFileSync } from 'node:fs';
import type { BatteryFacts } from '../../hardware-mapping.ts';
import { lineValue } from './key-values.ts';

const POWER_SUPPLY = '/sys/class/power_supply';

const NO_BATTERY: BatteryFacts = {
  hasBattery: false,
  cycleCount: 0,
  designedCapacity: 0,
  maxCapacity: 0,
};

/**
 * A battery's health figures from its uevent file, as systeminformation's battery() computed
 * them (but for the design energy, see below): charge in µAh turned into mWh with the voltage
 * where the driver reports one, else energy in µWh; present when it holds charge or is charging.
 */
export function batteryFromUevent(uevent: string): BatteryFacts {
  const lines = uevent.split('\n');
  const value = (key: string, exactKey = false) =>
    lineValue(lines, key, { separator: '=', trimLines: exactKey, exactKey });
  // `'0' + value`: an absent figure reads as 0, as it did.
  const int = (key: string, exactKey = false) => parseInt(`0${value(key, exactKey)}`, 10);

  const isCharging = value('POWER_SUPPLY_STATUS').toLowerCase() === 'charging';
  const voltage = int('POWER_SUPPLY_VOLTAGE_NOW') / 1_000_000;
  const minDesignVoltage = int('POWER_SUPPLY_VOLTAGE_MIN_DESIGN') / 1_000_000;
  let maxCapacity = Math.round((int('POWER_SUPPLY_CHARGE_FULL', true) / 1000) * (voltage || 1));
  let designedCapacity = Math.round(
    (int('POWER_SUPPLY_CHARGE_FULL_DESIGN', true) / 1000) * (minDesignVoltage || voltage || 1),
  );
  let currentCapacity = Math.round((int('POWER_SUPPLY_CHARGE_NOW') / 1000) * (voltage || 1));
  if (!maxCapacity) {
    maxCapacity = int('POWER_SUPPLY_ENERGY_FULL', true) / 1000;
    // The design figure alone. systeminformation wrote `design | full` here, a bitwise OR that
    // merged the two numbers' bits into one larger than either, so health read too low; and a
    // missing design figure must stay unknown (0), not borrow the full one and read as 100 %.
    designedCapacity = int('POWER_SUPPLY_ENERGY_FULL_DESIGN', true) / 1000;
    currentCapacity = int('POWER_SUPPLY_ENERGY_NOW') / 1000;
  }
  return {
    hasBattery: Boolean(maxCapacity && currentCapacity) || isCharging,
    cycleCount: int('POWER_SUPPLY_CYCLE_COUNT'),
    designedCapacity,
    maxCapacity,
  };
}

/** The first battery systeminformation would have read (BAT1, else BAT0), or none. */
export function readLinuxBattery(root = POWER_SUPPLY): BatteryFacts {
  const battery = ['BAT1', 'BAT0']
    .map((name) => `${root}/${name}/uevent`)
    .find((path) => existsSync(path));
  if (battery === undefined) return NO_BATTERY;
  try {
    return batteryFromUevent(readFileSync(battery, 'utf8'));
  } catch {
    return NO_BATTERY;
  }
}
