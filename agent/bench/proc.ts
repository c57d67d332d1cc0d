// Linux /proc readers: memory of a process and its descendants, and CPU time of reaped children.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Upper bound on a walked tree, so one sample stays cheap even if something forks wildly. */
const MAX_TREE_PROCESSES = 256;

export type ProcessMemory = { rssKb: number; hwmKb: number };

const VM_RSS = /^VmRSS:\s+(\d+) kB$/m;
const VM_HWM = /^VmHWM:\s+(\d+) kB$/m;

/** A /proc file's text, or null once the process has gone (ENOENT, ESRCH) between steps. */
function readProcText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Current and peak resident memory of one process. Null if it has gone; zeros for a zombie or
 * kernel thread, whose status has no Vm lines.
 */
export function readMemory(pid: number): ProcessMemory | null {
  const status = readProcText(`/proc/${pid}/status`);
  if (status === null) return null;
  return {
    rssKb: Number(VM_RSS.exec(status)?.[1] ?? 0),
    hwmKb: Number(VM_HWM.exec(status)?.[1] ?? 0),
  };
}

/** The program name (comm) of a process, or null once it has gone. */
export function readProgramName(pid: number): string | null {
  return readProcText(`/proc/${pid}/comm`)?.trim() ?? null;
}

/** Direct children of every thread of `pid` (a child belongs to the thread that forked it). */
function childrenOf(pid: number): number[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return threads.flatMap((tid) =>
    (readProcText(`/proc/${pid}/task/${tid}/children`) ?? '')
      .split(' ')
      .filter((field) => field !== '')
      .map(Number),
  );
}

export type Descendant = { pid: number; parent: number };

/** All live descendants of `root`, breadth first, at most MAX_TREE_PROCESSES of them. */
export function descendants(root: number): Descendant[] {
  const found: Descendant[] = [];
  const queue = [root];
  for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
    for (const pid of childrenOf(parent)) {
      if (found.length >= MAX_TREE_PROCESSES) return found;
      found.push({ pid, parent });
      queue.push(pid);
    }
  }
  return found;
}

/** The executable a process runs, or null if it has gone or is a kernel thread. */
export function readExecutable(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/**
 * User+system clock ticks of this process's reaped children, including what they had reaped in
 * turn (cutime + cstime). Exact where sampling is not: the delta across one child's life is the
 * CPU its whole tree used, even processes that lived for a millisecond.
 */
export function reapedChildrenCpuTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The command name (field 2) may hold spaces and parentheses; fields after the last ')' do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3]: cutime is 16, cstime is 17.
  return Number(fields[13]) + Number(fields[14]);
}

/** Kernel clock ticks per second, for the tick counts above; Linux uses 100 almost everywhere. */
export function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}
