import type { Hotfix, PendingUpdate, SoftwareItem } from '@handraise/shared';
import { LINUX_COLLECTORS } from './linux.ts';
import { MACOS_COLLECTORS } from './macos.ts';
import type { Collect, PlatformCollectors } from './platform-collectors.ts';
import { WINDOWS_COLLECTORS } from './windows.ts';

const NONE: PlatformCollectors = { software: [], updates: [], hotfixes: [] };

/** The collectors for a platform; others (BSDs, …) report nothing rather than guess. */
export function collectorsFor(platform: NodeJS.Platform): PlatformCollectors {
  if (platform === 'linux') return LINUX_COLLECTORS;
  if (platform === 'win32') return WINDOWS_COLLECTORS;
  if (platform === 'darwin') return MACOS_COLLECTORS;
  return NONE;
}

/** Collects installed software with the collectors for the platform the agent runs on. */
export function collectSoftware(
  platform: NodeJS.Platform = process.platform,
): Promise<SoftwareItem[]> {
  return runAll(collectorsFor(platform).software);
}

/** Collects pending updates with the collectors for the platform the agent runs on. */
export function collectUpdates(
  platform: NodeJS.Platform = process.platform,
): Promise<PendingUpdate[]> {
  return runAll(collectorsFor(platform).updates);
}

/** Collects installed OS hotfixes (Windows KBs). */
export function collectHotfixes(platform: NodeJS.Platform = process.platform): Promise<Hotfix[]> {
  return runAll(collectorsFor(platform).hotfixes);
}

// All collectors run at once. One failure fails the whole list, so the inventory sends a note
// instead of a partial list that looks complete and makes the missing titles look uninstalled.
async function runAll<T>(collectors: readonly Collect<T>[]): Promise<T[]> {
  const lists = await Promise.all(collectors.map((collect) => collect()));
  return lists.flat();
}
