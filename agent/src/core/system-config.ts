// The system-wide enrollment file: `agent.json` in a folder only administrators can write, put
// there by an installer (MSI property, NSIS switch, pkg-side file, deb/rpm environment) or by a
// management tool, so that enrollment never has to pass on a command line. It has the keys of the
// data folder's agent.json. It carries the enrollment token, so the agent reads it only if root
// (Administrators on Windows) owns it and no one else can read or change it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { AgentConfigError } from './agent-config-error.ts';
import { agentConfigFileSchema, type AgentConfigFile } from './agent-config.ts';
import { readWindowsAcl, windowsAclProblem, type WindowsAcl } from './system-config-acl.ts';

/** Far larger than any enrollment file; anything bigger is the wrong file. */
const MAX_SYSTEM_CONFIG_BYTES = 64 * 1024;

/** Group and other permission bits: any of them lets another account read the token or change the hub. */
const SHARED_MODE_BITS = 0o077;

/** The folder of the system-wide file on each platform (see the installers in build/agent/). */
export function systemConfigDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') {
    return win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'Handraise');
  }
  if (platform === 'darwin') return '/Library/Application Support/Handraise';
  return '/etc/handraise';
}

/** The system-wide enrollment file itself. */
export function systemConfigFile(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const dir = systemConfigDir(platform, env);
  return platform === 'win32' ? win32.join(dir, 'agent.json') : join(dir, 'agent.json');
}

/**
 * Whether this process is the machine-wide agent, which reads the system-wide file: root on Linux
 * and macOS (a user's own agent or tray has its own settings and could not read the file anyway).
 * On Windows the agent's data folder is always ProgramData's, so the agent is always machine-wide
 * there; an account the file's ACL shuts out simply finds none (see readSystemConfigFile).
 */
export function runsMachineWide(
  platform: NodeJS.Platform = process.platform,
  uid: number | undefined = process.getuid?.(),
): boolean {
  return platform === 'win32' || uid === 0;
}

export type SystemFileRules = {
  platform: NodeJS.Platform;
  /** The account that must own the file: root (0). Tests name another to stand in for it. */
  trustedOwner: number;
  /** Windows: reads the file's ACL (PowerShell's Get-Acl unless a test stands in for it). */
  readAcl?: (path: string) => WindowsAcl;
};

const SYSTEM_RULES: SystemFileRules = {
  platform: process.platform,
  trustedOwner: 0,
  readAcl: (path) => readWindowsAcl(path),
};

/** Where the agent finds the system-wide file, and the rules it must meet (root's by default). */
export type SystemConfigSource = { path: string; rules?: SystemFileRules };

/**
 * Names another system-wide file, or `none` for no file at all. Test runs set it to `none`, so a
 * test running as root never reads (and enrolls into the hub of) the machine's real file; an image
 * being prepared can point at the file it will ship. The named file must pass the same checks.
 */
export const SYSTEM_CONFIG_OVERRIDE_ENV = 'HANDRAISE_AGENT_SYSTEM_CONFIG';

/**
 * The system-wide file the override names, else the platform's when this process runs
 * machine-wide, else none.
 */
export function defaultSystemConfig(
  env: NodeJS.ProcessEnv = process.env,
  machineWide: boolean = runsMachineWide(),
): SystemConfigSource | null {
  const override = env[SYSTEM_CONFIG_OVERRIDE_ENV];
  if (override === 'none') return null;
  if (override) return { path: override };
  return machineWide ? { path: systemConfigFile() } : null;
}

/** Reads all of a descriptor's file, up to MAX_SYSTEM_CONFIG_BYTES. */
function readAll(fd: number, path: string, size: number): string {
  if (size > MAX_SYSTEM_CONFIG_BYTES) {
    throw new AgentConfigError(`the enrollment file ${path} is too large to be one`);
  }
  const buffer = Buffer.alloc(size);
  const length = readSync(fd, buffer, 0, size, 0);
  return buffer
    .subarray(0, length)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** Why a POSIX file's owner or mode disqualifies it, or null when it is as the installers leave it. */
function ownershipProblem(
  path: string,
  stats: { uid: number; mode: number },
  rules: SystemFileRules,
): string | null {
  const fix = `sudo chown root '${path}' && sudo chmod 600 '${path}'`;
  if (stats.uid !== rules.trustedOwner) {
    return `the enrollment file ${path} belongs to uid ${stats.uid}, not root: another account could send this computer to its own hub. If you wrote it yourself: ${fix}`;
  }
  if ((stats.mode & SHARED_MODE_BITS) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
    return `the enrollment file ${path} can be read or changed by other accounts (mode ${mode}) and it holds the enrollment token: ${fix}`;
  }
  return null;
}

/**
 * The system-wide file's settings; {} when there is none. Refused with a sentence naming the file
 * and the fix when another account owns it, others can read or change it, or it is not valid.
 * On Windows the owner and ACL must be SYSTEM's and Administrators' alone (system-config-acl.ts);
 * an account the ACL shuts out finds no file.
 */
export function readSystemConfigFile(
  path: string,
  rules: SystemFileRules = SYSTEM_RULES,
): AgentConfigFile {
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe put at the path returns at once (to be refused below)
    // instead of waiting for a writer forever. Windows has no such flag and no such files there.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    if (rules.platform === 'win32' && (code === 'EPERM' || code === 'EACCES')) return {};
    throw new AgentConfigError(`cannot read the enrollment file ${path} (${code ?? 'error'})`);
  }
  let text: string;
  try {
    // The checks and the read go through one descriptor: the file checked is the file read.
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new AgentConfigError(
        `the enrollment file ${path} is not a plain file (it is a folder, a pipe or a device); put the settings in a file there, or remove it`,
      );
    }
    const problem =
      rules.platform === 'win32'
        ? windowsAclProblem(path, (rules.readAcl ?? readWindowsAcl)(path))
        : ownershipProblem(path, stats, rules);
    if (problem) throw new AgentConfigError(problem);
    text = readAll(fd, path, stats.size);
  } finally {
    closeSync(fd);
  }
  return parseSystemConfig(text, path);
}

/** Validates the file's text against the data folder's agent.json schema. */
export function parseSystemConfig(text: string, path: string): AgentConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AgentConfigError(
      `the enrollment file ${path} is not valid JSON (expected e.g. { "hub": "https://hub.school.lan:7300", "token": "…" })`,
    );
  }
  const parsed = agentConfigFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AgentConfigError(
      `the enrollment file ${path}: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
