// The service-hours export: what an advisor can show for course credit, one row per request they
// took on and resolved, as a spreadsheet opens it.
import type { HelpCategory } from '@handraise/shared';
import { toCsv } from '../software/csv-export.ts';
import { within, type RequestRecord, type Window } from './advisor-figures.ts';
import { workedMsWithin } from './timeline-replay.ts';

const MINUTE_MS = 60_000;

export const SERVICE_HOURS_HEADER = ['Date', 'Minutes', 'Category', 'Room', 'Request'];

/** Categories as the requester picked them in the tray, for a reader outside Handraise. */
const CATEGORY_WORDS: Record<HelpCategory, string> = {
  internet: 'Internet',
  printer: 'Printer',
  'sign-in': 'Signing in',
  app: 'An app',
  'sound-screen': 'Sound or screen',
  other: 'Something else',
};

/** A calendar date on the hub computer's clock and time zone (the school's, as timetables). */
export function localDate(at: number): string {
  const day = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

type HoursRow = { resolvedAt: number; minutes: number; record: RequestRecord };

/**
 * One row per request the person claimed and resolved, their last resolution of it in the window:
 * the day of that resolution, the minutes they held it until resolved (every stint resolved in
 * the window, if it came back), its category, room and number; oldest first.
 */
export function serviceHoursRows(
  personId: string,
  records: readonly RequestRecord[],
  window: Window,
): HoursRow[] {
  const rows: HoursRow[] = [];
  for (const record of records) {
    const worked = workedMsWithin(record.facts, personId, window);
    const resolvedAt = record.facts.resolutions
      .filter((r) => r.personId === personId && within(window, r.at))
      .at(-1)?.at;
    if (worked === null || resolvedAt === undefined) continue;
    rows.push({ resolvedAt, minutes: Math.round(worked / MINUTE_MS), record });
  }
  return rows.sort((a, b) => a.resolvedAt - b.resolvedAt || a.record.number - b.record.number);
}

/** The export as CSV; rooms and categories are the school's words, defused like every export. */
export function serviceHoursCsv(rows: readonly HoursRow[]): string {
  return toCsv(
    SERVICE_HOURS_HEADER,
    rows.map((row) => [
      localDate(row.resolvedAt),
      row.minutes,
      CATEGORY_WORDS[row.record.category],
      row.record.room,
      row.record.number,
    ]),
  );
}
