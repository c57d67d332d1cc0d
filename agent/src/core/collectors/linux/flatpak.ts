import type { SoftwareItem } from '@handraise/shared';
import { FLATPAK_LIST_COLUMNS, parseFlatpakList } from '../../parsers/linux/flatpak-list.ts';
import { CommandNotFoundError, runCommand } from '../../run-command.ts';

/** `flatpak list` reads local installations only; a few seconds at most. */
const FLATPAK_LIST_TIMEOUT_MS = 15_000;

/**
 * Lists installed flatpak apps of the system installation and of the agent's own user (runtimes
 * are left out by `--app`); a machine without flatpak has none.
 */
export async function collectFlatpak(run: typeof runCommand = runCommand): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await run(
      'flatpak',
      ['list', '--app', `--columns=${FLATPAK_LIST_COLUMNS}`],
      {
        timeoutMs: FLATPAK_LIST_TIMEOUT_MS,
      },
    );
    return parseFlatpakList(stdout);
  } catch (error) {
    if (error instanceof CommandNotFoundError) return [];
    throw error;
  }
}
