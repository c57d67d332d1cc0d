/** Seconds since the epoch, as rpm prints `%{INSTALLTIME}`. */
const EPOCH_SECONDS = /^\d{1,12}$/;

const MS_PER_SECOND = 1000;

/**
 * Turns a Unix time in seconds into `YYYY-MM-DD` (UTC), or undefined when it is not one. A date,
 * not a timestamp, so the software section's hash does not depend on the agent's time zone.
 */
export function isoDateFromEpochSeconds(value: string): string | undefined {
  if (!EPOCH_SECONDS.test(value)) return undefined;
  const seconds = Number(value);
  if (seconds === 0) return undefined;
  return new Date(seconds * MS_PER_SECOND).toISOString().slice(0, 10);
}
