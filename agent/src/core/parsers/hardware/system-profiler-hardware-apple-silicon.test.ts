import { describe, expect, it } from 'vitest';
import { parseSystemProfilerHardware } from './system-profiler-hardware.ts';

const GIB = 2 ** 30;

// An M2 MacBook Air as current macOS prints it: a chip instead of a processor, cores split by
// kind, no speed, firmware under its new label, memory in the chip (no slots). Values invented.
const APPLE_SILICON_TEXT = `Hardware:

    Hardware Overview:

      Model Name: MacBook Air
      Model Identifier: Mac14,2
      Model Number: Z15T0007XD/A
      Chip: Apple M2
      Total Number of Cores: 8 (4 performance and 4 efficiency)
      Memory: 16 GB
      System Firmware Version: 10151.81.1
      OS Loader Version: 10151.81.1
      Serial Number (system): K7QF2LM9PX
      Hardware UUID: 3F2A9C41-7B0E-5D8A-9E11-64C0B2D7A5F3
      Provisioning UDID: 00008112-000A1B2C3D4E5F60
      Activation Lock Status: Disabled

Memory:

      Memory: 16 GB
      Type: LPDDR5
      Manufacturer: Hynix

`;

const APPLE_SILICON_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<array>
	<dict>
		<key>_dataType</key><string>SPHardwareDataType</string>
		<key>_items</key>
		<array>
			<dict>
				<key>_name</key><string>hardware_overview</string>
				<key>activation_lock_status</key><string>activation_lock_disabled</string>
				<key>boot_rom_version</key><string>10151.81.1</string>
				<key>chip_type</key><string>Apple M2</string>
				<key>machine_model</key><string>Mac14,2</string>
				<key>machine_name</key><string>MacBook Air</string>
				<key>model_number</key><string>Z15T0007XD/A</string>
				<key>number_processors</key><string>proc 8:4:4</string>
				<key>os_loader_version</key><string>10151.81.1</string>
				<key>physical_memory</key><string>16 GB</string>
				<key>platform_UUID</key><string>3F2A9C41-7B0E-5D8A-9E11-64C0B2D7A5F3</string>
				<key>provisioning_UDID</key><string>00008112-000A1B2C3D4E5F60</string>
				<key>serial_number</key><string>K7QF2LM9PX</string>
			</dict>
		</array>
	</dict>
	<dict>
		<key>_dataType</key><string>SPMemoryDataType</string>
		<key>_items</key>
		<array>
			<dict>
				<key>SPMemoryDataType</key><string>16 GB</string>
				<key>dimm_manufacturer</key><string>Hynix</string>
				<key>dimm_type</key><string>LPDDR5</string>
			</dict>
		</array>
	</dict>
</array>
</plist>`;

const APPLE_SILICON_FACTS = {
  identity: {
    manufacturer: 'Apple',
    model: 'MacBook Air',
    modelId: 'Mac14,2',
    serial: 'K7QF2LM9PX',
    uuid: '3F2A9C41-7B0E-5D8A-9E11-64C0B2D7A5F3',
    chassis: 'laptop',
    firmware: { vendor: 'Apple', version: '10151.81.1' },
  },
  cpu: { brand: 'Apple M2', cores: 8, physicalCores: 8 },
  memory: {
    totalBytes: 16 * GIB,
    modules: [{ sizeBytes: 16 * GIB, type: 'LPDDR5', manufacturer: 'Hynix' }],
  },
  batteries: [],
};

describe('parseSystemProfilerHardware on Apple silicon', () => {
  it('reads Apple silicon text: chip, cores by kind, unified memory', () => {
    expect(parseSystemProfilerHardware(APPLE_SILICON_TEXT)).toEqual(APPLE_SILICON_FACTS);
  });

  it('reads the same Mac from -xml to the same facts', () => {
    expect(parseSystemProfilerHardware(APPLE_SILICON_XML)).toEqual(APPLE_SILICON_FACTS);
  });

  it('gives Apple silicon memory as a total only when SPMemoryDataType was not asked for', () => {
    const hardwareOnly = APPLE_SILICON_TEXT.slice(0, APPLE_SILICON_TEXT.indexOf('Memory:\n'));
    expect(parseSystemProfilerHardware(hardwareOnly).memory).toEqual({
      totalBytes: 16 * GIB,
      modules: [],
    });
  });
});
