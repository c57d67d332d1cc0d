import { describe, expect, it } from 'vitest';
import { toHardware } from '../../hardware-mapping.ts';
import { laptopRaw } from '../../hardware-test-fixtures.ts';
import { batteryFromUevent } from './battery.ts';

// Expected figures are what systeminformation 5.33's battery() computed from the same files,
// except the design energy, which it merged with the full energy by a bitwise OR.
describe('batteryFromUevent', () => {
  it('reads a battery that reports energy (µWh) with its own design figure', () => {
    const uevent = `POWER_SUPPLY_NAME=BAT0
POWER_SUPPLY_STATUS=Discharging
POWER_SUPPLY_CYCLE_COUNT=312
POWER_SUPPLY_VOLTAGE_MIN_DESIGN=11580000
POWER_SUPPLY_VOLTAGE_NOW=12023000
POWER_SUPPLY_POWER_NOW=6914000
POWER_SUPPLY_ENERGY_FULL_DESIGN=57000000
POWER_SUPPLY_ENERGY_FULL=45600000
POWER_SUPPLY_ENERGY_NOW=31500000
POWER_SUPPLY_CAPACITY=69
POWER_SUPPLY_CAPACITY_LEVEL=Normal
`;
    // Not 57000 | 45600 = 65192, the merged bits systeminformation reported as the design.
    const battery = batteryFromUevent(uevent);
    expect(battery).toEqual({
      hasBattery: true,
      cycleCount: 312,
      designedCapacity: 57000,
      maxCapacity: 45600,
    });
    // Health is full over design: 45600 / 57000 = 80.0 %, where the merged figure gave 69.9 %.
    expect(toHardware({ ...laptopRaw, battery }).battery).toEqual({
      cycleCount: 312,
      healthPercent: 80,
    });
  });

  it('leaves health unknown when the driver gives no design energy', () => {
    const uevent = `POWER_SUPPLY_STATUS=Discharging
POWER_SUPPLY_CYCLE_COUNT=40
POWER_SUPPLY_ENERGY_FULL=45600000
POWER_SUPPLY_ENERGY_NOW=31500000
`;
    const battery = batteryFromUevent(uevent);
    expect(battery.designedCapacity).toBe(0);
    // The OR fallback made the design equal the full figure: a worn battery read as 100 %.
    expect(toHardware({ ...laptopRaw, battery }).battery).toEqual({ cycleCount: 40 });
  });

  it('reads a battery that reports charge (µAh), turned into mWh with the voltages', () => {
    const uevent = `POWER_SUPPLY_STATUS=Charging
POWER_SUPPLY_CYCLE_COUNT=0
POWER_SUPPLY_VOLTAGE_MIN_DESIGN=7600000
POWER_SUPPLY_VOLTAGE_NOW=8200000
POWER_SUPPLY_CHARGE_FULL_DESIGN=5000000
POWER_SUPPLY_CHARGE_FULL=4200000
POWER_SUPPLY_CHARGE_NOW=2100000
`;
    expect(batteryFromUevent(uevent)).toEqual({
      hasBattery: true,
      cycleCount: 0,
      designedCapacity: 38000,
      maxCapacity: 34440,
    });
  });

  it('finds no battery in an empty or dead one', () => {
    expect(batteryFromUevent('POWER_SUPPLY_STATUS=Unknown\n').hasBattery).toBe(false);
  });
});
