// One measured run of one side: start it, sample it, read its output, delete the output.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { costFigures, type CostFigures } from './cost-figures.ts';
import { measureProcess, type RunMeasurement } from './measure-process.ts';
import type { Figures } from './metrics.ts';
import type { Side, SideKey } from './sides.ts';

export type RunRecord = {
  side: SideKey;
  round: number;
  measurement: RunMeasurement | null;
} & (
  | {
      ok: true;
      figures: Figures;
      /** What the agent said its collection cost; null for FusionInventory and older agents. */
      cost: CostFigures | null;
      details: string[];
    }
  | { ok: false; error: string }
);

export type RunSettings = {
  repoRoot: string;
  tempDir: string;
  timeoutMs: number;
  sampleIntervalMs: number;
};

/** Last bytes of stderr quoted when a run fails: enough for the error, not the whole log. */
const STDERR_TAIL_CHARS = 400;
/** A zod error lists every issue; the first few hundred characters say what went wrong. */
const ERROR_CHARS = 500;

const describe = (error: unknown) => String(error).slice(0, ERROR_CHARS);

function failure(measurement: RunMeasurement, stderrPath: string): string | null {
  const tail = () => readFileSync(stderrPath, 'utf8').slice(-STDERR_TAIL_CHARS).trim();
  if (measurement.timedOut) return `timed out; killed. stderr: ${tail()}`;
  if (measurement.signal !== null) return `killed by ${measurement.signal}. stderr: ${tail()}`;
  if (measurement.exitCode !== 0) return `exit code ${measurement.exitCode}. stderr: ${tail()}`;
  return null;
}

export async function runOnce(
  side: Side,
  round: number,
  settings: RunSettings,
): Promise<RunRecord> {
  const stdoutPath = join(settings.tempDir, `${side.key}-${round}.out`);
  const stderrPath = join(settings.tempDir, `${side.key}-${round}.err`);
  const base = { side: side.key, round };
  try {
    const measurement = await measureProcess({
      command: side.command,
      args: side.args,
      cwd: settings.repoRoot,
      env: side.env?.(round),
      stdoutPath,
      stderrPath,
      timeoutMs: settings.timeoutMs,
      sampleIntervalMs: settings.sampleIntervalMs,
    });
    const failed = failure(measurement, stderrPath);
    if (failed !== null) return { ...base, measurement, ok: false, error: failed };
    try {
      const { details, cost, ...output } = side.analyse(readFileSync(stdoutPath));
      const figures: Figures = {
        wallMs: measurement.wallMs,
        cpuMs: measurement.cpuMs,
        mainPeakRssKb: measurement.mainPeakRssKb,
        treePeakRssKb: measurement.treePeakRssKb,
        treePeakRssRawKb: measurement.treePeakRssRawKb,
        maxProcesses: measurement.maxProcesses,
        ...output,
      };
      const told = cost === null ? null : costFigures(cost);
      return { ...base, measurement, ok: true, figures, cost: told, details };
    } catch (error) {
      return { ...base, measurement, ok: false, error: `unreadable output: ${describe(error)}` };
    }
  } catch (error) {
    return { ...base, measurement: null, ok: false, error: `could not start: ${describe(error)}` };
  } finally {
    rmSync(stdoutPath, { force: true });
    rmSync(stderrPath, { force: true });
  }
}
