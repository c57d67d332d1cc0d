// Test support: fixture functions for tests that make folders and start real processes, to add to
// any test.extend chain, whichever hub fixtures a file starts from:
//   .extend('tempDir', { scope: 'file' }, tempDirs)
//   .extend('reapProcesses', { auto: true }, reapProcesses)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAll } from './processes.ts';

type FixtureHelpers = { onCleanup: (cleanup: () => void) => void };

/** `tempDir(prefix)`: a new folder; every folder it made is removed when the fixture ends. */
export async function tempDirs(
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  {}: object,
  { onCleanup }: FixtureHelpers,
): Promise<(prefix: string) => string> {
  const dirs: string[] = [];
  onCleanup(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * Kills every process the tests started that still runs when the fixture ends. As an auto
 * fixture it is there for every test, so that a test failing before it stops its processes
 * leaves none behind.
 */
export async function reapProcesses(
  // eslint-disable-next-line no-empty-pattern -- as above
  {}: object,
  { onCleanup }: FixtureHelpers,
): Promise<void> {
  onCleanup(killAll);
}
