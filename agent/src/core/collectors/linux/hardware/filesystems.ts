import { CommandNotFoundError, runCommand, type CommandResult } from '../../../run-command.ts';
import type { FsSizeFacts } from '../../hardware-mapping.ts';

/**
 * df knows which mounts to show (no duplicates, no pseudo file systems, no squashfs snaps) and
 * how to count them; reproducing that from /proc/self/mountinfo and statfs would differ at the
 * edges, so it is asked directly, without a shell. It reads statfs only: milliseconds.
 */
const DF_TIMEOUT_MS = 10_000;
/** df exits 1 when one mount cannot be read (a stale network share) and lists the others. */
const DF_OK_EXIT_CODES = [0, 1] as const;
/** `zfs list` answers from the kernel; a stuck pool must not hold the inventory. */
const ZFS_TIMEOUT_MS = 5_000;

/** Types systeminformation took for memory or image file systems unless mounted from a device. */
const VOLATILE_TYPE_PARTS = [
  'rootfs',
  'unionfs',
  'squashfs',
  'cramfs',
  'initrd',
  'initramfs',
  'devtmpfs',
  'tmpfs',
  'udev',
  'devfs',
  'specfs',
  'type',
  'appimaged',
];

// Device and mount point may contain spaces: anchor on the numbers between them.
const DF_ROW = /^(.+?)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(?:\d+%|-)\s+(.+)$/;

export type DfRow = FsSizeFacts & { fs: string; available: number };

/** Rows of `df -kPT`, kept as systeminformation kept them: one per device, type and mount. */
export function parseDf(stdout: string): DfRow[] {
  const lines = stdout.split('\n').slice(1);
  // Two listings run together: start at the last header.
  if (stdout.toLowerCase().includes('filesystem')) {
    let last = 0;
    lines.forEach((line, index) => {
      if (line.toLowerCase().startsWith('filesystem')) last = index;
    });
    lines.splice(0, last);
  }
  const rows: DfRow[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const parts = DF_ROW.exec(line.trim());
    if (!parts) continue;
    const [, fs = '', type = '', blocks = '', used = '', available = '', mount = ''] = parts;
    const kept =
      fs.startsWith('/') ||
      mount === '/' ||
      fs.indexOf('/') > 0 ||
      fs.indexOf(':') === 1 ||
      !VOLATILE_TYPE_PARTS.some((part) => type.toLowerCase().includes(part));
    if (!kept) continue;
    if (rows.some((row) => row.fs === fs && row.type === type && row.mount === mount)) continue;
    rows.push({
      fs,
      type,
      size: parseInt(blocks, 10) * 1024,
      used: parseInt(used, 10) * 1024,
      available: parseInt(available, 10) * 1024,
      mount,
    });
  }
  return rows;
}

/**
 * A ZFS dataset's df figures count only what it holds itself; `zfs list -p` gives what it and
 * its children hold, which is what a person means by a full disk.
 */
export function applyZfsUsage(rows: DfRow[], zfsList: string): DfRow[] {
  const byName = new Map<string, { used: number; available: number }>();
  const byMount = new Map<string, { used: number; available: number }>();
  for (const line of zfsList.split('\n')) {
    const [name = '', used = '', available = '', mountpoint] = line.split('\t');
    if (mountpoint === undefined) continue;
    const entry = { used: parseInt(used, 10), available: parseInt(available, 10) };
    if (Number.isNaN(entry.used) || Number.isNaN(entry.available)) continue;
    byName.set(name, entry);
    const mount = mountpoint.trim();
    // Boot environments all declare "/": the first one stands for the mount.
    if (mount.startsWith('/') && !byMount.has(mount)) byMount.set(mount, entry);
  }
  return rows.map((row) => {
    if (row.type !== 'zfs') return row;
    const dataset = byName.get(row.fs) ?? byMount.get(row.mount);
    if (!dataset || !(dataset.used + dataset.available)) return row;
    return {
      ...row,
      used: dataset.used,
      available: dataset.available,
      size: dataset.used + dataset.available,
    };
  });
}

async function df(args: readonly string[]) {
  return runCommand('df', args, { timeoutMs: DF_TIMEOUT_MS, okExitCodes: DF_OK_EXIT_CODES });
}

/** Mounted file systems and their use, as systeminformation's fsSize() listed them on Linux. */
export async function readLinuxFsSize(): Promise<FsSizeFacts[]> {
  let first: CommandResult | undefined;
  try {
    first = await df(['-kPTx', 'squashfs']);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
  }
  let rows = first ? parseDf(first.stdout) : [];
  const usable = first && (first.exitCode === 0 || rows.length > 0) && first.stdout.trim() !== '';
  if (!usable) {
    // BusyBox's df knows no -x.
    rows = parseDf(
      await df(['-kPT']).then(
        (result) => result.stdout,
        () => '',
      ),
    );
  }
  if (!rows.some((row) => row.type === 'zfs')) return rows;
  try {
    const zfs = await runCommand('zfs', ['list', '-H', '-p', '-o', 'name,used,avail,mountpoint'], {
      timeoutMs: ZFS_TIMEOUT_MS,
    });
    return applyZfsUsage(rows, zfs.stdout);
  } catch {
    // A listing that failed corrects none of the datasets rather than some.
    return rows;
  }
}
