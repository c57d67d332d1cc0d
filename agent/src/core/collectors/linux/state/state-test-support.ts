// Test support for the state readers: a throw-away folder tree standing in for /proc, /sys and
// /etc, and a reading context whose paths point into it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  LINUX_STATE_PATHS,
  type LinuxStatePaths,
  type RunCommand,
  type StateContext,
} from './state-reading.ts';

/** A file's text or bytes, or a symbolic link to the target. */
export type TreeEntry = string | Uint8Array | { linkTo: string };

/** Makes the files under a new temporary folder; returns it and a function removing it. */
export function temporaryTree(entries: Readonly<Record<string, TreeEntry>>): {
  root: string;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'handraise-state-'));
  for (const [relative, entry] of Object.entries(entries)) {
    const path = join(root, relative);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof entry === 'object' && 'linkTo' in entry) symlinkSync(entry.linkTo, path);
    else writeFileSync(path, entry);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every path of the readers moved under `root` (to files that may not exist there). */
export function pathsUnder(root: string): LinuxStatePaths {
  const moved = Object.entries(LINUX_STATE_PATHS).map(([key, path]) => [key, join(root, path)]);
  return Object.fromEntries(moved) as LinuxStatePaths;
}

/** A context reading under `root` and running tools through `run`. */
export function contextUnder(root: string, run: RunCommand): StateContext {
  return { run, paths: pathsUnder(root), timeoutMs: 1_000 };
}
