import { describe, expect, it } from 'vitest';
import { inTimetable, timetableSchema, weekTimeOf } from './duty.ts';
import { skillsMatch } from './skills.ts';

describe('weekly timetables', () => {
  it('reads a moment as the school week in a given time zone', () => {
    // Monday 7 December 2026, 09:30 UTC.
    const at = new Date('2026-12-07T09:30:00Z');
    expect(weekTimeOf(at, 'UTC')).toEqual({ day: 1, minutes: 9 * 60 + 30 });
    expect(weekTimeOf(at, 'America/Bogota')).toEqual({ day: 1, minutes: 4 * 60 + 30 });
    // Late on Monday evening in Auckland (UTC+13 in December), and Tuesday three hours later.
    expect(weekTimeOf(at, 'Pacific/Auckland')).toEqual({ day: 1, minutes: 22 * 60 + 30 });
    expect(weekTimeOf(new Date('2026-12-07T12:30:00Z'), 'Pacific/Auckland')).toEqual({
      day: 2,
      minutes: 90,
    });
    expect(weekTimeOf(new Date('2026-12-13T23:59:00Z'), 'UTC')).toEqual({ day: 7, minutes: 1439 });
  });

  it('counts the start of a period in and its end out', () => {
    const periods = [{ day: 3, from: '10:15', to: '11:00' }];
    expect(inTimetable(periods, { day: 3, minutes: 10 * 60 + 14 })).toBe(false);
    expect(inTimetable(periods, { day: 3, minutes: 10 * 60 + 15 })).toBe(true);
    expect(inTimetable(periods, { day: 3, minutes: 10 * 60 + 59 })).toBe(true);
    expect(inTimetable(periods, { day: 3, minutes: 11 * 60 })).toBe(false);
    expect(inTimetable(periods, { day: 4, minutes: 10 * 60 + 30 })).toBe(false);
    expect(inTimetable([], { day: 3, minutes: 10 * 60 + 30 })).toBe(false);
  });

  it('takes whole periods on a 24-hour clock only', () => {
    expect(timetableSchema.safeParse([{ day: 5, from: '00:00', to: '23:59' }]).success).toBe(true);
    for (const bad of [
      { day: 0, from: '09:00', to: '10:00' },
      { day: 1, from: '10:00', to: '10:00' },
      { day: 1, from: '9:00', to: '10:00' },
      { day: 1, from: '09:00', to: '24:00' },
      { day: 1.5, from: '09:00', to: '10:00' },
    ])
      expect(timetableSchema.safeParse([bad]).success).toBe(false);
  });
});

describe('skills and categories', () => {
  it('sends everything to an advisor whose skills name no category', () => {
    expect(skillsMatch([], 'printer')).toBe(true);
    expect(skillsMatch(['Chess club', 'Scratch'], 'internet')).toBe(true);
  });

  it('sends the named categories, and "something else", to one whose skills name some', () => {
    const skills = [' printers ', 'Chess club', 'WI-FI'];
    expect(skillsMatch(skills, 'printer')).toBe(true);
    expect(skillsMatch(skills, 'internet')).toBe(true);
    expect(skillsMatch(skills, 'other')).toBe(true);
    expect(skillsMatch(skills, 'sign-in')).toBe(false);
    expect(skillsMatch(skills, 'sound-screen')).toBe(false);
  });
});
