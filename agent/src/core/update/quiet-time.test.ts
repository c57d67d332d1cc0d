import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHOOL_HOURS, type SchoolHours } from '@handraise/shared';
import { isSchoolTime, nextQuietTime, updateDelayMs } from './quiet-time.ts';

// Named zones, so the tests mean the same on a machine in any zone.
const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe('school hours', () => {
  it('are the set days between start and end, in the zone asked', () => {
    // Wednesday 2026-03-04, 10:00 in New York (15:00 UTC).
    const wednesdayMorning = new Date('2026-03-04T15:00:00Z');
    expect(isSchoolTime(wednesdayMorning, DEFAULT_SCHOOL_HOURS, NEW_YORK)).toBe(true);
    // The same instant is 16:00 in Berlin: still school; 16:30 there is not.
    expect(isSchoolTime(wednesdayMorning, DEFAULT_SCHOOL_HOURS, BERLIN)).toBe(true);
    expect(isSchoolTime(new Date('2026-03-04T15:30:00Z'), DEFAULT_SCHOOL_HOURS, BERLIN)).toBe(
      false,
    );
    // Saturday 10:00 in New York.
    expect(isSchoolTime(new Date('2026-03-07T15:00:00Z'), DEFAULT_SCHOOL_HOURS, NEW_YORK)).toBe(
      false,
    );
    // 07:29 is before school, 07:30 is school, 16:30 is after.
    const at = (utc: string) => isSchoolTime(new Date(utc), DEFAULT_SCHOOL_HOURS, NEW_YORK);
    expect([
      at('2026-03-04T12:29:00Z'),
      at('2026-03-04T12:30:00Z'),
      at('2026-03-04T21:30:00Z'),
    ]).toEqual([false, true, false]);
  });

  it('end at the wall clock time on the day clocks spring forward or fall back', () => {
    const everyDay: SchoolHours = { days: [0, 1, 2, 3, 4, 5, 6], start: '01:00', end: '16:30' };
    // 2026-03-08: New York moves from EST (-5) to EDT (-4) at 02:00; 16:30 EDT is 20:30 UTC.
    expect(nextQuietTime(new Date('2026-03-08T14:00:00Z'), everyDay, NEW_YORK)?.toISOString()).toBe(
      '2026-03-08T20:30:00.000Z',
    );
    // 2026-11-01: back to EST at 02:00; 16:30 EST is 21:30 UTC.
    expect(nextQuietTime(new Date('2026-11-01T14:00:00Z'), everyDay, NEW_YORK)?.toISOString()).toBe(
      '2026-11-01T21:30:00.000Z',
    );
    // Berlin's change, 2026-03-29 (CET to CEST): 16:30 CEST is 14:30 UTC.
    expect(nextQuietTime(new Date('2026-03-29T08:00:00Z'), everyDay, BERLIN)?.toISOString()).toBe(
      '2026-03-29T14:30:00.000Z',
    );
  });

  it('leave now when it is quiet, and the last minute of a day that is all school', () => {
    const saturday = new Date('2026-03-07T15:00:00Z');
    expect(nextQuietTime(saturday, DEFAULT_SCHOOL_HOURS, NEW_YORK)).toBe(saturday);
    const always: SchoolHours = { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '23:59' };
    // Each day's last minute is quiet: 23:59 EST that night is 04:59 UTC.
    expect(nextQuietTime(saturday, always, NEW_YORK)?.toISOString()).toBe(
      '2026-03-08T04:59:00.000Z',
    );
  });

  it('spread downloads over the quiet time after school', () => {
    const wednesdayMorning = new Date('2026-03-04T15:00:00Z');
    const hour = 60 * 60_000;
    // School ends at 16:30 (21:30 UTC): 6.5 h away, plus the random part of the spread.
    expect(updateDelayMs(wednesdayMorning, DEFAULT_SCHOOL_HOURS, hour, () => 0, NEW_YORK)).toBe(
      6.5 * hour,
    );
    expect(updateDelayMs(wednesdayMorning, DEFAULT_SCHOOL_HOURS, hour, () => 0.5, NEW_YORK)).toBe(
      7 * hour,
    );
    const saturday = new Date('2026-03-07T15:00:00Z');
    expect(updateDelayMs(saturday, DEFAULT_SCHOOL_HOURS, hour, () => 0.25, NEW_YORK)).toBe(
      hour / 4,
    );
  });

  it('keeps the spread inside a short quiet time, so no computer lands in a lesson', () => {
    const hour = 60 * 60_000;
    const saturday = new Date('2026-03-07T15:00:00Z');
    const always: SchoolHours = { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '23:59' };
    const oneMinuteQuiet = new Date('2026-03-08T04:59:00.000Z').getTime() - saturday.getTime();
    for (const draw of [0, 0.5, 0.99]) {
      const delay = updateDelayMs(saturday, always, hour, () => draw, NEW_YORK);
      expect(delay).toBe(oneMinuteQuiet);
      expect(isSchoolTime(new Date(saturday.getTime() + (delay ?? 0)), always, NEW_YORK)).toBe(
        false,
      );
    }
    // Two quiet hours every evening (22:00–24:00): a spread of one hour fits whole.
    const evenings: SchoolHours = { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '22:00' };
    const tenAtNight = new Date('2026-03-04T03:00:00Z'); // 22:00 in New York
    expect(updateDelayMs(tenAtNight, evenings, hour, () => 0.5, NEW_YORK)).toBe(hour / 2);
  });
});
