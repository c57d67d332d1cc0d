import { describe, expect, it } from 'vitest';
import { isPlaceholder, meaningful } from './placeholders.ts';

describe('meaningful', () => {
  it.each([
    'To Be Filled By O.E.M.',
    'To be filled by O.E.M.',
    'Not Specified',
    'Not Present',
    'Default string',
    'System manufacturer',
    'System Product Name',
    'System Serial Number',
    'System Version',
    'Chassis Manufacture',
    'Chassis Serial Number',
    'No Asset Tag',
    'Undefined',
    'Unknown',
    'None',
    'N/A',
    '<OUT OF SPEC>',
    '-',
  ])('drops the filler word %j', (value) => {
    expect(meaningful(value)).toBeUndefined();
  });

  it.each([
    '0123456789',
    '1234567890',
    'XXXXXXXXXX',
    '0000000000',
    '00000000',
    '0000000',
    '0',
    '.........',
    '000000-000',
    '00000000000000000000000000000000',
  ])('drops the filler serial %j', (value) => {
    expect(meaningful(value)).toBeUndefined();
  });

  it.each([
    'SerNum0',
    'SerNum01',
    'Manufacturer0',
    'Manufacturer01',
    'AssetTagNum3',
    'ModulePartNumber01',
    'Array1_PartNumber2',
    'Asset-1234567890',
  ])('drops the numbered template value %j', (value) => {
    expect(meaningful(value)).toBeUndefined();
  });

  it.each([
    'EEEEEEEE-EEEE-EEEE-EEEE-EEEEEEEEEEEE',
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    '03000200-0400-0500-0006-000700080009',
  ])('drops the blank UUID %j', (value) => {
    expect(meaningful(value)).toBeUndefined();
  });

  it('drops empty, blank and NUL-padded text', () => {
    expect(meaningful(undefined)).toBeUndefined();
    expect(meaningful('')).toBeUndefined();
    expect(meaningful('   \t ')).toBeUndefined();
    expect(meaningful('\0\0\0')).toBeUndefined();
  });

  it('keeps real values, trimmed', () => {
    expect(meaningful('  Dell Inc.  ')).toBe('Dell Inc.');
    expect(meaningful('Latitude D610                   ')).toBe('Latitude D610');
    expect(meaningful('.D8XD62J.CN4864363E7491.')).toBe('.D8XD62J.CN4864363E7491.');
    expect(meaningful('VMware-50 0c 23 94 04 63 a1 3c-0d d4 f5 37 a6 bb f0 a6')).toBe(
      'VMware-50 0c 23 94 04 63 a1 3c-0d d4 f5 37 a6 bb f0 a6',
    );
    expect(meaningful('44454C4C-5600-1032-8056-B4C04F57304A')).toBe(
      '44454C4C-5600-1032-8056-B4C04F57304A',
    );
    expect(meaningful('579237-B21')).toBe('579237-B21');
    expect(meaningful('00AD00B300AD')).toBe('00AD00B300AD');
    expect(meaningful('1E30FA7F')).toBe('1E30FA7F');
    expect(meaningful('A00')).toBe('A00');
    expect(meaningful('-[86494jg]-')).toBe('-[86494jg]-');
    expect(meaningful('1.2')).toBe('1.2');
  });

  it('tells placeholders apart from the trimmed text alone', () => {
    expect(isPlaceholder('Not Specified')).toBe(true);
    expect(isPlaceholder('OptiPlex FX160')).toBe(false);
  });
});
