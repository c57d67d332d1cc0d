import { describe, expect, it } from 'vitest';
import { chassisKindFromSmbiosType, chassisKindFromSmbiosTypes } from './smbios-chassis-type.ts';

describe('chassisKindFromSmbiosType', () => {
  it('reads the common case types', () => {
    expect([3, 6, 7, 24].map(chassisKindFromSmbiosType)).toEqual([
      'desktop',
      'desktop',
      'desktop',
      'desktop',
    ]);
    expect([9, 10, 14, 31].map(chassisKindFromSmbiosType)).toEqual([
      'laptop',
      'laptop',
      'laptop',
      'laptop',
    ]);
    expect([11, 30].map(chassisKindFromSmbiosType)).toEqual(['tablet', 'tablet']);
    expect(chassisKindFromSmbiosType(32)).toBe('laptop');
    expect(chassisKindFromSmbiosType(13)).toBe('all-in-one');
    expect([15, 35, 36].map(chassisKindFromSmbiosType)).toEqual(['mini-pc', 'mini-pc', 'mini-pc']);
    expect([17, 23, 28].map(chassisKindFromSmbiosType)).toEqual(['server', 'server', 'server']);
    expect(chassisKindFromSmbiosType(1)).toBe('other');
  });

  it('knows nothing for Unknown and numbers outside the table', () => {
    expect(chassisKindFromSmbiosType(2)).toBeUndefined();
    expect(chassisKindFromSmbiosType(0)).toBeUndefined();
    expect(chassisKindFromSmbiosType(99)).toBeUndefined();
  });
});

describe('chassisKindFromSmbiosTypes', () => {
  it('lets a real case win over a docking station or Other, in any order', () => {
    expect(chassisKindFromSmbiosTypes([12, 10])).toBe('laptop');
    expect(chassisKindFromSmbiosTypes([1, 3])).toBe('desktop');
    expect(chassisKindFromSmbiosTypes([12])).toBe('other');
    expect(chassisKindFromSmbiosTypes([2])).toBeUndefined();
    expect(chassisKindFromSmbiosTypes([])).toBeUndefined();
  });
});
