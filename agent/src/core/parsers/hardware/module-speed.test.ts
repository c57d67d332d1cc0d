import { describe, expect, it } from 'vitest';
import { memorySpeedMTs } from './module-speed.ts';

describe('memorySpeedMTs', () => {
  it('reads a rate given in MHz or MT/s', () => {
    expect(memorySpeedMTs('1067 MHz')).toBe(1067);
    expect(memorySpeedMTs('6400 MT/s')).toBe(6400);
  });

  it('turns module names into the standard transfer rate', () => {
    expect(memorySpeedMTs('PC2-4200U-444')).toBe(533);
    expect(memorySpeedMTs('PC2-5300')).toBe(667);
    expect(memorySpeedMTs('PC3-10600S')).toBe(1333);
    expect(memorySpeedMTs('PC3-8500')).toBe(1066);
    expect(memorySpeedMTs('PC2700U-25330')).toBe(333);
    expect(memorySpeedMTs('PC4-2400T')).toBe(2400);
    expect(memorySpeedMTs('PC4-21300')).toBe(2666);
    // SDR names carry the clock.
    expect(memorySpeedMTs('PC133-333')).toBe(133);
  });

  it('gives nothing for words', () => {
    expect(memorySpeedMTs('Empty')).toBeUndefined();
    expect(memorySpeedMTs('Unknown')).toBeUndefined();
    expect(memorySpeedMTs(undefined)).toBeUndefined();
    expect(memorySpeedMTs('0 MHz')).toBeUndefined();
  });
});
