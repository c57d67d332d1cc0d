import type { UninstallResult } from '../../parsers/windows/uninstall-entries.ts';
import { parseUninstallJson } from '../../parsers/windows/uninstall-json.ts';
import { isNotFound, runPowerShell, type RunCommandFn } from './powershell.ts';
import { runCommand } from '../../run-command.ts';
import { UNINSTALL_SCRIPT } from './uninstall-script.ts';

/** Reading a few thousand registry keys takes a second or two; a slow disk several times that. */
const UNINSTALL_READ_TIMEOUT_MS = 30_000;

/**
 * How long one registry read serves both the software and the hotfix collector. They run at
 * the same moment within one inventory; the next inventory is hours later and reads afresh.
 */
const SHARED_READ_MS = 60_000;

let shared: { run: RunCommandFn; startedAt: number; result: Promise<UninstallResult> } | undefined;

/**
 * Programs and KB entries from every Uninstall key, through one PowerShell run shared by the
 * collectors that ask within a minute with the same runner. A failed read is not reused.
 */
export function readUninstallKeys(
  run: RunCommandFn = runCommand,
  now: () => number = Date.now,
): Promise<UninstallResult> {
  if (shared && shared.run === run && now() - shared.startedAt < SHARED_READ_MS) {
    return shared.result;
  }
  const result = readOnce(run);
  const entry = { run, startedAt: now(), result };
  shared = entry;
  result.catch(() => {
    if (shared === entry) shared = undefined;
  });
  return result;
}

async function readOnce(run: RunCommandFn): Promise<UninstallResult> {
  try {
    const { stdout } = await runPowerShell(UNINSTALL_SCRIPT, {
      run,
      timeoutMs: UNINSTALL_READ_TIMEOUT_MS,
    });
    return parseUninstallJson(stdout);
  } catch (error) {
    if (isNotFound(error)) return { software: [], hotfixes: [] };
    throw error;
  }
}
