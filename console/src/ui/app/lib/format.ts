const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A duration as people say it: "just now", "4 min", "2 h 5 min", "3 days". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE_MS) return 'under a minute';
  if (ms < HOUR_MS) return `${Math.floor(ms / MINUTE_MS)} min`;
  if (ms < DAY_MS) {
    const hours = Math.floor(ms / HOUR_MS);
    const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
    return minutes > 0 && hours < 10 ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.floor(ms / DAY_MS);
  return days === 1 ? '1 day' : `${days} days`;
}

/** "5 min ago", "just now", or "never" for a missing timestamp. */
export function formatAgo(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const ms = now - Date.parse(iso);
  if (ms < MINUTE_MS) return 'just now';
  return `${formatDuration(ms)} ago`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

// Formatting an invalid Date throws a RangeError; a moment the console cannot read is shown as
// the text it came as rather than taking the page down with it.

/** Date and time in the reader's locale; the text itself when it is no moment. */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at);
}

/** Time today, or date and time for older moments; the text itself when it is no moment. */
export function formatWhen(iso: string, now: number): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Date(now).toDateString() === at.toDateString()
    ? timeOnly.format(at)
    : dateTime.format(at);
}

const numbers = new Intl.NumberFormat();

/** 10000 → "10,000" in the reader's locale. */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** One formatter per number of decimals: building one is far dearer than using it. */
const decimalFormats = new Map<number, Intl.NumberFormat>();

/**
 * A number with at most `decimals` decimals, trailing zeros dropped, grouped and pointed as the
 * reader's locale does: 8589934592 → "8,589,934,592", 0.50 → "0.5".
 */
export function formatDecimal(n: number, decimals: number): string {
  let format = decimalFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: decimals });
    decimalFormats.set(decimals, format);
  }
  return format.format(n);
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * Bytes in binary units (KiB, MiB, GiB, TiB), one decimal below a hundred: memory and disks are
 * reported in bytes, and 23.5 GiB reads "23.5 GiB", as the computer itself shows it.
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.96 MiB rounds up to a whole GiB rather than reading "1,024 MiB".
  if (unit < BYTE_UNITS.length - 1 && Math.round(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  return `${formatDecimal(value, value < 100 && unit > 0 ? 1 : 0)} ${BYTE_UNITS[unit]}`;
}

/** "1 device" / "3 devices". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
