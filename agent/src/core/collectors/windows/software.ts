import type { SoftwareItem } from '@handraise/shared';
import { runCommand } from '../../run-command.ts';
import { mergeSoftware } from '../merge-software.ts';
import type { RunCommandFn } from './powershell.ts';
import { readUninstallKeys } from './uninstall.ts';

/**
 * Lists installed programs from the Uninstall keys of every registry view (machine 64-bit and
 * 32-bit, each loaded user), each install once: the same program seen in two views is merged,
 * two installed versions stay two items.
 */
export async function collectWindowsSoftware(
  run: RunCommandFn = runCommand,
): Promise<SoftwareItem[]> {
  const { software } = await readUninstallKeys(run);
  return mergeSoftware(software);
}
