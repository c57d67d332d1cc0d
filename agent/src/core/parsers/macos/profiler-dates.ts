// Dates in system_profiler's text output follow the user's region settings: `04/09/11 22:43` on a
// French Mac (day first), `7/31/09 9:21 AM` on a US one (month first), `2011/09/04` in ISO-like
// regions. One output uses one format throughout, so the order is decided once per output.

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const DATE_PARTS = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})/;
const TWELVE_HOUR = /\b[AP]\.?M\.?\b/i;
const MONTHS_PER_YEAR = 12;
/** Two-digit years below this are 20xx, the rest 19xx (old Classic apps carry 1990s dates). */
const CENTURY_PIVOT = 70;

/**
 * The field order of the dates in one output. A first part over 12 means day first, a second
 * part over 12 month first; with no such date, a 12-hour clock means the US order and a 24-hour
 * clock day first (as in most regions that use it, France included).
 */
export function detectDateOrder(samples: readonly string[]): DateOrder {
  let twelveHour = false;
  for (const sample of samples) {
    const parts = DATE_PARTS.exec(sample);
    if (!parts) continue;
    if ((parts[1] ?? '').length === 4) return 'ymd';
    // A dotted date (`31.07.09`) is day first in every region that writes one.
    if (sample.includes('.') && !sample.includes('/')) return 'dmy';
    if (Number(parts[1]) > MONTHS_PER_YEAR) return 'dmy';
    if (Number(parts[2]) > MONTHS_PER_YEAR) return 'mdy';
    if (TWELVE_HOUR.test(sample)) twelveHour = true;
  }
  return twelveHour ? 'mdy' : 'dmy';
}

/** The `YYYY-MM-DD` date in a text date, read in the given order; undefined if none. */
export function toIsoDate(raw: string, order: DateOrder): string | undefined {
  const parts = DATE_PARTS.exec(raw);
  if (!parts) return undefined;
  const [first, second, third] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const [year, month, day] =
    order === 'ymd'
      ? [first, second, third]
      : order === 'mdy'
        ? [fullYear(third), first, second]
        : [fullYear(third), second, first];
  if (month < 1 || month > MONTHS_PER_YEAR || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function fullYear(year: number): number {
  if (year >= 100) return year;
  return year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
