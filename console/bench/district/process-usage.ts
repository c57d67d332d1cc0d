// What a server process costs, read from outside it the same way for the hub and the baseline:
// resident memory now and at its peak, and the CPU time it has used. Linux's /proc only;
// elsewhere the rows say "n/a".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export type ProcessUsage = { rssBytes: number; peakRssBytes: number; cpuSeconds: number };

/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_S = (() => {
  const asked = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(asked.stdout?.trim());
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

const kibibytesOf = (status: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;

export function readUsage(pid: number | undefined): ProcessUsage | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return {
      rssBytes: kibibytesOf(status, 'VmRSS'),
      peakRssBytes: kibibytesOf(status, 'VmHWM'),
      cpuSeconds: ticks / TICKS_PER_S,
    };
  } catch {
    return null;
  }
}

/** The sum over several processes (two hubs): peaks add up as if they came at the same time. */
export function sumUsage(usages: (ProcessUsage | null)[]): ProcessUsage | null {
  if (usages.some((u) => u === null)) return null;
  return (usages as ProcessUsage[]).reduce((a, b) => ({
    rssBytes: a.rssBytes + b.rssBytes,
    peakRssBytes: a.peakRssBytes + b.peakRssBytes,
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
  }));
}
