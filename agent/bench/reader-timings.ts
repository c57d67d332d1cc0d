// What each Linux reader behind the hardware and state sections costs on its own: every tool
// started alone, measured as the inventory runs are, and the small files read in this process.
// The sections run their readers at once, so these do not add up to a section's time; they say
// which reader a slow section waits for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DPKG_QUERY_FORMAT } from '../src/core/parsers/linux/dpkg-query.ts';
import { LSBLK_ARGS } from '../src/core/collectors/linux/state/block-devices.ts';
import { LAST_RECORDS_READ } from '../src/core/collectors/linux/state/logged-in-users.ts';
import { pathWithSbin } from '../src/core/collectors/linux/state/state-reading.ts';
import { measureProcess } from './measure-process.ts';
import { median } from './metrics.ts';
import type { RunSettings } from './run-once.ts';

export type ReaderTool = {
  section: string;
  command: string;
  args: readonly string[];
  /** The command line as printed, where the real one is too long to read. */
  shown?: string;
};

/** The tools the Linux collectors start, with the arguments they pass. */
export const LINUX_READER_TOOLS: readonly ReaderTool[] = [
  { section: 'hardware', command: 'lscpu', args: [] },
  { section: 'hardware', command: 'df', args: ['-kPTx', 'squashfs'] },
  { section: 'hardware', command: 'lspci', args: ['-vvv'] },
  { section: 'hardware', command: 'dmesg', args: [] },
  { section: 'hardware', command: 'dmidecode', args: ['-t', '17'] },
  { section: 'state', command: 'who', args: [] },
  { section: 'state', command: 'last', args: ['-w', '-n', String(LAST_RECORDS_READ)] },
  { section: 'state', command: 'ip', args: ['-j', 'addr'] },
  { section: 'state', command: 'ip', args: ['-j', 'route', 'show', 'default'] },
  { section: 'state', command: 'ip', args: ['-j', '-6', 'route', 'show', 'default'] },
  { section: 'state', command: 'lsblk', args: LSBLK_ARGS },
  { section: 'state', command: 'timedatectl', args: ['show', '-p', 'Timezone', '--value'] },
  { section: 'state', command: 'resolvectl', args: ['dns'] },
  { section: 'state', command: 'lpstat', args: ['-e'] },
  {
    section: 'software',
    command: 'dpkg-query',
    args: ['-W', `-f=${DPKG_QUERY_FORMAT}`],
    shown: 'dpkg-query -W -f=<five fields>',
  },
];

/** Small files the state and hardware readers take their facts from. */
export const LINUX_READER_FILES = [
  '/etc/resolv.conf',
  '/proc/stat',
  '/etc/timezone',
  '/proc/cpuinfo',
  '/proc/meminfo',
];

export type ToolTiming = {
  section: string;
  command: string;
  /** Medians over the runs that started; null when the tool never ran. */
  wallMs: number | null;
  cpuMs: number | null;
  /** Why a figure is missing or what went wrong (not installed, an exit code). */
  remark: string | null;
};

export type FileTiming = { path: string; microseconds: number | null };

/** A spawn failure's reason, as the tool's absence reads in the table. */
function startFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'not installed' : `could not start: ${String(error)}`;
}

export async function timeReaderTools(
  runs: number,
  settings: RunSettings,
  tools: readonly ReaderTool[] = LINUX_READER_TOOLS,
): Promise<ToolTiming[]> {
  // The collectors add the sbin folders to PATH (ip, iwgetid live there).
  const env = { ...process.env, PATH: pathWithSbin(process.env.PATH) };
  const timings: ToolTiming[] = [];
  for (const [index, tool] of tools.entries()) {
    const walls: number[] = [];
    const cpus: number[] = [];
    let remark: string | null = null;
    for (let round = 1; round <= runs && remark !== 'not installed'; round += 1) {
      try {
        const measurement = await measureProcess({
          command: tool.command,
          args: tool.args,
          cwd: settings.repoRoot,
          env,
          stdoutPath: join(settings.tempDir, `reader-${index}.out`),
          stderrPath: join(settings.tempDir, `reader-${index}.err`),
          timeoutMs: settings.timeoutMs,
          sampleIntervalMs: settings.sampleIntervalMs,
        });
        walls.push(measurement.wallMs);
        cpus.push(measurement.cpuMs);
        if (measurement.exitCode !== 0)
          remark = `exit code ${measurement.exitCode ?? measurement.signal}`;
      } catch (error) {
        remark = startFailure(error);
      }
    }
    timings.push({
      section: tool.section,
      command: tool.shown ?? [tool.command, ...tool.args].join(' '),
      wallMs: median(walls),
      cpuMs: median(cpus),
      remark,
    });
  }
  return timings;
}

/** Median time to read each file whole, as the readers do; null if it cannot be read. */
export function timeReaderFiles(runs: number, paths = LINUX_READER_FILES): FileTiming[] {
  return paths.map((path) => {
    const times: number[] = [];
    for (let round = 0; round < runs; round += 1) {
      const started = performance.now();
      try {
        readFileSync(path, 'utf8');
      } catch {
        return { path, microseconds: null };
      }
      times.push((performance.now() - started) * 1000);
    }
    return { path, microseconds: median(times) };
  });
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** One line per tool and file, slowest tool first. */
export function renderReaderTimings(tools: readonly ToolTiming[], files: readonly FileTiming[]) {
  const byWall = [...tools].sort((a, b) => (b.wallMs ?? -1) - (a.wallMs ?? -1));
  const toolLines = byWall.map((tool) => {
    const figures =
      tool.wallMs === null
        ? ''
        : `${grouped.format(tool.wallMs)} ms wall, ${grouped.format(tool.cpuMs ?? 0)} ms CPU`;
    const remark = tool.remark === null ? '' : figures === '' ? tool.remark : ` (${tool.remark})`;
    return `  ${tool.section.padEnd(8)} ${tool.command}: ${figures}${remark}`;
  });
  const fileLines = files.map(
    (file) =>
      `  file     ${file.path}: ${file.microseconds === null ? 'unreadable' : `${grouped.format(file.microseconds)} µs`}`,
  );
  return [...toolLines, ...fileLines];
}
