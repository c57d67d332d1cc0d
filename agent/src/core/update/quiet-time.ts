// School hours in a computer's own local time. Times are read through Intl in a named zone, so a
// day when clocks change has 23 or 25 hours and "16:30" still means the wall clock's 16:30.
import type { SchoolHours } from '@handraise/shared';

/** Where the search for a quiet moment stops: a week covers every weekday. */
const SEARCH_MINUTES = 8 * 24 * 60;
const MINUTE_MS = 60_000;

type WallClock = { day: number; minutes: number };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function wallClockReader(timeZone: string | undefined): (at: Date) => WallClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    return {
      day: WEEKDAYS.indexOf(parts.weekday ?? ''),
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function inLesson(clock: WallClock, hours: SchoolHours): boolean {
  const minutes = clock.minutes;
  return (
    hours.days.includes(clock.day) &&
    minutes >= minutesOf(hours.start) &&
    minutes < minutesOf(hours.end)
  );
}

/** Whether `at` falls in school hours, in `timeZone` (the computer's own when not given). */
export function isSchoolTime(at: Date, hours: SchoolHours, timeZone?: string): boolean {
  return inLesson(wallClockReader(timeZone)(at), hours);
}

/**
 * The first moment from `now` outside school hours (now itself when quiet), to the minute; null
 * when school never ends (every minute of every day set as school time).
 */
export function nextQuietTime(now: Date, hours: SchoolHours, timeZone?: string): Date | null {
  const read = wallClockReader(timeZone);
  if (!inLesson(read(now), hours)) return now;
  // Minute by minute from the next whole minute: at most a week of steps, once per offer.
  const start = Math.ceil(now.getTime() / MINUTE_MS) * MINUTE_MS;
  for (let step = 0; step < SEARCH_MINUTES; step++) {
    const at = new Date(start + step * MINUTE_MS);
    if (!inLesson(read(at), hours)) return at;
  }
  return null;
}

/** How long school stays out from `at` (quiet itself), to the minute, up to `limitMs`. */
function quietLengthMs(at: Date, hours: SchoolHours, limitMs: number, timeZone?: string): number {
  const read = wallClockReader(timeZone);
  let length = 0;
  while (
    length + MINUTE_MS <= limitMs &&
    !inLesson(read(new Date(at.getTime() + length + MINUTE_MS)), hours)
  )
    length += MINUTE_MS;
  return length;
}

/**
 * How long this computer waits before it fetches an update: until school is out, then a random
 * part of `spreadMs`, so that 500 computers do not download at the same moment. The spread fits
 * inside the quiet time it starts in, so a short one (school hours set almost round the clock)
 * is not missed by every computer.
 */
export function updateDelayMs(
  now: Date,
  hours: SchoolHours,
  spreadMs: number,
  random: () => number = Math.random,
  timeZone?: string,
): number | null {
  const quiet = nextQuietTime(now, hours, timeZone);
  if (quiet === null) return null;
  const spread = quietLengthMs(quiet, hours, spreadMs, timeZone);
  return quiet.getTime() - now.getTime() + Math.floor(random() * spread);
}
