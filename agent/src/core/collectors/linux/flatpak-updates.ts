import type { PendingUpdate } from '@handraise/shared';
import {
  FLATPAK_UPDATES_COLUMNS,
  parseFlatpakUpdates,
} from '../../parsers/linux/flatpak-remote-ls.ts';
import { withInstalledVersions } from '../../parsers/linux/installed-versions.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';
import { collectFlatpak } from './flatpak.ts';

/**
 * `remote-ls --updates` only compares installed refs with the remotes' summaries: it changes no
 * installation. (`flatpak update --no-deploy` would download the updates into the repository.)
 * `--cached` prefers the summaries flatpak last fetched, even stale, to a download, as apt-get -s
 * and dnf -C answer from their caches; `--app` leaves runtime updates out, as the software list
 * does.
 */
const REMOTE_LS_ARGS = [
  'remote-ls',
  '--updates',
  '--cached',
  '--app',
  `--columns=${FLATPAK_UPDATES_COLUMNS}`,
] as const;

/** Reading cached summaries takes a second; a first fetch over a slow school line, longer. */
const REMOTE_LS_TIMEOUT_MS = 15_000;

/** Lists flatpak app updates, with installed versions; none on a machine without flatpak. */
export async function collectFlatpakUpdates(
  run: typeof runCommand = runCommand,
): Promise<PendingUpdate[]> {
  try {
    const { stdout } = await run('flatpak', REMOTE_LS_ARGS, { timeoutMs: REMOTE_LS_TIMEOUT_MS });
    const updates = parseFlatpakUpdates(stdout);
    if (updates.length === 0) return [];
    return withInstalledVersions(updates, await collectFlatpak(run));
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
