import { describe, expect, it } from 'vitest';
import {
  clockGHz,
  coreCount,
  isEmptySlotWord,
  memorySizeBytes,
  memoryTypeName,
  moduleMaker,
  modulePartNumber,
  moduleSerial,
} from './apple-values.ts';

const GIB = 2 ** 30;

describe('system_profiler values', () => {
  it('reads memory sizes in binary units, with either decimal mark', () => {
    expect(memorySizeBytes('4 GB')).toBe(4 * GIB);
    expect(memorySizeBytes('512 MB')).toBe(512 * 2 ** 20);
    expect(memorySizeBytes('1,5 GB')).toBe(1.5 * GIB);
    expect(memorySizeBytes('Empty')).toBeUndefined();
    expect(memorySizeBytes('0 MB')).toBeUndefined();
    expect(memorySizeBytes(undefined)).toBeUndefined();
  });

  it('reads clock speeds as GHz', () => {
    expect(clockGHz('2,26 GHz')).toBe(2.26);
    expect(clockGHz('2.3 GHz')).toBe(2.3);
    expect(clockGHz('867 MHz')).toBe(0.867);
    expect(clockGHz('fast')).toBeUndefined();
  });

  it('reads the total of a core count in every spelling', () => {
    expect(coreCount('8 (4 performance and 4 efficiency)')).toBe(8);
    expect(coreCount('proc 12:8:4')).toBe(12);
    expect(coreCount('2')).toBe(2);
    expect(coreCount('0')).toBeUndefined();
    expect(coreCount('many')).toBeUndefined();
  });

  it('decodes printable hex part numbers and drops all-zero hex', () => {
    expect(modulePartNumber('0x4D4B2D3132332020')).toBe('MK-123');
    expect(modulePartNumber('0x000000000000')).toBeUndefined();
    // Not printable: kept as printed.
    expect(modulePartNumber('0x01FF')).toBe('0x01FF');
    expect(modulePartNumber('MT52L1G32D4PG-093')).toBe('MT52L1G32D4PG-093');
    expect(modulePartNumber('-')).toBeUndefined();
  });

  it('names makers by their JEDEC code and keeps serials as printed', () => {
    expect(moduleMaker('0x80CE')).toBe('Samsung');
    expect(moduleMaker('0x0000')).toBeUndefined();
    expect(moduleMaker('Micron')).toBe('Micron');
    expect(moduleSerial('0x1A2B3C4D')).toBe('0x1A2B3C4D');
    expect(moduleSerial('0x00000000')).toBeUndefined();
    expect(moduleSerial('-')).toBeUndefined();
  });

  it('shortens memory type names and knows an empty slot', () => {
    expect(memoryTypeName('DDR2 SDRAM')).toBe('DDR2');
    expect(memoryTypeName('LPDDR5')).toBe('LPDDR5');
    expect(memoryTypeName('SDRAM')).toBe('SDRAM');
    expect(memoryTypeName('Empty')).toBeUndefined();
    expect(isEmptySlotWord('empty')).toBe(true);
    expect(isEmptySlotWord('OK')).toBe(false);
  });
});
