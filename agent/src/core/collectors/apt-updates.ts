import type { PendingUpdate } from '@handraise/shared';
import { parseAptUpgradable } from '../parsers/linux/apt-upgradable.ts';
import { CommandNotFoundError, runCommand } from '../run-command.ts';

/**
 * `apt list --upgradable` reads the package cache without solving an upgrade: ~0.7 s here where
 * `apt-get -s dist-upgrade` takes ~2 s, for the same list of packages with a newer candidate.
 * It needs no root and no lock. Its output is documented as unstable (apt warns on stderr), so the
 * parser is tested against outputs from several apt versions.
 */
const APT_LIST_ARGS = ['list', '--upgradable'] as const;

/** Reading the cache takes under a second; a slow disk may take several times that. */
const APT_LIST_TIMEOUT_MS = 15_000;

/** Lists updates apt has a newer version of, as fresh as its last `apt-get update`; none without apt. */
export async function collectAptUpdates(run = runCommand): Promise<PendingUpdate[]> {
  try {
    const { stdout } = await run('apt', APT_LIST_ARGS, { timeoutMs: APT_LIST_TIMEOUT_MS });
    return parseAptUpgradable(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
