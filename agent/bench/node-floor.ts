// Node's own floor: the peak resident memory of the same Node binary doing nothing, measured the
// way the agent's main process is (VmHWM, sampled), so "the agent's own memory" can be told
// apart from what any Node program costs before it runs a line.
import { join } from 'node:path';
import { measureProcess } from './measure-process.ts';
import { median } from './metrics.ts';
import type { RunSettings } from './run-once.ts';

/** Long enough for a few samples and for Node to finish starting; nothing else happens. */
export const NODE_FLOOR_SCRIPT = 'setTimeout(() => {}, 300)';

export type NodeFloor = {
  command: string;
  /** Median VmHWM of the runs that ended cleanly, kB; null if none did. */
  peakRssKb: number | null;
  runsKb: number[];
};

export async function measureNodeFloor(runs: number, settings: RunSettings): Promise<NodeFloor> {
  const args = ['-e', NODE_FLOOR_SCRIPT];
  const runsKb: number[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const measurement = await measureProcess({
      command: process.execPath,
      args,
      cwd: settings.repoRoot,
      stdoutPath: join(settings.tempDir, `node-floor-${round}.out`),
      stderrPath: join(settings.tempDir, `node-floor-${round}.err`),
      timeoutMs: settings.timeoutMs,
      sampleIntervalMs: settings.sampleIntervalMs,
    });
    if (measurement.exitCode === 0) runsKb.push(measurement.mainPeakRssKb);
  }
  return {
    command: [process.execPath, ...args.map((arg) => (arg.includes(' ') ? `"${arg}"` : arg))].join(
      ' ',
    ),
    peakRssKb: median(runsKb),
    runsKb,
  };
}
