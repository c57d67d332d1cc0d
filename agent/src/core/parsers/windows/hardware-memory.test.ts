import { describe, expect, it } from 'vitest';
import { readWindowsMemory } from './hardware-memory.ts';

describe('readWindowsMemory', () => {
  it('falls back to Windows’ MemoryType and to the bank label on older systems', () => {
    expect(
      readWindowsMemory({
        Memory: [
          {
            BankLabel: 'BANK0',
            Capacity: 1073741824,
            SMBIOSMemoryType: 2,
            MemoryType: 21,
            Speed: 667,
          },
          { BankLabel: 'BANK1', Capacity: 0, MemoryType: 21 },
        ],
        MemoryArrays: [
          { MemoryDevices: 2, Use: 3 },
          { MemoryDevices: 1, Use: 6 },
        ],
      }),
    ).toEqual({
      totalBytes: 1073741824,
      slots: 2,
      modules: [{ slot: 'BANK0', sizeBytes: 1073741824, type: 'DDR2', speedMTs: 667 }],
    });
  });

  it('uses the usable total when no module could be read, and nothing when nothing is known', () => {
    expect(readWindowsMemory({ ComputerSystem: { TotalPhysicalMemory: 4294496256 } })).toEqual({
      totalBytes: 4294496256,
      modules: [],
    });
    expect(readWindowsMemory({})).toBeUndefined();
  });
});
