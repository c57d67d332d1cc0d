import { describe, expect, it } from 'vitest';
import { isoDateFromEpochSeconds } from './install-date.ts';

describe('isoDateFromEpochSeconds', () => {
  it('gives the UTC date of a Unix time', () => {
    expect(isoDateFromEpochSeconds('1700000000')).toBe('2023-11-14');
    // 23:45:24 UTC: the date does not follow the agent's time zone.
    expect(isoDateFromEpochSeconds('1332632724')).toBe('2012-03-24');
  });

  it('gives nothing for 0, empty or non-numeric values', () => {
    expect(isoDateFromEpochSeconds('0')).toBeUndefined();
    expect(isoDateFromEpochSeconds('')).toBeUndefined();
    expect(isoDateFromEpochSeconds('(none)')).toBeUndefined();
    expect(isoDateFromEpochSeconds('-5')).toBeUndefined();
  });
});
