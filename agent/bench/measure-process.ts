// Runs one program to completion while sampling the memory of its process tree.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { clockTicksPerSecond, reapedChildrenCpuTicks } from './proc.ts';
import { treeSampler, type TreePeaks } from './tree-sampler.ts';

export type MeasureOptions = {
  command: string;
  args: readonly string[];
  cwd: string;
  /** The program's environment; this process's own if absent. */
  env?: NodeJS.ProcessEnv;
  /** The program's stdout and stderr go to these files, not through this process. */
  stdoutPath: string;
  stderrPath: string;
  /** Kill the whole process group past this. */
  timeoutMs: number;
  sampleIntervalMs: number;
};

export type RunMeasurement = TreePeaks & {
  wallMs: number;
  /** User + system CPU of the program and every descendant it waited for. */
  cpuMs: number;
  /** CPU this bench process spent meanwhile, nearly all of it sampling: the observer's cost. */
  observerCpuMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
};

const TICKS_PER_SECOND = clockTicksPerSecond();

/** Process groups still running, so an interrupted bench leaves nothing behind. */
const liveGroups = new Set<number>();

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone: nothing to do.
  }
}

/** Kills every program this module started that has not been waited for yet. */
export function killLivePrograms(): void {
  for (const pgid of liveGroups) killGroup(pgid);
  liveGroups.clear();
}

/**
 * Starts the program in its own process group and resolves once it has exited (and been reaped,
 * so its CPU time is in this process's children total). Runs must not overlap: that total is
 * per parent, not per child.
 */
export function measureProcess(options: MeasureOptions): Promise<RunMeasurement> {
  return new Promise((resolve, reject) => {
    const out = openSync(options.stdoutPath, 'w');
    const err = openSync(options.stderrPath, 'w');
    const cpuBefore = reapedChildrenCpuTicks();
    const observerBefore = process.cpuUsage();
    const started = performance.now();
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', out, err],
      // Its own process group: a timeout or Ctrl-C can kill dmidecode, apt-get… with it.
      detached: true,
    });
    // The child holds its own copies of the descriptors.
    closeSync(out);
    closeSync(err);

    const pid = child.pid;
    if (pid === undefined) {
      child.once('error', reject);
      return;
    }
    liveGroups.add(pid);

    let timedOut = false;
    const { sample, peaks } = treeSampler(pid);

    sample();
    const sampler = setInterval(sample, options.sampleIntervalMs);
    const deadline = setTimeout(() => {
      timedOut = true;
      killGroup(pid);
    }, options.timeoutMs);

    child.once('error', (error) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      liveGroups.delete(pid);
      reject(error);
    });
    child.once('exit', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      const observer = process.cpuUsage(observerBefore);
      clearInterval(sampler);
      clearTimeout(deadline);
      // Anything the program left running in its group would skew the next run.
      killGroup(pid);
      liveGroups.delete(pid);
      resolve({
        wallMs,
        cpuMs: ((reapedChildrenCpuTicks() - cpuBefore) * 1000) / TICKS_PER_SECOND,
        observerCpuMs: (observer.user + observer.system) / 1000,
        ...peaks(),
        exitCode,
        signal,
        timedOut,
      });
    });
  });
}
