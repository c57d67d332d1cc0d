import { z } from 'zod';

/**
 * `duty:set`: the caller says they are on duty (or no longer). There is no user id in it on
 * purpose: a helper changes only their own flag.
 */
export const dutySetSchema = z.strictObject({ onDuty: z.boolean() });

/** Most periods one advisor's week holds: every lesson of a long school week, and some. */
export const MAX_DUTY_PERIODS = 70;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24-hour)');

/**
 * One period of an advisor's week when they are free to help: ISO weekday (1 Monday … 7 Sunday)
 * and a start and end on the school's clock (the hub's time zone), end after start.
 */
export const dutyPeriodSchema = z
  .strictObject({ day: z.number().int().min(1).max(7), from: clockTime, to: clockTime })
  .refine((p) => p.from < p.to, { message: 'the period ends after it starts', path: ['to'] });
export type DutyPeriod = z.infer<typeof dutyPeriodSchema>;

/** An advisor's weekly timetable: the periods they are free to help. Empty: the toggle only. */
export const timetableSchema = z.array(dutyPeriodSchema).max(MAX_DUTY_PERIODS);

/** A moment of the school week: ISO weekday and minutes since midnight. */
export type WeekTime = { day: number; minutes: number };

/** `at` as the school week sees it, in `timeZone` (the process's own when left out). */
export function weekTimeOf(at: Date, timeZone?: string): WeekTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether `at` falls in one of the periods (start included, end not). */
export function inTimetable(periods: readonly DutyPeriod[], at: WeekTime): boolean {
  return periods.some(
    (p) => p.day === at.day && minutesOf(p.from) <= at.minutes && at.minutes < minutesOf(p.to),
  );
}
