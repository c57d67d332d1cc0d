// Live figures of a Linux computer, read from the kernel's files in the agent's own process (no
// shell, no `ps` per sample). Rates (CPU, disk and network activity, each process's CPU) compare
// two readings, so each sample covers the time since the one before.
import { readdirSync, readFileSync, statfsSync } from 'node:fs';
import { endianness, networkInterfaces, uptime } from 'node:os';
import { LIVE_TOP_PROCESSES, type LiveProcess, type LiveSample } from '@handraise/shared';
import { interfaceAddresses, topProcesses } from './live-figures.ts';
import {
  busyPercent,
  programName,
  pageSizeFrom,
  parseCpuTicks,
  parseDiskstats,
  parseMeminfo,
  parseNetDev,
  parsePidStat,
  parseUtmpUsers,
  type CpuTicks,
} from './proc-parsers.ts';
import type { LiveSource } from './live-source.ts';

/** File systems that hold no one's files: the kernel's views, memory disks, snap images. */
const NOT_STORAGE = new Set([
  'proc', 'sysfs', 'tmpfs', 'devtmpfs', 'devpts', 'cgroup', 'cgroup2', 'securityfs', 'pstore',
  'debugfs', 'tracefs', 'configfs', 'fusectl', 'mqueue', 'hugetlbfs', 'bpf', 'autofs', 'binfmt_misc',
  'squashfs', 'nsfs', 'ramfs', 'efivarfs', 'rpc_pipefs', 'fuse.portal', 'fuse.gvfsd-fuse',
]); // prettier-ignore

const MAX_DISKS = 16;

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return null;
  }
};

/** Whole disks (not partitions, loop devices or memory disks), as /sys/block lists them. */
function wholeDisks(): Set<string> {
  try {
    return new Set(readdirSync('/sys/block').filter((name) => !/^(loop|ram|zram)/.test(name)));
  } catch {
    return new Set();
  }
}

/** Free space of the mounted file systems that store files, one line per device. */
function diskSpace(): LiveSample['disks'] {
  const disks: LiveSample['disks'] = [];
  const devices = new Set<string>();
  for (const line of (readText('/proc/self/mounts') ?? '').split('\n')) {
    const [device, mount, type] = line.split(' ');
    if (!device || !mount || !type || NOT_STORAGE.has(type)) continue;
    // The root file system counts whatever it is (a container's is an overlay); others must be
    // a device's, and a device mounted twice counts once.
    if (mount !== '/' && !device.startsWith('/dev/')) continue;
    if (devices.has(device) || disks.length >= MAX_DISKS) continue;
    try {
      const stats = statfsSync(mount.replace(/\\040/g, ' '));
      if (stats.blocks === 0) continue;
      devices.add(device);
      disks.push({
        mount: mount.replace(/\\040/g, ' '),
        totalBytes: stats.blocks * stats.bsize,
        freeBytes: stats.bavail * stats.bsize,
      });
    } catch {
      // Not ours to read (another user's mount): left out.
    }
  }
  return disks;
}

function battery(): LiveSample['battery'] {
  let names: string[];
  try {
    names = readdirSync('/sys/class/power_supply');
  } catch {
    return null;
  }
  for (const name of names) {
    const base = `/sys/class/power_supply/${name}`;
    if (readText(`${base}/type`)?.trim() !== 'Battery') continue;
    const capacity = Number(readText(`${base}/capacity`)?.trim());
    if (!Number.isFinite(capacity)) continue;
    const status = readText(`${base}/status`)?.trim() ?? '';
    return {
      percent: Math.min(100, Math.max(0, capacity)),
      charging: status === 'Charging' || status === 'Full',
    };
  }
  return null;
}

function signedInUser(): string | null {
  try {
    return parseUtmpUsers(readFileSync('/var/run/utmp'), endianness() === 'LE')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The listed processes named by their command line, not the kernel's 15-character thread name:
 * Node.js programs all call their main thread "MainThread". Read for the few listed only.
 */
function withProgramNames(processes: LiveSample['processes']): LiveSample['processes'] {
  const named = (p: LiveProcess): LiveProcess => {
    const name = programName(readText(`/proc/${p.pid}/cmdline`) ?? '');
    return name ? { ...p, name } : p;
  };
  return {
    byCpu: processes.byCpu.map(named),
    byMemory: processes.byMemory.map(named),
    agent: processes.agent && named(processes.agent),
  };
}

/** The kernel's page size, which /proc/PID/stat counts resident memory in. */
function pageSize(): number {
  const vmRss = /^VmRSS:\s+(\d+)/m.exec(readText('/proc/self/status') ?? '');
  const statm = (readText('/proc/self/statm') ?? '').split(' ');
  return pageSizeFrom(Number(vmRss?.[1] ?? 0), Number(statm[1] ?? 0));
}

export function createLinuxLiveSource(selfPid = process.pid): LiveSource {
  const disks = wholeDisks();
  const bytesPerPage = pageSize();
  let previous: {
    at: number;
    cpu: { all: CpuTicks; cores: CpuTicks[] } | null;
    disk: { readBytes: number; writeBytes: number } | null;
    net: Map<string, { received: number; sent: number }>;
    processTicks: Map<number, number>;
  } | null = null;

  return {
    sample(): LiveSample {
      const at = performance.now();
      const notes: string[] = [];
      const cpu = parseCpuTicks(readText('/proc/stat') ?? '');
      if (!cpu) notes.push('processor use is unreadable here (/proc/stat)');
      const diskText = readText('/proc/diskstats');
      const disk = diskText === null ? null : parseDiskstats(diskText, disks);
      const net = parseNetDev(readText('/proc/net/dev') ?? '');
      const seconds = previous ? (at - previous.at) / 1000 : 0;
      const rate = (now: number, before: number | undefined) =>
        seconds > 0 && before !== undefined ? Math.max(0, (now - before) / seconds) : null;

      // A process's share of one processor: its ticks against one core's worth of all ticks.
      const coreTicks =
        previous?.cpu && cpu && cpu.cores.length > 0
          ? (cpu.all.total - previous.cpu.all.total) / cpu.cores.length
          : 0;
      const processTicks = new Map<number, number>();
      const processes: LiveProcess[] = [];
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = readText(`/proc/${entry}/stat`);
        const parsed = stat === null ? null : parsePidStat(stat);
        if (!parsed) continue; // ended between the listing and the read
        processTicks.set(parsed.pid, parsed.ticks);
        const before = previous?.processTicks.get(parsed.pid);
        processes.push({
          name: parsed.name,
          pid: parsed.pid,
          cpuPercent:
            coreTicks > 0 && before !== undefined
              ? // Readings a moment apart can overshoot a little: never past every core at full.
                Math.min(
                  100 * (cpu?.cores.length ?? 1),
                  Math.max(0, ((parsed.ticks - before) / coreTicks) * 100),
                )
              : 0,
          memoryBytes: parsed.residentPages * bytesPerPage,
        });
      }
      const memory = parseMeminfo(readText('/proc/meminfo') ?? '');

      const sample: LiveSample = {
        cpu: {
          totalPercent: previous?.cpu && cpu ? busyPercent(previous.cpu.all, cpu.all) : 0,
          perCorePercent: (cpu?.cores ?? []).map((core, i) => {
            const before = previous?.cpu?.cores[i];
            return before ? busyPercent(before, core) : 0;
          }),
        },
        memory: {
          totalBytes: memory.totalBytes,
          usedBytes: memory.totalBytes - memory.availableBytes,
          availableBytes: memory.availableBytes,
        },
        disks: diskSpace(),
        diskIo:
          disk && previous?.disk && seconds > 0
            ? {
                readBytesPerSec: rate(disk.readBytes, previous.disk.readBytes) ?? 0,
                writeBytesPerSec: rate(disk.writeBytes, previous.disk.writeBytes) ?? 0,
              }
            : null,
        network: interfaceAddresses(networkInterfaces()).map(({ name, addresses }) => ({
          name,
          addresses,
          receivedBytesPerSec: rate(
            net.get(name)?.received ?? 0,
            previous?.net.get(name)?.received,
          ),
          sentBytesPerSec: rate(net.get(name)?.sent ?? 0, previous?.net.get(name)?.sent),
        })),
        battery: battery(),
        uptimeSeconds: Math.round(uptime()),
        loggedInUser: signedInUser(),
        processes: withProgramNames(topProcesses(processes, selfPid, LIVE_TOP_PROCESSES)),
        notes,
      };
      previous = { at, cpu, disk, net, processTicks };
      return sample;
    },
  };
}
