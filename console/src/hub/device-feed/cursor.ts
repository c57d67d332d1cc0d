// A device-list cursor names the hub run it came from and the list's version then: a cursor from
// an earlier run (the hub restarted) or one the hub never issued is answered with a snapshot.

/** `<run>:<version>`. */
export function encodeCursor(run: string, version: number): string {
  return `${run}:${version}`;
}

/** The version a cursor stands for in this run, or null when it is not this run's. */
export function versionOf(cursor: string, run: string): number | null {
  const separator = cursor.lastIndexOf(':');
  if (separator < 0 || cursor.slice(0, separator) !== run) return null;
  const digits = cursor.slice(separator + 1);
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}
