import { describe, expect, it } from 'vitest';
import { dmiCount, dmiDate, dmiSizeBytes, dmiSpeedMTs } from './dmi-values.ts';

describe('dmiDate', () => {
  it.each([
    ['08/13/2002', '2002-08-13'],
    ['02/11/99', '1999-02-11'],
    ['09/19/02', '2002-09-19'],
    ['1/5/2021', '2021-01-05'],
    ['2006-03-11', '2006-03-11'],
    ['  12/06/2019  ', '2019-12-06'],
  ])('reads %j as %s', (text, iso) => {
    expect(dmiDate(text)).toBe(iso);
  });

  it.each(['Not Specified', '', '13/01/2020', '00/00/00', 'sometime', undefined])(
    'gives no date for %j',
    (text) => {
      expect(dmiDate(text)).toBeUndefined();
    },
  );
});

describe('dmiSizeBytes', () => {
  it('reads every unit dmidecode prints, binary', () => {
    expect(dmiSizeBytes('1024 MB')).toBe(2 ** 30);
    expect(dmiSizeBytes('8 GB')).toBe(8 * 2 ** 30);
    expect(dmiSizeBytes('512 kB')).toBe(512 * 2 ** 10);
    expect(dmiSizeBytes('1024Mbyte')).toBe(2 ** 30);
    expect(dmiSizeBytes('512 MB (Single-bank Connection)')).toBe(512 * 2 ** 20);
  });

  it('gives nothing for empty slots and zero', () => {
    for (const text of ['No Module Installed', 'Not Installed', '0 MB', 'Unknown', undefined])
      expect(dmiSizeBytes(text)).toBeUndefined();
  });
});

describe('dmiSpeedMTs and dmiCount', () => {
  it('reads rated speeds and ignores access times', () => {
    expect(dmiSpeedMTs('3200 MT/s')).toBe(3200);
    expect(dmiSpeedMTs('667 MHz (1.5 ns)')).toBe(667);
    expect(dmiSpeedMTs('70 ns')).toBeUndefined();
    expect(dmiSpeedMTs('Unknown')).toBeUndefined();
  });

  it('reads whole positive counts only', () => {
    expect(dmiCount('4')).toBe(4);
    expect(dmiCount('0')).toBeUndefined();
    expect(dmiCount('Unknown')).toBeUndefined();
  });
});
