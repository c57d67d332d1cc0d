import { describe, expect, it } from 'vitest';
import { readWindowsBatteries } from './hardware-battery.ts';

/** A four-letter chemistry tag packed into a little-endian number, as BatteryStaticData gives it. */
const packed = (tag: string) =>
  [...tag].reduce((sum, character, index) => sum + character.charCodeAt(0) * 2 ** (8 * index), 0);

describe('readWindowsBatteries', () => {
  it('joins two batteries by InstanceName, whatever order the classes list them in', () => {
    const front = 'ACPI\\PNP0C0A\\1_0';
    const rear = 'ACPI\\PNP0C0A\\2_0';
    const batteries = readWindowsBatteries({
      BatteryStatic: [
        { InstanceName: front, DesignedCapacity: 24000, Chemistry: packed('LiP ') },
        { InstanceName: rear, DesignedCapacity: 48000, Chemistry: packed('NiMH') },
      ],
      BatteryFullCharge: [
        { InstanceName: rear, FullChargedCapacity: 24000 },
        { InstanceName: front, FullChargedCapacity: 23000 },
      ],
      BatteryCycles: [
        { InstanceName: rear, CycleCount: 900 },
        { InstanceName: front, CycleCount: 0 },
      ],
    });
    expect(batteries).toEqual([
      {
        chemistry: 'Lithium Polymer',
        designCapacityMWh: 24000,
        fullChargeCapacityMWh: 23000,
        cycleCount: 0,
        healthPercent: 95.8,
      },
      {
        chemistry: 'Nickel Metal Hydride',
        designCapacityMWh: 48000,
        fullChargeCapacityMWh: 24000,
        cycleCount: 900,
        healthPercent: 50,
      },
    ]);
  });

  it('reads a battery Win32_Battery alone reports, with its chemistry code', () => {
    expect(
      readWindowsBatteries({ Batteries: { Name: '5B10W13975', DeviceID: 'x', Chemistry: 8 } }),
    ).toEqual([{ name: '5B10W13975', chemistry: 'Lithium Polymer' }]);
  });

  it('gives no health from a zero design capacity, and no chemistry from an unknown tag', () => {
    expect(
      readWindowsBatteries({
        BatteryStatic: [{ InstanceName: 'b', DesignedCapacity: 0, Chemistry: packed('ABCD') }],
        BatteryFullCharge: [{ InstanceName: 'b', FullChargedCapacity: 30000 }],
        Batteries: [{ Name: 'Unknown', Chemistry: 2 }],
      }),
    ).toEqual([{ fullChargeCapacityMWh: 30000 }]);
  });

  it('finds none on a desktop', () => {
    expect(readWindowsBatteries({ Batteries: [] })).toEqual([]);
    expect(readWindowsBatteries({})).toEqual([]);
  });
});
