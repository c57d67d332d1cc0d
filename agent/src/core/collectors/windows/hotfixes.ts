import type { Hotfix } from '@handraise/shared';
import { mergeHotfixes } from '../../parsers/windows/merge-hotfixes.ts';
import { parseQfeJson } from '../../parsers/windows/qfe.ts';
import { runCommand } from '../../run-command.ts';
import { isNotFound, runPowerShell, type RunCommandFn } from './powershell.ts';
import { QFE_SCRIPT } from './qfe-script.ts';
import { readUninstallKeys } from './uninstall.ts';

/** Win32_QuickFixEngineering answers in a second or two, slower right after updates install. */
const QFE_TIMEOUT_MS = 30_000;

/**
 * Lists installed KB updates: those Get-HotFix (QFE) reports and those registered as Uninstall
 * keys (the XP-era way, still used by some MSI patches), each KB once.
 */
export async function collectWindowsHotfixes(run: RunCommandFn = runCommand): Promise<Hotfix[]> {
  const [uninstall, qfe] = await Promise.all([readUninstallKeys(run), readQfe(run)]);
  return mergeHotfixes(uninstall.hotfixes, qfe);
}

async function readQfe(run: RunCommandFn): Promise<Hotfix[]> {
  try {
    const { stdout } = await runPowerShell(QFE_SCRIPT, { run, timeoutMs: QFE_TIMEOUT_MS });
    return parseQfeJson(stdout);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
