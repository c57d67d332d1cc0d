import { describe, expect, it } from 'vitest';
import { SYSTEM_PROFILER_PARSE_SOURCES } from './system-profiler-parse-sources.ts';

const HARDWARE_TEXT = `Hardware:

    Hardware Overview:

      Model Name: Mac mini
      Model Identifier: Macmini9,1
      Chip: Apple M1
      Serial Number (system): H2WD1234Q6NV
`;

const POWER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><array><dict>
  <key>_dataType</key><string>SPPowerDataType</string>
  <key>_items</key><array><dict>
    <key>sppower_battery_health_info</key><dict>
      <key>sppower_battery_cycle_count</key><integer>33</integer>
    </dict>
  </dict></array>
</dict></array></plist>`;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('SYSTEM_PROFILER_PARSE_SOURCES', () => {
  it('reads the hardware overview from saved bytes, UTF-16 included', () => {
    const expected = {
      identity: {
        manufacturer: 'Apple',
        model: 'Mac mini',
        modelId: 'Macmini9,1',
        serial: 'H2WD1234Q6NV',
        chassis: 'mini-pc',
      },
      cpu: { brand: 'Apple M1' },
      batteries: [],
    };
    const source = SYSTEM_PROFILER_PARSE_SOURCES['system-profiler-hardware'];
    expect(source.parse(utf8(HARDWARE_TEXT))).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HARDWARE_TEXT, 'utf16le')]);
    expect(source.parse(utf16)).toEqual(expected);
  });

  it('reads batteries from the power report, naming no computer', () => {
    const source = SYSTEM_PROFILER_PARSE_SOURCES['system-profiler-power'];
    expect(source.parse(utf8(POWER_XML))).toEqual({
      identity: {},
      batteries: [{ cycleCount: 33 }],
    });
    expect(source.describes).toMatch(/SPPowerDataType/);
  });
});
