// Which agent version runs on this computer, which one ran before (to roll back to), and whether
// the current one is still on trial. One small JSON file beside the versions, replaced atomically:
// the launcher and the agent it started both read and write it.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { releaseVersionSchema, updateOutcomeSchema } from '@handraise/shared';

export const installStateSchema = z.strictObject({
  /** The staged version that runs; null: the version the installer put in place. */
  current: releaseVersionSchema.nullable(),
  /** What ran before `current` (null: the installed one), kept to roll back to. */
  previous: releaseVersionSchema.nullable(),
  /** Set while `current` has not yet connected to the hub since it was staged. */
  trial: z.boolean(),
  /** Versions that failed here (refused or rolled back): not tried again. */
  failed: z.array(releaseVersionSchema).max(50),
  /** An outcome the hub has not heard yet (a rollback happens while no agent runs). */
  unreported: updateOutcomeSchema.nullable(),
});
export type InstallState = z.infer<typeof installStateSchema>;

const EMPTY_STATE: InstallState = {
  current: null,
  previous: null,
  trial: false,
  failed: [],
  unreported: null,
};

/** The folder staged versions live in, below the install root. */
export const versionsDir = (installRoot: string) => join(installRoot, 'versions');
/** One staged version's folder. */
export const versionDir = (installRoot: string, version: string) =>
  join(versionsDir(installRoot), version);
/** The file a version on trial writes when it first connects to the hub. */
export const connectedMarker = (installRoot: string, version: string) =>
  join(versionDir(installRoot, version), 'connected');
/** The agent executable's name inside a version folder. */
export const agentExecutableName = (platform = process.platform) =>
  platform === 'win32' ? 'handraise-agent.exe' : 'handraise-agent';

const statePath = (installRoot: string) => join(versionsDir(installRoot), 'state.json');

/** The state, or the empty one when there is none or it cannot be read (nothing was staged). */
export function readInstallState(installRoot: string): InstallState {
  const path = statePath(installRoot);
  if (!existsSync(path)) return { ...EMPTY_STATE };
  try {
    const parsed = installStateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { ...EMPTY_STATE };
  } catch {
    return { ...EMPTY_STATE };
  }
}

/** Replaces the state in one rename, so a crash leaves the old state or the new, never half. */
export function writeInstallState(installRoot: string, state: InstallState): void {
  const path = statePath(installRoot);
  mkdirSync(versionsDir(installRoot), { recursive: true, mode: 0o755 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(installStateSchema.parse(state), null, 2) + '\n');
  renameSync(temporary, path);
}

/** How long a change waits for the other process's; a lock older than STALE_LOCK_MS is a crash's. */
const LOCK_WAIT_MS = 5_000;
const STALE_LOCK_MS = 10_000;
const LOCK_RETRY_MS = 10;

/**
 * Holds the state's lock file while `work` runs. The launcher and its agent change the state
 * from two processes (the launcher ends a trial while the agent marks a release failed): without
 * it, one read-change-write could overwrite the other's.
 */
function withStateLock<T>(installRoot: string, work: () => T): T {
  mkdirSync(versionsDir(installRoot), { recursive: true, mode: 0o755 });
  const lock = `${statePath(installRoot)}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = lockAge(lock);
      if (age !== null && age > STALE_LOCK_MS) rmSync(lock, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`the install state stays locked (${lock})`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_RETRY_MS);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function lockAge(lock: string): number | null {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return null; // released meanwhile
  }
}

/** Changes the state with `change` and writes the result, under the lock; returns it. */
export function updateInstallState(
  installRoot: string,
  change: (state: InstallState) => InstallState,
): InstallState {
  return withStateLock(installRoot, () => {
    const next = change(readInstallState(installRoot));
    writeInstallState(installRoot, next);
    return next;
  });
}
