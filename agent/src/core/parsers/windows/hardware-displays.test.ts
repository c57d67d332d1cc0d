import { describe, expect, it } from 'vitest';
import { edidText, readWindowsDisplays, readWindowsPrinters } from './hardware-displays.ts';
import { pnpVendorName } from './pnp-vendors.ts';
import { edidCodes } from './testing/hardware-samples.ts';

describe('edidText', () => {
  it('decodes zero-padded UInt16 arrays and passes strings on', () => {
    expect(edidText(edidCodes('DELL U2719D', 13))).toBe('DELL U2719D');
    expect(edidText([])).toBe('');
    expect(edidText('SAM')).toBe('SAM');
    expect(edidText(null)).toBeUndefined();
    expect(edidText([72, 'x', 73])).toBe('H');
  });
});

describe('pnpVendorName', () => {
  it('names known makers and passes unknown ids on', () => {
    expect(pnpVendorName('GSM')).toBe('LG');
    expect(pnpVendorName('del')).toBe('Dell');
    expect(pnpVendorName('XYZ')).toBe('XYZ');
  });
});

describe('readWindowsDisplays', () => {
  it('uses each monitor’s preferred mode when adapters cannot be matched to monitors', () => {
    const displays = readWindowsDisplays({
      Monitors: [
        { InstanceName: 'a', ManufacturerName: edidCodes('SAM', 16) },
        { InstanceName: 'b', ManufacturerName: edidCodes('XYZ', 16) },
      ],
      MonitorModes: [{ InstanceName: 'a', Width: 3840, Height: 2160 }],
      VideoControllers: [{ CurrentHorizontalResolution: 1920, CurrentVerticalResolution: 1080 }],
    });
    expect(displays).toEqual([
      { manufacturer: 'Samsung', widthPx: 3840, heightPx: 2160 },
      { manufacturer: 'XYZ' },
    ]);
  });

  it('does not guess between two adapters for one monitor', () => {
    expect(
      readWindowsDisplays({
        Monitors: [{ InstanceName: 'a' }],
        VideoControllers: [
          { CurrentHorizontalResolution: 1920, CurrentVerticalResolution: 1080 },
          { CurrentHorizontalResolution: 1280, CurrentVerticalResolution: 1024 },
        ],
      }),
    ).toEqual([{}]);
  });
});

describe('readWindowsPrinters', () => {
  it('skips nameless queues and keeps unknown flags absent', () => {
    expect(
      readWindowsPrinters({ Printers: [{ Name: '' }, { Name: 'Fax', PortName: 'SHRFAX:' }] }),
    ).toEqual([{ name: 'Fax', port: 'SHRFAX:' }]);
  });
});
