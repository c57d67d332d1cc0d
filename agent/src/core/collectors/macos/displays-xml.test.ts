import { describe, expect, it } from 'vitest';
import { parseSystemProfilerDisplays } from './displays-xml.ts';
import { DISPLAYS_SECTION, MAC_PROFILER_XML } from './testing/system-profiler-sample.ts';

const alone = `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><array>${DISPLAYS_SECTION}</array></plist>`;

describe('parseSystemProfilerDisplays', () => {
  const expected = [
    { model: 'Color LCD', widthPx: 2560, heightPx: 1664 },
    { model: 'DELL P2419H', serial: '3KQ2YV2', widthPx: 1920, heightPx: 1080 },
  ];

  it("lists every monitor under each graphics processor, the panel's own pixels first", () => {
    expect(parseSystemProfilerDisplays(alone)).toEqual(expected);
  });

  it('finds the monitors inside the combined hardware output', () => {
    expect(parseSystemProfilerDisplays(MAC_PROFILER_XML)).toEqual(expected);
  });

  it('gives none for a Mac without a monitor, text output or broken XML', () => {
    const headless = `<plist version="1.0"><array><dict>
      <key>_dataType</key><string>SPDisplaysDataType</string>
      <key>_items</key><array><dict><key>_name</key><string>kHW_AppleM1Item</string></dict></array>
    </dict></array></plist>`;
    expect(parseSystemProfilerDisplays(headless)).toEqual([]);
    expect(parseSystemProfilerDisplays('Graphics/Displays:\n\n    Apple M1:\n')).toEqual([]);
    expect(parseSystemProfilerDisplays('<plist><array><dict>')).toEqual([]);
  });

  it('leaves placeholder serials out', () => {
    const text = alone.replace('3KQ2YV2', '0000000000');
    expect(parseSystemProfilerDisplays(text)[1]).toEqual({
      model: 'DELL P2419H',
      widthPx: 1920,
      heightPx: 1080,
    });
  });
});
