// The agent's data folder holds the device secret and every request a user raised (text,
// screenshot): nobody but the agent's own account may read it. Modes are set explicitly after
// creation, whatever the umask, and looser modes left by older versions are tightened at open.
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, parse, relative, sep } from 'node:path';
import { AgentConfigError } from '../agent-config-error.ts';

/** Owner only: list, enter, create. */
export const PRIVATE_DIR_MODE = 0o700;
/** Owner only: read, write. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * What the agent itself keeps in its data folder: the outbox (with its journal, its temporary
 * replacement and the damaged copies set aside), the credentials (and their temporary file), the
 * config file and the cache folder. Nothing else there is the agent's to change.
 */
const AGENT_ENTRY =
  /^(agent\.sqlite(-wal|-shm|-journal)?|agent\.sqlite\.(damaged-.+|\d+\.new(-wal|-shm)?)|(credentials|refusal)\.json(\.\d+\.tmp)?|agent\.json|cache)$/;

/**
 * Folders shared by design, never made private even if named as the data folder by mistake:
 * world-writable or sticky ones (/tmp), the home folder and a file system's root.
 */
function isSharedFolder(path: string, mode: number): boolean {
  return (mode & 0o1002) !== 0 || path === homedir() || path === parse(path).root;
}

/** Windows keeps access in ACLs, which chmod does not set; the folders there are ProgramData's. */
const hasPosixModes = (platform: NodeJS.Platform = process.platform) => platform !== 'win32';

/**
 * Refuses an entry of the agent's that another local user owns (root's excepted: root can change
 * anything anyway). Planted in a shared data folder, an outbox would let its owner read every
 * request written into it, and credentials or a config file would send them to the owner's hub.
 */
export function refuseForeignFile(path: string, uid = process.getuid?.()): void {
  if (uid === undefined) return;
  let owner: number;
  try {
    owner = lstatSync(path).uid;
  } catch {
    return;
  }
  if (owner !== uid && owner !== 0)
    throw new AgentConfigError(
      `${path} belongs to another user (uid ${owner}); the agent keeps its data only in files of its own. Remove it, or choose a data folder of your own (--data-dir).`,
    );
}

/**
 * Refuses a data folder in which any entry with one of the agent's names belongs to another user
 * (see refuseForeignFile). Checked before the agent uses anything there, enrollment included, so
 * that a refused folder costs the hub no device record and the token no use.
 */
export function refuseForeignEntries(dir: string, uid = process.getuid?.()): void {
  if (!hasPosixModes()) return;
  for (const entry of entriesOf(dir))
    if (AGENT_ENTRY.test(entry.name)) refuseForeignFile(join(dir, entry.name), uid);
}

/** Sets `mode` on a file or folder unless it has it already; a missing entry is left alone. */
export function setMode(path: string, mode: number): void {
  if (!hasPosixModes()) return;
  let current: number;
  try {
    const stats = lstatSync(path);
    // chmod follows symbolic links: never change the mode of whatever one points at.
    if (stats.isSymbolicLink()) return;
    current = stats.mode & 0o777;
  } catch {
    return;
  }
  if (current !== mode) chmodSync(path, mode);
}

/** Makes an existing folder owner-only, unless it is a shared one (see isSharedFolder). */
function setFolderPrivate(path: string): void {
  if (!hasPosixModes()) return;
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink() || isSharedFolder(path, stats.mode)) return;
  } catch {
    return;
  }
  setMode(path, PRIVATE_DIR_MODE);
}

/**
 * Creates `dir` (and missing parents) and makes it private. Parents it had to create are made
 * private too: they were created for the agent alone.
 */
export function ensurePrivateDir(dir: string): void {
  const firstCreated = mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (firstCreated !== undefined) {
    let path = firstCreated;
    for (const part of relative(firstCreated, dir).split(sep).filter(Boolean)) {
      setMode(path, PRIVATE_DIR_MODE);
      path = join(path, part);
    }
  }
  setFolderPrivate(dir);
}

/** Creates an empty file readable by its owner only, or makes an existing one so. */
export function ensurePrivateFile(path: string): void {
  // 'a': never truncates an existing file; the mode applies only if it is created.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  setMode(path, PRIVATE_FILE_MODE);
}

/**
 * Makes the data folder private: the folder 0700, and the agent's own entries in it (AGENT_ENTRY)
 * 0600 for files, 0700 for its cache folder with every file in it 0600. Anything else someone put
 * there is left as it is; an entry with the agent's name but another user's is refused
 * (refuseForeignFile).
 */
export function securePrivateFolder(dir: string): void {
  ensurePrivateDir(dir);
  if (!hasPosixModes()) return;
  for (const entry of entriesOf(dir)) {
    if (!AGENT_ENTRY.test(entry.name)) continue;
    const path = join(dir, entry.name);
    refuseForeignFile(path);
    try {
      if (entry.isFile()) setMode(path, PRIVATE_FILE_MODE);
      else if (entry.isDirectory()) {
        setFolderPrivate(path);
        for (const cached of entriesOf(path))
          if (cached.isFile()) setMode(join(path, cached.name), PRIVATE_FILE_MODE);
      }
    } catch {
      // EPERM on a file someone else put there: not ours to change.
    }
  }
}

function entriesOf(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
