import { describe, expect, it } from 'vitest';
import { detectDateOrder, toIsoDate } from './profiler-dates.ts';

describe('detectDateOrder', () => {
  it('decides from any unambiguous date in the output', () => {
    expect(detectDateOrder(['04/09/11 22:43', '17/02/12 12:35'])).toBe('dmy');
    expect(detectDateOrder(['3/7/11 10:30 PM', '2/20/11 9:00 AM'])).toBe('mdy');
    expect(detectDateOrder(['2011/09/04 22:43'])).toBe('ymd');
    expect(detectDateOrder(['04.09.11 22:43'])).toBe('dmy');
  });

  it('falls back to the clock: 12-hour means month first, 24-hour day first', () => {
    expect(detectDateOrder(['3/7/11 10:30 PM'])).toBe('mdy');
    expect(detectDateOrder(['3/7/11 22:30'])).toBe('dmy');
    expect(detectDateOrder([])).toBe('dmy');
  });
});

describe('toIsoDate', () => {
  it('reads the date part in the given order', () => {
    expect(toIsoDate('04/09/11 22:43', 'dmy')).toBe('2011-09-04');
    expect(toIsoDate('7/31/09 9:21 AM', 'mdy')).toBe('2009-07-31');
    expect(toIsoDate('2011/09/04', 'ymd')).toBe('2011-09-04');
    expect(toIsoDate('1/2/95', 'mdy')).toBe('1995-01-02');
  });

  it('gives undefined for text without a valid date', () => {
    expect(toIsoDate('yesterday', 'dmy')).toBeUndefined();
    expect(toIsoDate('31/31/11', 'dmy')).toBeUndefined();
  });
});
