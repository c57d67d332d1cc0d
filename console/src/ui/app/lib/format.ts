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

/** Date and time in the reader's locale. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** Time today, or date and time for older moments. */
export function formatWhen(iso: string, now: number): string {
  const at = new Date(iso);
  return new Date(now).toDateString() === at.toDateString()
    ? timeOnly.format(at)
    : dateTime.format(at);
}

const numbers = new Intl.NumberFormat();

/** 10000 → "10,000" in the reader's locale. */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/**
 * Bytes as GB/MB with one decimal where it helps, in the binary units operating systems show
 * (16 GiB of memory reads "16 GB", as on the computer itself).
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const whole = value >= 10 || unit === 0 || Number.isInteger(value);
  return `${whole ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** "1 device" / "3 devices". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
