// Parsers for the Linux kernel's own counters under /proc and /var/run/utmp. The live view reads
// them in the agent's process every 2 s instead of running `ps`, `df` or `who`: one read of a
// file the kernel writes on demand costs microseconds, a child process milliseconds.

/** CPU time of one processor line of /proc/stat, in clock ticks. */
export type CpuTicks = { busy: number; total: number };

/** /proc/stat's `cpu` (all processors) and `cpuN` lines. */
export function parseCpuTicks(stat: string): { all: CpuTicks; cores: CpuTicks[] } | null {
  let all: CpuTicks | null = null;
  const cores: CpuTicks[] = [];
  for (const line of stat.split('\n')) {
    const match = /^cpu(\d*)\s+(.*)$/.exec(line);
    if (!match) continue;
    // user nice system idle iowait irq softirq steal (guest time is already inside user).
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      match[2]!.trim().split(/\s+/).map(Number);
    const idleAll = idle + iowait;
    const total = user + nice + system + idleAll + irq + softirq + steal;
    const ticks = { busy: total - idleAll, total };
    if (match[1] === '') all = ticks;
    else cores.push(ticks);
  }
  return all ? { all, cores } : null;
}

/** Busy share of the time between two readings, 0–100. */
export function busyPercent(before: CpuTicks, after: CpuTicks): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  return clampPercent(((after.busy - before.busy) / total) * 100);
}

export const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

/** MemTotal and MemAvailable of /proc/meminfo, in bytes (the file says kB, meaning KiB). */
export function parseMeminfo(meminfo: string): { totalBytes: number; availableBytes: number } {
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(meminfo);
    return match ? Number(match[1]) * 1024 : null;
  };
  const totalBytes = kib('MemTotal') ?? 0;
  // Kernels before 3.14 have no MemAvailable: free memory plus page cache is the old estimate.
  const availableBytes =
    kib('MemAvailable') ?? (kib('MemFree') ?? 0) + (kib('Cached') ?? 0) + (kib('Buffers') ?? 0);
  return { totalBytes, availableBytes: Math.min(availableBytes, totalBytes) };
}

/** Bytes read and written so far by the given whole disks, from /proc/diskstats. */
export function parseDiskstats(
  diskstats: string,
  disks: ReadonlySet<string>,
): { readBytes: number; writeBytes: number } {
  // The kernel counts in 512-byte sectors here, whatever the disk's own sector size.
  const SECTOR_BYTES = 512;
  let readBytes = 0;
  let writeBytes = 0;
  for (const line of diskstats.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || !disks.has(fields[2]!)) continue;
    readBytes += Number(fields[5]) * SECTOR_BYTES;
    writeBytes += Number(fields[9]) * SECTOR_BYTES;
  }
  return { readBytes, writeBytes };
}

/** Bytes received and sent so far per interface, from /proc/net/dev. */
export function parseNetDev(netDev: string): Map<string, { received: number; sent: number }> {
  const counters = new Map<string, { received: number; sent: number }>();
  for (const line of netDev.split('\n')) {
    const match = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const fields = match[2]!.trim().split(/\s+/).map(Number);
    // Eight receive columns, then the transmit ones.
    if (fields.length < 9) continue;
    counters.set(match[1]!, { received: fields[0]!, sent: fields[8]! });
  }
  return counters;
}

/** One process from /proc/PID/stat: its name, CPU ticks used so far and resident pages. */
export type ProcStat = { pid: number; name: string; ticks: number; residentPages: number };

export function parsePidStat(stat: string): ProcStat | null {
  // The name sits in parentheses and may itself hold spaces and parentheses: the last ')' ends it.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(stat.slice(0, open).trim());
  // After the name: state (field 3) ... utime (14), stime (15) ... rss (24).
  const rest = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(rest[n - 3]);
  const ticks = field(14) + field(15);
  const residentPages = field(24);
  if (!Number.isInteger(pid) || !Number.isFinite(ticks) || !Number.isFinite(residentPages))
    return null;
  return { pid, name: stat.slice(open + 1, close), ticks, residentPages };
}

/**
 * People signed in, from the binary utmp file (glibc's `struct utmp`, 384 bytes a record on every
 * Linux architecture glibc supports): user processes only, in the file's order, each name once.
 */
export function parseUtmpUsers(utmp: Uint8Array, littleEndian = true): string[] {
  const RECORD_BYTES = 384;
  const USER_PROCESS = 7;
  const USER_OFFSET = 44;
  const USER_BYTES = 32;
  const view = new DataView(utmp.buffer, utmp.byteOffset, utmp.byteLength);
  const names: string[] = [];
  for (let at = 0; at + RECORD_BYTES <= utmp.byteLength; at += RECORD_BYTES) {
    if (view.getInt32(at, littleEndian) !== USER_PROCESS) continue;
    const field = utmp.subarray(at + USER_OFFSET, at + USER_OFFSET + USER_BYTES);
    const end = field.indexOf(0);
    const name = new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Interpreters whose own name says little: the program is the script they run. */
const INTERPRETERS = new Set(['node', 'python', 'python3', 'perl', 'ruby', 'java', 'bash', 'sh']);

/** Interpreter options whose value is the next argument, not the program. */
const OPTIONS_WITH_VALUES = new Set([
  '-r',
  '--require',
  '--import',
  '--loader',
  '-e',
  '--eval',
  '-m',
  '-cp',
  '-c',
]);

/**
 * A program's name from /proc/PID/cmdline (NUL-separated arguments): the base name of what ran,
 * and for an interpreter the script it runs ("node cli.ts"). Empty for kernel threads.
 */
export function programName(cmdline: string): string {
  let args = cmdline.split('\0').filter(Boolean);
  // Some programs (Chromium's helpers) rewrite their arguments into one space-joined string.
  if (args.length === 1) args = args[0]!.split(' ').filter(Boolean);
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const program = base(args[0] ?? '');
  if (!program) return '';
  // The script is the first argument that is neither an option nor an option's value.
  const script = args
    .slice(1)
    .find((arg, i, rest) => !arg.startsWith('-') && !OPTIONS_WITH_VALUES.has(rest[i - 1] ?? ''));
  const name = INTERPRETERS.has(program) && script ? `${program} ${base(script)}` : program;
  return name.slice(0, 100);
}

/** Memory page size, from the same process's resident size in KiB and in pages. */
export function pageSizeFrom(statusVmRssKib: number, statmResidentPages: number): number {
  if (statmResidentPages <= 0 || statusVmRssKib <= 0) return 4096;
  const estimate = (statusVmRssKib * 1024) / statmResidentPages;
  // Pages are powers of two (4 KiB on x86, 4, 16 or 64 KiB on ARM): round to the nearest one.
  return 2 ** Math.round(Math.log2(estimate));
}
