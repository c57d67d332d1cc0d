import type { PendingUpdate } from '@handraise/shared';
import { withInstalledVersions } from '../../parsers/linux/installed-versions.ts';
import { parseYumCheckUpdate } from '../../parsers/linux/yum-check-update.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';
import { collectRpm } from './rpm.ts';

/**
 * `-q` drops the banners; `-C` (cache only) answers from the metadata the system last
 * downloaded, as apt-get -s does on Debian. Without it dnf would fetch expired metadata first,
 * which needs root and can take minutes on a school line, and the inventory would time out.
 * The distribution's makecache timer keeps that cache fresh.
 */
const CHECK_UPDATE_ARGS = ['-q', '-C', 'check-update'] as const;

/** check-update exits 100 when updates exist, 0 when none; 1 is an error. */
const CHECK_UPDATE_OK_EXIT_CODES = [0, 100] as const;

/** Solving from the local cache takes a few seconds; more means the tool is stuck. */
const CHECK_UPDATE_TIMEOUT_MS = 15_000;

/**
 * Lists updates dnf (else yum) would install, as fresh as its cached metadata, with installed
 * versions taken from rpm. None on a machine without either tool.
 */
export async function collectDnfUpdates(
  run: typeof runCommand = runCommand,
): Promise<PendingUpdate[]> {
  const updates = (await checkUpdate('dnf', run)) ?? (await checkUpdate('yum', run)) ?? [];
  if (updates.length === 0) return [];
  return withInstalledVersions(updates, await collectRpm(run));
}

async function checkUpdate(
  tool: 'dnf' | 'yum',
  run: typeof runCommand,
): Promise<PendingUpdate[] | undefined> {
  try {
    const { stdout } = await run(tool, CHECK_UPDATE_ARGS, {
      timeoutMs: CHECK_UPDATE_TIMEOUT_MS,
      okExitCodes: CHECK_UPDATE_OK_EXIT_CODES,
    });
    return parseYumCheckUpdate(stdout, tool);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return undefined;
    throw error;
  }
}
