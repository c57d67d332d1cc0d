// The agent's data folder holds the device secret and every request a user raised (text,
// screenshot): nobody but the agent's own account may read it. Modes are set explicitly after
// creation, whatever the umask, and looser modes left by older versions are tightened at open.
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Owner only: list, enter, create. */
export const PRIVATE_DIR_MODE = 0o700;
/** Owner only: read, write. */
export const PRIVATE_FILE_MODE = 0o600;

/** Windows keeps access in ACLs, which chmod does not set; the folders there are ProgramData's. */
const hasPosixModes = (platform: NodeJS.Platform = process.platform) => platform !== 'win32';

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
  setMode(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty file readable by its owner only, or makes an existing one so. */
export function ensurePrivateFile(path: string): void {
  // 'a': never truncates an existing file; the mode applies only if it is created.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  setMode(path, PRIVATE_FILE_MODE);
}

/**
 * Makes the data folder private: the folder and its sub-folders 0700, every file in them 0600.
 * Entries the agent cannot change (another owner's) are left as they are.
 */
export function securePrivateFolder(dir: string, depth = 2): void {
  ensurePrivateDir(dir);
  if (!hasPosixModes()) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      if (entry.isFile()) setMode(path, PRIVATE_FILE_MODE);
      else if (entry.isDirectory() && depth > 1) securePrivateFolder(path, depth - 1);
    } catch {
      // EPERM on a file someone else put there: not ours to change.
    }
  }
}
