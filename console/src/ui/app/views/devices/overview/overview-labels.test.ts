import { describe, expect, it } from 'vitest';
import {
  capacityText,
  formatDay,
  formatPercent,
  joined,
  lowIsBadTone,
  onOff,
  yesNo,
} from './overview-labels.ts';

describe('overview labels', () => {
  it('says a battery’s capacity in the units it reported, mWh first', () => {
    expect(capacityText({ fullChargeCapacityMWh: 32_760, designCapacityMWh: 63_000 })).toMatch(
      /^32.760 of 63.000 mWh design$/,
    );
    expect(capacityText({ fullChargeCapacityMAh: 4_100, designCapacityMAh: 5_000 })).toMatch(
      /^4.100 of 5.000 mAh design$/,
    );
    expect(capacityText({ designCapacityMWh: 50_000 })).toMatch(/^50.000 mWh design$/);
    expect(capacityText({ fullChargeCapacityMWh: 41_000 })).toMatch(/^41.000 mWh at full charge$/);
    // Nothing reported: no fact, rather than a dash.
    expect(capacityText({ cycleCount: 3 })).toBeUndefined();
  });

  it('rounds percentages for reading, keeping a decimal below one', () => {
    expect(formatPercent(2.4)).toBe('2 %');
    expect(formatPercent(0.42)).toBe('0.4 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(99.6)).toBe('100 %');
  });

  it('colours a share that is bad when low at the hub’s thresholds', () => {
    expect(lowIsBadTone(59.9, 80, 60)).toBe('bad');
    expect(lowIsBadTone(60, 80, 60)).toBe('warn');
    expect(lowIsBadTone(80, 80, 60)).toBe('good');
  });

  it('reads a calendar day as the same day wherever the reader is', () => {
    expect(formatDay('2024-03-12')).toContain('12');
    expect(formatDay('2024-03-12')).toContain('2024');
  });

  it('shows a day that is not on the calendar as the text it came as, instead of throwing', () => {
    for (const impossible of ['2020-13-45', '9999-99-99', '2023-02-29', '2024-04-31', '0000-00-00'])
      expect(formatDay(impossible)).toBe(impossible);
    expect(formatDay('not a day')).toBe('not a day');
    expect(formatDay('')).toBe('');
    // A leap day is a day.
    expect(formatDay('2024-02-29')).toContain('29');
  });

  it('leaves out what was not reported', () => {
    expect(joined(['Dell', undefined, '', 'Li-ion'])).toBe('Dell · Li-ion');
    expect(joined([undefined, false, null])).toBeUndefined();
    expect(onOff(undefined)).toBeUndefined();
    expect(onOff(false)).toBe('Off');
    expect(yesNo(true)).toBe('Yes');
  });
});
