import { describe, expect, it } from 'vitest';
import { readFixtureText, reportMatches } from '../testing/fixtures.ts';
import type { BatteryFacts } from './hardware-facts.ts';
import { parseSystemProfilerPower } from './system-profiler-power.ts';
import { countMatchingLeaves } from './testing/match-facts.ts';

// The USB-C MacBook's battery, identical in both captures (only the charger's flag differs).
// The charger's own `Serial Number: HD2J66XBVX2K` must not become the battery's.
const USB_C_MACBOOK_BATTERY: BatteryFacts = {
  name: 'bq20z451',
  manufacturer: 'SMP',
  serial: 'HD2J77',
  cycleCount: 125,
  condition: 'Normal',
  fullChargeCapacityMAh: 4069,
};

/**
 * GLPI's recorded system_profiler outputs (shared/fixtures/hardware/macos/), batteries read off
 * each file by eye. The desktops' full reports have a Power section without a battery.
 */
const EXPECTED: ReadonlyArray<{ file: string; batteries: BatteryFacts[] }> = [
  { file: 'hardware/macos/10.4-powerpc', batteries: [] },
  { file: 'hardware/macos/10.6-macmini', batteries: [] },
  {
    // Lower-case labels of 10.6.6; `Full charge capacity (mAh): 0` is a dead pack, not a size.
    file: 'hardware/macos/10.6.6-intel',
    batteries: [{ name: 'ASMB016', manufacturer: 'DP', cycleCount: 5, condition: 'Replace Now' }],
  },
  { file: 'hardware/macos/charged-SPPowerDataType', batteries: [USB_C_MACBOOK_BATTERY] },
  { file: 'hardware/macos/charging-SPPowerDataType', batteries: [USB_C_MACBOOK_BATTERY] },
];

describe('parseSystemProfilerPower over GLPI captures', () => {
  for (const { file, batteries } of EXPECTED) {
    it(`reads ${file}`, () => {
      const got = parseSystemProfilerPower(readFixtureText(file));
      const { matched, total } = countMatchingLeaves(got, batteries);
      reportMatches(`system-profiler-power ${file}`, matched, total);
      expect(got).toEqual(batteries);
    });
  }
});
