import type { SoftwareItem } from '@handraise/shared';
import { parseAppxJson } from '../../parsers/windows/appx-json.ts';
import { runCommand } from '../../run-command.ts';
import { APPX_SCRIPT } from './appx-script.ts';
import { isNotFound, runPowerShell, type RunCommandFn } from './powershell.ts';

/** Get-AppxPackage -AllUsers takes a few seconds on a machine with many profiles. */
const APPX_TIMEOUT_MS = 30_000;

/** Lists Store and MSIX apps (all users when the agent is elevated, else the current user). */
export async function collectAppxPackages(run: RunCommandFn = runCommand): Promise<SoftwareItem[]> {
  try {
    const { stdout } = await runPowerShell(APPX_SCRIPT, { run, timeoutMs: APPX_TIMEOUT_MS });
    return parseAppxJson(stdout);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
