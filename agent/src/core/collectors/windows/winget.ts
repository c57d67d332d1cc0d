import type { PendingUpdate } from '@handraise/shared';
import { parseWingetUpgrade } from '../../parsers/windows/winget-upgrade.ts';
import { runCommand } from '../../run-command.ts';
import { isNotFound, runPowerShell, type RunCommandFn } from './powershell.ts';
import { WINGET_UPGRADE_SCRIPT } from './winget-script.ts';

/** winget refreshes its source index first (network); a minute covers a slow school uplink. */
const WINGET_TIMEOUT_MS = 60_000;

/**
 * winget's "nothing to upgrade" exits, as the HRESULT and as the unsigned exit code Windows
 * reports for it: 0x8A150014 (no installed package matched), 0x8A15002B (no applicable update).
 */
const WINGET_NOTHING_EXIT_CODES = [
  0x8a150014,
  0x8a150014 - 2 ** 32,
  0x8a15002b,
  0x8a15002b - 2 ** 32,
] as const;

/** Lists upgrades winget offers (best effort: winget judges from the same Uninstall keys). */
export async function collectWingetUpgrades(
  run: RunCommandFn = runCommand,
): Promise<PendingUpdate[]> {
  try {
    const { stdout } = await runPowerShell(WINGET_UPGRADE_SCRIPT, {
      run,
      timeoutMs: WINGET_TIMEOUT_MS,
      okExitCodes: [0, ...WINGET_NOTHING_EXIT_CODES],
    });
    return parseWingetUpgrade(stdout);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
