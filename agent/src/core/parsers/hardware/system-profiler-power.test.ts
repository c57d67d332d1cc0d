import { describe, expect, it } from 'vitest';
import { parseSystemProfilerPower } from './system-profiler-power.ts';

// An Apple silicon MacBook Air on current macOS: no capacities in mAh, macOS's own health
// figure instead, and a charger whose serial must not be taken for the battery's. Values invented.
const APPLE_SILICON_TEXT = `Power:

    Battery Information:

      Model Information:
          Serial Number: F5D3120Q2AB1C2DEF
          Device Name: bq40z651
          Firmware Version: 0b00
          Hardware Revision: 0100
          Cell Revision: 2616
      Charge Information:
          The battery's charge is below the warning level: No
          The battery is fully charged: No
          Charging: No
          State of Charge (%): 71
      Health Information:
          Cycle Count: 212
          Condition: Normal
          Maximum Capacity: 87%
      Battery Installed: Yes

    System Power Settings:

      AC Power:
          System Sleep Timer (Minutes): 1

    AC Charger Information:

      Connected: Yes
      Serial Number: C4H3221ZZZZ
      Name: 35W USB-C Power Adapter
`;

const APPLE_SILICON_XML = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<array><dict>
	<key>_dataType</key><string>SPPowerDataType</string>
	<key>_items</key>
	<array>
		<dict>
			<key>_name</key><string>spbattery_information</string>
			<key>sppower_battery_charge_info</key>
			<dict>
				<key>sppower_battery_is_charging</key><string>FALSE</string>
				<key>sppower_battery_state_of_charge</key><integer>71</integer>
			</dict>
			<key>sppower_battery_health_info</key>
			<dict>
				<key>sppower_battery_cycle_count</key><integer>212</integer>
				<key>sppower_battery_health</key><string>Good</string>
				<key>sppower_battery_health_maximum_capacity</key><string>87%</string>
			</dict>
			<key>sppower_battery_installed</key><string>TRUE</string>
			<key>sppower_battery_model_info</key>
			<dict>
				<key>sppower_battery_device_name</key><string>bq40z651</string>
				<key>sppower_battery_serial_number</key><string>F5D3120Q2AB1C2DEF</string>
			</dict>
		</dict>
		<dict>
			<key>_name</key><string>sppower_ac_charger_information</string>
			<key>sppower_ac_charger_serial_number</key><string>C4H3221ZZZZ</string>
		</dict>
	</array>
</dict></array>
</plist>`;

const APPLE_SILICON_BATTERY = {
  name: 'bq40z651',
  serial: 'F5D3120Q2AB1C2DEF',
  cycleCount: 212,
  condition: 'Normal',
  healthPercent: 87,
};

describe('parseSystemProfilerPower', () => {
  it('reads the battery of current macOS text, with Maximum Capacity as health', () => {
    expect(parseSystemProfilerPower(APPLE_SILICON_TEXT)).toEqual([APPLE_SILICON_BATTERY]);
  });

  it('reads the same battery from -xml ("Good" is what the text calls "Normal")', () => {
    expect(parseSystemProfilerPower(APPLE_SILICON_XML)).toEqual([APPLE_SILICON_BATTERY]);
  });

  it('reads an Intel -xml battery with its full-charge capacity in mAh', () => {
    const xml = `<plist version="1.0"><array><dict>
      <key>_dataType</key><string>SPPowerDataType</string>
      <key>_items</key><array><dict>
        <key>sppower_battery_charge_info</key><dict>
          <key>sppower_battery_current_capacity</key><integer>3000</integer>
          <key>sppower_battery_max_capacity</key><integer>5100</integer>
        </dict>
        <key>sppower_battery_health_info</key><dict>
          <key>sppower_battery_cycle_count</key><integer>0</integer>
          <key>sppower_battery_health</key><string>Replace Soon</string>
        </dict>
        <key>sppower_battery_model_info</key><dict>
          <key>sppower_battery_manufacturer</key><string>SMP</string>
          <key>sppower_battery_serial_number</key><string>W01234ABCDE</string>
        </dict>
      </dict></array>
    </dict></array></plist>`;
    expect(parseSystemProfilerPower(xml)).toEqual([
      {
        manufacturer: 'SMP',
        serial: 'W01234ABCDE',
        cycleCount: 0,
        condition: 'Replace Soon',
        fullChargeCapacityMAh: 5100,
      },
    ]);
  });

  it('works out health from design capacity where the output gives one', () => {
    const text = `Power:

    Battery Information:

      Charge Information:
          Full Charge Capacity (mAh): 4300
          Design Capacity (mAh): 5000
      Health Information:
          Cycle Count: 400
`;
    expect(parseSystemProfilerPower(text)).toEqual([
      {
        cycleCount: 400,
        fullChargeCapacityMAh: 4300,
        designCapacityMAh: 5000,
        healthPercent: 86,
      },
    ]);
  });

  it('lists no battery when none is installed or the Mac has none', () => {
    const removed = `Power:

    Battery Information:

      Model Information:
          Manufacturer: SMP
      Battery Installed: No
`;
    expect(parseSystemProfilerPower(removed)).toEqual([]);
    const desktop = `Power:

    System Power Settings:

      AC Power:
          Wake on LAN: Yes
`;
    expect(parseSystemProfilerPower(desktop)).toEqual([]);
  });

  it('returns nothing for odd input, never throwing', () => {
    expect(parseSystemProfilerPower('')).toEqual([]);
    expect(parseSystemProfilerPower('<?xml version="1.0"?><plist><array>')).toEqual([]);
    expect(parseSystemProfilerPower('Power:\n    Battery Information:\n')).toEqual([]);
    expect(
      parseSystemProfilerPower(
        'Power:\n    Battery Information:\n      Cycle Count: many\n      Maximum Capacity: %\n',
      ),
    ).toEqual([]);
  });
});
