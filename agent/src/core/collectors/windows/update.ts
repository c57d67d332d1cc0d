import type { PendingUpdate } from '@handraise/shared';
import { parseWindowsUpdateJson } from '../../parsers/windows/windows-update-json.ts';
import { runCommand } from '../../run-command.ts';
import { isNotFound, runPowerShell, type RunCommandFn } from './powershell.ts';
import { WINDOWS_UPDATE_SCRIPT } from './update-script.ts';

/**
 * The Windows Update search asks Microsoft's servers (or the school's WSUS) and commonly takes
 * tens of seconds, minutes on a slow line; it runs in its own process with its own deadline.
 */
const WINDOWS_UPDATE_TIMEOUT_MS = 120_000;

/** Lists software updates Windows Update offers and that are neither installed nor hidden. */
export async function collectWindowsUpdates(
  run: RunCommandFn = runCommand,
): Promise<PendingUpdate[]> {
  try {
    const { stdout } = await runPowerShell(WINDOWS_UPDATE_SCRIPT, {
      run,
      timeoutMs: WINDOWS_UPDATE_TIMEOUT_MS,
    });
    return parseWindowsUpdateJson(stdout);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
