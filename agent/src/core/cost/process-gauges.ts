import { readFileSync } from 'node:fs';

/** What the cost meter reads from the running process; tests stand their own in. */
export type ProcessGauges = {
  /** Wall-clock time, epoch ms. */
  now(): number;
  /** CPU time of this process so far (user and system), ms. */
  cpuMs(): number;
  /** Resident memory now, bytes. */
  rssBytes(): number;
  /** The highest resident memory of this process's life, bytes. */
  maxRssBytes(): number;
  /** CPU time of the children this process ran and waited for, ms; undefined where unknown. */
  toolsCpuMs(): number | undefined;
};

/**
 * Linux reports a process's children's CPU in clock ticks of USER_HZ, which the kernel fixes at
 * 100 per second for user space whatever its internal tick rate.
 */
const MS_PER_USER_TICK = 10;

/**
 * The finished children's CPU time from `/proc/self/stat` (cutime and cstime, the 16th and 17th
 * fields); undefined off Linux or when the file cannot be read. The command name (2nd field) may
 * hold spaces and parentheses, so the fields are counted from its closing parenthesis.
 */
export function childrenCpuMsFromStat(stat: string): number | undefined {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After ")": field 3 (state) is rest[0], so field N is rest[N - 3].
  const cutime = Number(rest[13]);
  const cstime = Number(rest[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime) || rest.length < 15) return undefined;
  return (cutime + cstime) * MS_PER_USER_TICK;
}

function readChildrenCpuMs(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return childrenCpuMsFromStat(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** This process's own gauges. */
export const processGauges: ProcessGauges = {
  now: () => Date.now(),
  cpuMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  rssBytes: () => process.memoryUsage.rss(),
  // maxRSS is in kibibytes on every platform Node supports.
  maxRssBytes: () => process.resourceUsage().maxRSS * 1024,
  toolsCpuMs: readChildrenCpuMs,
};
