import { afterEach, describe, expect, it } from 'vitest';
import { fakeRunner } from '../../testing/fake-runner.ts';
import { batteryFromAttributes, readBatteries } from './batteries.ts';
import { contextUnder, temporaryTree } from './state-test-support.ts';

const SUPPLY = 'sys/class/power_supply';

describe('batteryFromAttributes', () => {
  it('reads an energy-reporting battery in mWh', () => {
    expect(
      batteryFromAttributes('BAT0', {
        type: 'Battery\n',
        present: '1\n',
        energy_full_design: '57000000\n',
        energy_full: '45600000\n',
        cycle_count: '312\n',
        manufacturer: 'SMP\n',
        model_name: '5B10W13930\n',
        serial_number: ' 1234\n',
        technology: 'Li-poly\n',
      }),
    ).toEqual({
      name: 'BAT0',
      manufacturer: 'SMP',
      model: '5B10W13930',
      serial: '1234',
      chemistry: 'Li-poly',
      designCapacityMWh: 57000,
      fullChargeCapacityMWh: 45600,
      healthPercent: 80,
      cycleCount: 312,
    });
  });

  it('reads a charge-reporting battery in mAh and drops placeholders', () => {
    expect(
      batteryFromAttributes('BAT1', {
        type: 'Battery',
        charge_full_design: '4910000',
        charge_full: '4123456',
        cycle_count: '0',
        manufacturer: 'Unknown',
        serial_number: '',
        technology: 'Unknown',
      }),
    ).toEqual({
      name: 'BAT1',
      designCapacityMAh: 4910,
      fullChargeCapacityMAh: 4123,
      healthPercent: 84,
      cycleCount: 0,
    });
  });

  it('is undefined for mains, peripherals and empty bays', () => {
    expect(batteryFromAttributes('AC', { type: 'Mains' })).toBeUndefined();
    expect(
      batteryFromAttributes('hidpp_battery_0', { type: 'Battery', scope: 'Device' }),
    ).toBeUndefined();
    expect(batteryFromAttributes('BAT1', { type: 'Battery', present: '0' })).toBeUndefined();
    expect(batteryFromAttributes('BAT0', {})).toBeUndefined();
  });
});

describe('readBatteries', () => {
  const trees: (() => void)[] = [];
  afterEach(() => trees.splice(0).forEach((remove) => remove()));
  const tree = (entries: Parameters<typeof temporaryTree>[0]) => {
    const made = temporaryTree(entries);
    trees.push(made.remove);
    return made.root;
  };
  const { run } = fakeRunner({});

  it('reads every system battery folder, whatever its name', async () => {
    const root = tree({
      [`${SUPPLY}/AC/type`]: 'Mains\n',
      [`${SUPPLY}/AC/online`]: '1\n',
      [`${SUPPLY}/CMB0/type`]: 'Battery\n',
      [`${SUPPLY}/CMB0/energy_full_design`]: '48000000\n',
      [`${SUPPLY}/CMB0/energy_full`]: '47520000\n',
      [`${SUPPLY}/CMB0/manufacturer`]: 'Panasonic\n',
      [`${SUPPLY}/CMB0/technology`]: 'Li-ion\n',
      [`${SUPPLY}/hid-mouse-battery/type`]: 'Battery\n',
      [`${SUPPLY}/hid-mouse-battery/scope`]: 'Device\n',
    });
    expect(await readBatteries(contextUnder(root, run))).toEqual({
      value: [
        {
          name: 'CMB0',
          manufacturer: 'Panasonic',
          chemistry: 'Li-ion',
          designCapacityMWh: 48000,
          fullChargeCapacityMWh: 47520,
          healthPercent: 99,
        },
      ],
      notes: [],
    });
  });

  it('notes a machine without a battery', async () => {
    const desktop = tree({ [`${SUPPLY}/AC/type`]: 'Mains\n' });
    expect(await readBatteries(contextUnder(desktop, run))).toEqual({
      notes: [{ collector: 'batteries', error: 'no battery' }],
    });
    const none = await readBatteries(contextUnder(tree({}), run));
    expect(none.notes[0]?.error).toMatch(/^no battery/);
  });
});
