import { describe, expect, it } from 'vitest';
import { parseSystemProfilerHardware } from './system-profiler-hardware.ts';

const GIB = 2 ** 30;

// A 2019-era Intel MacBook Pro on a French system (decimal comma), Hyper-Threading on, with
// soldered memory listed as one bank and a `-` serial. Values invented.
const INTEL_TEXT = `Hardware:

    Hardware Overview:

      Model Name: MacBook Pro
      Model Identifier: MacBookPro15,2
      Processor Name: Quad-Core Intel Core i5
      Processor Speed: 2,4 GHz
      Number of Processors: 1
      Total Number of Cores: 4
      L2 Cache (per Core): 256 KB
      L3 Cache: 6 MB
      Hyper-Threading Technology: Enabled
      Memory: 8 GB
      Boot ROM Version: 1554.60.15.0.0 (iBridge: 18.16.13030.0.0,0)
      Serial Number (system): C02ZK1ABCDEF
      Hardware UUID: 5B6C7D8E-1111-2222-3333-444455556666

Memory:

    Memory Slots:

      ECC: Disabled
      Upgradeable Memory: No

        BANK 0/ChannelA-DIMM0:

          Size: 4 GB
          Type: LPDDR3
          Speed: 2133 MHz
          Status: OK
          Manufacturer: Micron
          Part Number: MT52L1G32D4PG-093
          Serial Number: -

        BANK 2/ChannelB-DIMM0:

          Size: 4 GB
          Type: LPDDR3
          Speed: 2133 MHz
          Status: OK
          Manufacturer: Micron
          Part Number: MT52L1G32D4PG-093
          Serial Number: -
`;

const intelModule = (slot: string) => ({
  slot,
  sizeBytes: 4 * GIB,
  type: 'LPDDR3',
  speedMTs: 2133,
  manufacturer: 'Micron',
  partNumber: 'MT52L1G32D4PG-093',
});

// An Intel iMac's -xml output: integer core count, `htt_enabled`, slots one level below the
// ECC entry, one slot empty, hex maker and part number. Values invented.
const INTEL_XML = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<array>
	<dict>
		<key>_dataType</key><string>SPHardwareDataType</string>
		<key>_items</key>
		<array><dict>
			<key>boot_rom_version</key><string>IM161.0207.B00</string>
			<key>cpu_type</key><string>Intel Core i5</string>
			<key>current_processor_speed</key><string>1,6 GHz</string>
			<key>machine_model</key><string>iMac16,1</string>
			<key>machine_name</key><string>iMac</string>
			<key>number_processors</key><integer>2</integer>
			<key>packages</key><integer>1</integer>
			<key>physical_memory</key><string>8 GB</string>
			<key>platform_cpu_htt</key><string>htt_enabled</string>
			<key>platform_UUID</key><string>9A8B7C6D-0000-1111-2222-333344445555</string>
			<key>serial_number</key><string>C02QW1XYZGG7</string>
		</dict></array>
	</dict>
	<dict>
		<key>_dataType</key><string>SPMemoryDataType</string>
		<key>_items</key>
		<array><dict>
			<key>_items</key>
			<array>
				<dict>
					<key>_name</key><string>BANK 0/DIMM0</string>
					<key>dimm_manufacturer</key><string>0x80CE</string>
					<key>dimm_part_number</key><string>0x4D34373142353737334448302D43503820</string>
					<key>dimm_serial_number</key><string>0x12AB34CD</string>
					<key>dimm_size</key><string>8 GB</string>
					<key>dimm_speed</key><string>1867 MHz</string>
					<key>dimm_status</key><string>ok</string>
					<key>dimm_type</key><string>DDR3</string>
				</dict>
				<dict>
					<key>_name</key><string>BANK 1/DIMM0</string>
					<key>dimm_size</key><string>empty</string>
					<key>dimm_status</key><string>empty</string>
					<key>dimm_type</key><string>empty</string>
				</dict>
			</array>
			<key>_name</key><string>global_ecc_state</string>
			<key>global_ecc_state</key><string>ecc_disabled</string>
		</dict></array>
	</dict>
</array>
</plist>`;

describe('parseSystemProfilerHardware', () => {
  it('reads Intel text with a decimal comma, Hyper-Threading and a `-` module serial', () => {
    expect(parseSystemProfilerHardware(INTEL_TEXT)).toEqual({
      identity: {
        manufacturer: 'Apple',
        model: 'MacBook Pro',
        modelId: 'MacBookPro15,2',
        serial: 'C02ZK1ABCDEF',
        uuid: '5B6C7D8E-1111-2222-3333-444455556666',
        chassis: 'laptop',
        firmware: { vendor: 'Apple', version: '1554.60.15.0.0 (iBridge: 18.16.13030.0.0,0)' },
      },
      cpu: { brand: 'Quad-Core Intel Core i5', cores: 8, physicalCores: 4, speedGHz: 2.4 },
      memory: {
        totalBytes: 8 * GIB,
        slots: 2,
        modules: [intelModule('BANK 0/ChannelA-DIMM0'), intelModule('BANK 2/ChannelB-DIMM0')],
      },
      batteries: [],
    });
  });

  it('reads Intel -xml: integer cores, nested slots, an empty slot, hex maker and part', () => {
    expect(parseSystemProfilerHardware(INTEL_XML)).toEqual({
      identity: {
        manufacturer: 'Apple',
        model: 'iMac',
        modelId: 'iMac16,1',
        serial: 'C02QW1XYZGG7',
        uuid: '9A8B7C6D-0000-1111-2222-333344445555',
        chassis: 'all-in-one',
        firmware: { vendor: 'Apple', version: 'IM161.0207.B00' },
      },
      cpu: { brand: 'Intel Core i5', cores: 4, physicalCores: 2, speedGHz: 1.6 },
      memory: {
        totalBytes: 8 * GIB,
        slots: 2,
        modules: [
          {
            slot: 'BANK 0/DIMM0',
            sizeBytes: 8 * GIB,
            type: 'DDR3',
            speedMTs: 1867,
            manufacturer: 'Samsung',
            partNumber: 'M471B5773DH0-CP8',
            serial: '0x12AB34CD',
          },
        ],
      },
      batteries: [],
    });
  });

  it('drops placeholder identity values', () => {
    const facts = parseSystemProfilerHardware(`Hardware:

    Hardware Overview:

      Model Name: Mac
      Model Identifier: VMware7,1
      Serial Number (system): 0
      Hardware UUID: 00000000-0000-0000-0000-000000000000
`);
    expect(facts.identity).toEqual({
      manufacturer: 'VMware',
      model: 'Mac',
      modelId: 'VMware7,1',
      chassis: 'virtual-machine',
    });
  });

  it('returns empty facts for odd input, never throwing', () => {
    const empty = { identity: {}, batteries: [] };
    expect(parseSystemProfilerHardware('')).toEqual(empty);
    expect(parseSystemProfilerHardware('Software:\n\n    System Version: 14.1\n')).toEqual(empty);
    expect(parseSystemProfilerHardware('<?xml version="1.0"?><plist><array><dict>')).toEqual(empty);
    expect(parseSystemProfilerHardware('<plist version="1.0"><dict></dict></plist>')).toEqual(
      empty,
    );
    expect(parseSystemProfilerHardware('\u0000\u0001 binary ::: junk')).toEqual(empty);
  });
});
