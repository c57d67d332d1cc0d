// What every Linux state reader shares: where it reads, how it runs a tool, and how it says why a
// fact is missing. A reader never throws: a fact it cannot read is absent and a note says why.
import { access, readFile, readlink } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { CommandNotFoundError, type runCommand } from '../../../run-command.ts';

/** Why one fact is missing (tool not installed, file not readable, no such hardware). */
export type StateNote = { collector: string; error: string };

/** One reader's answer: the value when found, and notes about what it could not read. */
export type Reading<T> = { value?: T; notes: StateNote[] };

export type RunCommand = typeof runCommand;

/** The files and folders the readers look at; tests point them into a temporary tree. */
export type LinuxStatePaths = {
  procStat: string;
  timezoneFile: string;
  localtime: string;
  resolvConf: string;
  /** systemd-resolved's list of the upstream servers behind its 127.0.0.53 stub. */
  resolvedUpstreamConf: string;
  /** Debian's flag file; `<flag>.pkgs` lists the packages that set it. */
  rebootRequired: string;
  /** Present where dpkg manages the system, i.e. where packages maintain the flag above. */
  dpkgDatabase: string;
  drmClass: string;
  powerSupplyClass: string;
  netClass: string;
};

export const LINUX_STATE_PATHS: LinuxStatePaths = {
  procStat: '/proc/stat',
  timezoneFile: '/etc/timezone',
  localtime: '/etc/localtime',
  resolvConf: '/etc/resolv.conf',
  resolvedUpstreamConf: '/run/systemd/resolve/resolv.conf',
  rebootRequired: '/var/run/reboot-required',
  dpkgDatabase: '/var/lib/dpkg/status',
  drmClass: '/sys/class/drm',
  powerSupplyClass: '/sys/class/power_supply',
  netClass: '/sys/class/net',
};

/**
 * Each tool here answers in milliseconds; a hung name-service or D-Bus lookup behind one of them
 * must not hold up the whole inventory.
 */
export const STATE_COMMAND_TIMEOUT_MS = 5_000;

/** ip and iwgetid live in the sbin folders, which a normal user's PATH often leaves out. */
const SBIN_DIRS = ['/usr/sbin', '/sbin'];

export type StateContext = { run: RunCommand; paths: LinuxStatePaths; timeoutMs: number };

export function note(collector: string, error: string): StateNote {
  return { collector, error };
}

export function found<T>(value: T, notes: StateNote[] = []): Reading<T> {
  return { value, notes };
}

export function missing<T>(collector: string, error: string, notes: StateNote[] = []): Reading<T> {
  return { notes: [...notes, note(collector, error)] };
}

/** PATH with the sbin folders appended where absent, so tools there are found. */
export function pathWithSbin(path: string | undefined): string {
  const dirs = (path ?? '').split(delimiter).filter((dir) => dir !== '');
  return [...dirs, ...SBIN_DIRS.filter((dir) => !dirs.includes(dir))].join(delimiter);
}

export type ToolAnswer = { ok: true; stdout: string } | { ok: false; reason: string };

/** Runs a read-only tool within the timeout; a failure comes back as a reason, never thrown. */
export async function askTool(
  context: StateContext,
  cmd: string,
  args: readonly string[],
): Promise<ToolAnswer> {
  try {
    const { stdout } = await context.run(cmd, args, {
      timeoutMs: context.timeoutMs,
      env: { PATH: pathWithSbin(process.env.PATH) },
    });
    return { ok: true, stdout };
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      return { ok: false, reason: `${cmd} is not installed` };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export type FileAnswer =
  | { ok: true; text: string }
  | { ok: false; reason: string; /** The file is not there at all. */ absent: boolean };

function fileFailure(path: string, error: unknown): { ok: false; reason: string; absent: boolean } {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { ok: false, reason: `${path} does not exist`, absent: true };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return { ok: false, reason: `${path} is not readable by this user`, absent: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: `${path}: ${message}`, absent: false };
}

/** A text file (or procfs/sysfs attribute), or why it could not be read. */
export async function readTextFile(path: string): Promise<FileAnswer> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    return fileFailure(path, error);
  }
}

/** A binary attribute (an EDID), or undefined when unreadable. */
export async function readBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/** Where a symbolic link points, or why it could not be read (EINVAL: not a link). */
export async function readLinkTarget(path: string): Promise<FileAnswer> {
  try {
    return { ok: true, text: await readlink(path) };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EINVAL') return { ok: false, reason: `${path} is not a link`, absent: false };
    return fileFailure(path, error);
  }
}

/** Whether anything exists at the path (no read: the dpkg database is megabytes). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
