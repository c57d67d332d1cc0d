import { describe, expect, it } from 'vitest';
import { smbiosMemoryType, windowsMemoryType } from './smbios-memory-type.ts';

describe('memory type numbers', () => {
  it('reads SMBIOS memory device types', () => {
    expect([18, 19, 24, 26, 34].map(smbiosMemoryType)).toEqual([
      'DDR',
      'DDR2',
      'DDR3',
      'DDR4',
      'DDR5',
    ]);
    expect([29, 30, 35].map(smbiosMemoryType)).toEqual(['LPDDR3', 'LPDDR4', 'LPDDR5']);
    expect([undefined, 0, 1, 2, 21].map(smbiosMemoryType)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads Windows’ own MemoryType, which numbers DDR and DDR2 differently', () => {
    expect([20, 21, 24].map(windowsMemoryType)).toEqual(['DDR', 'DDR2', 'DDR3']);
    expect(smbiosMemoryType(20)).toBe('DDR2 FB-DIMM');
    expect([undefined, 0, 1].map(windowsMemoryType)).toEqual([undefined, undefined, undefined]);
  });
});
