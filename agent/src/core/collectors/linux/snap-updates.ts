import type { PendingUpdate } from '@handraise/shared';
import { withInstalledVersions } from '../../parsers/linux/installed-versions.ts';
import { parseSnapRefreshList } from '../../parsers/linux/snap-refresh-list.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';
import { collectSnap } from './snap.ts';

/** snapd asks the store, one request for all snaps; longer means the network is stuck. */
const REFRESH_LIST_TIMEOUT_MS = 15_000;

/**
 * Lists snap refreshes the store offers (`snap refresh --list` only asks; it refreshes nothing),
 * with installed versions; none on a machine without snap.
 */
export async function collectSnapUpdates(
  run: typeof runCommand = runCommand,
): Promise<PendingUpdate[]> {
  try {
    // No --color here: older snapd rejects it on refresh, and piped output is never coloured.
    const { stdout } = await run('snap', ['refresh', '--list'], {
      timeoutMs: REFRESH_LIST_TIMEOUT_MS,
    });
    const updates = parseSnapRefreshList(stdout);
    if (updates.length === 0) return [];
    return withInstalledVersions(updates, await collectSnap(run));
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
