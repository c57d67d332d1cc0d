import type { PendingUpdate, SoftwareItem } from '@handraise/shared';
import { collectAptUpdates } from './apt-updates.ts';
import { collectDpkg } from './dpkg.ts';

type Collect<T> = () => Promise<T[]>;

/**
 * Installed-software collectors per Linux package system. Each returns [] where its tool is
 * absent, so all can run on every distribution. To add one (rpm, flatpak, snap): write
 * `collectors/<name>.ts` with a parser and a collector in the style of `dpkg.ts`, and list it here.
 */
const LINUX_SOFTWARE_COLLECTORS: readonly Collect<SoftwareItem>[] = [collectDpkg];

/** Pending-update collectors for Linux, extended the same way (dnf, zypper, flatpak, snap). */
const LINUX_UPDATE_COLLECTORS: readonly Collect<PendingUpdate>[] = [collectAptUpdates];

/** Collects installed software with the collectors for the platform the agent runs on. */
export async function collectSoftware(
  platform: NodeJS.Platform = process.platform,
): Promise<SoftwareItem[]> {
  // Windows (registry, Store apps) and macOS (applications) collectors are a separate piece of
  // work; until they land those platforms report no software rather than guessing.
  return platform === 'linux' ? runAll(LINUX_SOFTWARE_COLLECTORS) : [];
}

/** Collects pending updates with the collectors for the platform the agent runs on. */
export async function collectUpdates(
  platform: NodeJS.Platform = process.platform,
): Promise<PendingUpdate[]> {
  // Windows (winget, Windows Update) and macOS (softwareupdate, brew) come with their own work.
  return platform === 'linux' ? runAll(LINUX_UPDATE_COLLECTORS) : [];
}

// All collectors run at once. One failure fails the whole list, so the inventory sends a note
// instead of a partial list that looks complete and makes the missing titles look uninstalled.
async function runAll<T>(collectors: readonly Collect<T>[]): Promise<T[]> {
  const lists = await Promise.all(collectors.map((collect) => collect()));
  return lists.flat();
}
