// An advisor's weekly timetable as the console edits and shows it: the periods they are free to
// help, on the school's clock. The hub decides from it who is on duty; this only reads and writes.
import { MAX_DUTY_PERIODS, timetableSchema, type DutyPeriod } from '@handraise/shared';

/** ISO weekdays, Monday first, as the week is drawn in school timetables. */
export const WEEKDAYS = [
  { day: 1, short: 'Mon', name: 'Monday' },
  { day: 2, short: 'Tue', name: 'Tuesday' },
  { day: 3, short: 'Wed', name: 'Wednesday' },
  { day: 4, short: 'Thu', name: 'Thursday' },
  { day: 5, short: 'Fri', name: 'Friday' },
  { day: 6, short: 'Sat', name: 'Saturday' },
  { day: 7, short: 'Sun', name: 'Sunday' },
] as const;

const shortDay = (day: number) => WEEKDAYS[day - 1]?.short ?? '?';

/** Periods in the order of the week: by day, then start, then end. */
export function sortPeriods(periods: readonly DutyPeriod[]): DutyPeriod[] {
  return [...periods].sort(
    (a, b) => a.day - b.day || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Fri": three days or more in a row become a range. */
export function formatDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const first = sorted[i] ?? 0;
    const last = sorted[j] ?? 0;
    if (j - i >= 2) parts.push(`${shortDay(first)}–${shortDay(last)}`);
    else for (let k = i; k <= j; k++) parts.push(shortDay(sorted[k] ?? 0));
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * "13:15" as the reader's clock says it ("1:15 PM" in the US, "13:15" in Britain), as the time
 * inputs show it. A date with that time stands for it: only hours and minutes are read.
 */
export function formatClock(time: string, locale?: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(2000, 0, 1, hours, minutes),
  );
}

/**
 * A week in a line: the same hours on several days are said once ("Mon, Wed 12:30–13:15"),
 * groups in the order of the week, and past `maxGroups` groups "and N more". Empty: "". Times
 * as the reader's clock says them (`locale` for another).
 */
export function timetableSummary(
  periods: readonly DutyPeriod[],
  maxGroups = 3,
  locale?: string,
): string {
  const groups = new Map<string, number[]>();
  for (const p of sortPeriods(periods)) {
    // Keyed by the stored times, which sort as the day goes; shown in the reader's.
    const hours = `${p.from}–${p.to}`;
    groups.set(hours, [...(groups.get(hours) ?? []), p.day]);
  }
  // First day, then start: Monday's lunch before Tuesday's first lesson.
  const ordered = [...groups].sort(
    ([hoursA, daysA], [hoursB, daysB]) =>
      (daysA[0] ?? 0) - (daysB[0] ?? 0) || hoursA.localeCompare(hoursB),
  );
  const shown = ordered.slice(0, maxGroups).map(([hours, days]) => {
    const [from = '', to = ''] = hours.split('–');
    return `${formatDays(days)} ${formatClock(from, locale)}–${formatClock(to, locale)}`;
  });
  const more = ordered.length - shown.length;
  return more > 0 ? `${shown.join('; ')} and ${more} more` : shown.join('; ');
}

/** An advisor's hours in a line: "Free Mon–Fri 12:30–13:15", or that the switch alone decides. */
export function timetableLine(
  periods: readonly DutyPeriod[],
  maxGroups = 3,
  locale?: string,
): string {
  const summary = timetableSummary(periods, maxGroups, locale);
  return summary ? `Free ${summary}` : 'On duty by the switch only';
}

/** Whether two timetables hold the same periods, whatever their order. */
export function sameTimetable(a: readonly DutyPeriod[], b: readonly DutyPeriod[]): boolean {
  return JSON.stringify(sortPeriods(a)) === JSON.stringify(sortPeriods(b));
}

/** One row of the editor: a period as typed, with a key that stays while its values change. */
export type PeriodDraft = { key: string; day: number; from: string; to: string };

let nextKey = 0;
const draftKey = () => `period-${++nextKey}`;

/** The editor's rows for a saved timetable. */
export function draftsOf(periods: readonly DutyPeriod[]): PeriodDraft[] {
  return sortPeriods(periods).map((p) => ({ ...p, key: draftKey() }));
}

/** Lunch: the break most advisors give, and a start that is easy to change. */
const FIRST_PERIOD = { day: 1, from: '12:30', to: '13:15' };

/**
 * The row "Add a period" appends: the same hours as the last row on the next school day (a
 * timetable is usually the same slot on several days), or Monday's lunch for the first one.
 */
export function nextDraft(drafts: readonly PeriodDraft[]): PeriodDraft {
  const last = drafts.at(-1);
  if (!last) return { ...FIRST_PERIOD, key: draftKey() };
  const day = last.day >= 5 ? 1 : last.day + 1;
  return { day, from: last.from, to: last.to, key: draftKey() };
}

/** The timetable to send, or what is wrong with the rows, in the coordinator's words. */
export function periodsOf(
  drafts: readonly PeriodDraft[],
): { ok: true; periods: DutyPeriod[] } | { ok: false; error: string } {
  if (drafts.some((d) => !d.from || !d.to))
    return { ok: false, error: 'Give every period of the timetable a start and an end.' };
  if (drafts.some((d) => d.from >= d.to))
    return { ok: false, error: 'Each period of the timetable ends after it starts.' };
  // The same period twice says nothing more: send it once.
  const unique = new Map(
    drafts.map(({ day, from, to }) => [`${day} ${from} ${to}`, { day, from, to }]),
  );
  const parsed = timetableSchema.safeParse(sortPeriods([...unique.values()]));
  if (!parsed.success)
    return { ok: false, error: `A timetable holds at most ${MAX_DUTY_PERIODS} periods.` };
  return { ok: true, periods: parsed.data };
}
