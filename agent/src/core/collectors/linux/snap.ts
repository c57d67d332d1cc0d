import type { SoftwareItem } from '@handraise/shared';
import { parseSnapList } from '../../parsers/linux/snap-list.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** `snap list` asks the local snapd; it answers in well under a second. */
const SNAP_LIST_TIMEOUT_MS = 15_000;

/** Lists installed snaps, without bases, core and snapd; a machine without snap has none. */
export async function collectSnap(run: typeof runCommand = runCommand): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await run('snap', ['list', '--color=never'], {
      timeoutMs: SNAP_LIST_TIMEOUT_MS,
    });
    return parseSnapList(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
