import { found, missing, readTextFile, type Reading, type StateContext } from './state-reading.ts';

const COLLECTOR = 'boot-time';

/** Date's own limit: 8.64e15 ms either side of 1970; past it toISOString throws. */
const LARGEST_DATE_MS = 8.64e15;
const MS_PER_SECOND = 1000;

/**
 * The boot time from /proc/stat's `btime` line (seconds since 1970, UTC), as ISO 8601. The
 * uptime follows from it and the clock, so it is not stored: it would change on every read.
 */
export function parseBootTime(procStat: string): string | undefined {
  const match = /^btime\s+(\d+)\s*$/m.exec(procStat);
  if (!match) return undefined;
  const milliseconds = Number(match[1]) * MS_PER_SECOND;
  if (milliseconds <= 0 || milliseconds > LARGEST_DATE_MS) return undefined;
  return new Date(milliseconds).toISOString();
}

export async function readBootTime(context: StateContext): Promise<Reading<string>> {
  const file = await readTextFile(context.paths.procStat);
  if (!file.ok) return missing(COLLECTOR, file.reason);
  const bootTime = parseBootTime(file.text);
  if (bootTime === undefined) {
    return missing(COLLECTOR, `${context.paths.procStat} has no btime line`);
  }
  return found(bootTime);
}
