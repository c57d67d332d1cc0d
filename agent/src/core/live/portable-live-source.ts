// Live figures on systems without /proc (Windows, macOS): what Node.js reads in the agent's own
// process — processor time per core, memory, uptime, addresses, disk space of the system disk and
// the agent's own cost. Running programs, disk and network activity and the battery would take a
// command per sample there; they are left out, and the sample's notes say so.
import { statfsSync } from 'node:fs';
import { cpus, freemem, networkInterfaces, totalmem, uptime } from 'node:os';
import type { LiveSample } from '@handraise/shared';
import { interfaceAddresses } from './live-figures.ts';
import { busyPercent, type CpuTicks } from './proc-parsers.ts';
import type { LiveSource } from './live-source.ts';

export const PORTABLE_NOTE =
  'running programs, disk and network activity and the battery are shown for Linux computers only';

function coreTicks(): CpuTicks[] {
  return cpus().map(({ times }) => {
    const busy = times.user + times.nice + times.sys + times.irq;
    return { busy, total: busy + times.idle };
  });
}

/** The disk the system runs from: C:\ (or wherever Windows says), / elsewhere. */
const systemRoot = (platform: NodeJS.Platform) =>
  platform === 'win32' ? `${process.env.SystemDrive ?? 'C:'}\\` : '/';

export function createPortableLiveSource(platform: NodeJS.Platform = process.platform): LiveSource {
  let previous: { cores: CpuTicks[]; agentMicros: number; at: number } | null = null;

  return {
    sample(): LiveSample {
      const at = performance.now();
      const cores = coreTicks();
      const perCorePercent = cores.map((core, i) => {
        const before = previous?.cores[i];
        return before ? busyPercent(before, core) : 0;
      });
      const sum = (list: CpuTicks[]) =>
        list.reduce((all, c) => ({ busy: all.busy + c.busy, total: all.total + c.total }), {
          busy: 0,
          total: 0,
        });
      const usage = process.cpuUsage();
      const agentMicros = usage.user + usage.system;
      const elapsedMicros = previous ? (at - previous.at) * 1000 : 0;
      let disks: LiveSample['disks'] = [];
      try {
        const stats = statfsSync(systemRoot(platform));
        disks = [
          {
            mount: systemRoot(platform),
            totalBytes: stats.blocks * stats.bsize,
            freeBytes: stats.bavail * stats.bsize,
          },
        ];
      } catch {
        // Left out: the sample still has everything else.
      }
      const total = totalmem();
      const available = Math.min(freemem(), total);
      const sample: LiveSample = {
        cpu: {
          totalPercent: previous ? busyPercent(sum(previous.cores), sum(cores)) : 0,
          perCorePercent,
        },
        memory: { totalBytes: total, usedBytes: total - available, availableBytes: available },
        disks,
        diskIo: null,
        network: interfaceAddresses(networkInterfaces()).map(({ name, addresses }) => ({
          name,
          addresses,
          receivedBytesPerSec: null,
          sentBytesPerSec: null,
        })),
        battery: null,
        uptimeSeconds: Math.round(uptime()),
        loggedInUser: null,
        processes: {
          byCpu: [],
          byMemory: [],
          agent: {
            name: 'handraise-agent',
            pid: process.pid,
            cpuPercent:
              previous && elapsedMicros > 0
                ? ((agentMicros - previous.agentMicros) / elapsedMicros) * 100
                : 0,
            memoryBytes: process.memoryUsage.rss(),
          },
        },
        notes: [PORTABLE_NOTE],
      };
      previous = { cores, agentMicros, at };
      return sample;
    },
  };
}
