import { agentFiles } from '../agent-paths.ts';
import { runCommand } from '../run-command.ts';
import { APT_CACHE_MAX_AGE_MS, collectAptUpdates as aptUpdates } from './apt-updates.ts';
import { collectDnfUpdates } from './dnf-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectFlatpak } from './flatpak.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';
import type { CollectorOptions, PlatformCollectors } from './platform-collectors.ts';
import { collectRpm } from './rpm.ts';
import { collectSnap } from './snap.ts';
import { collectSnapUpdates } from './snap-updates.ts';

/**
 * Linux: every package system present on the machine is read; each collector returns nothing
 * where its tool is absent. Their lists never overlap (each item carries its own source), so
 * they are simply concatenated. With a data folder, apt's answer is reused while nothing it
 * reads has changed (see apt-updates.ts): apt spends most of a second rebuilding its cache.
 */
export function linuxCollectors(options: CollectorOptions = {}): PlatformCollectors {
  const cache =
    options.dataDir === undefined
      ? undefined
      : { file: agentFiles(options.dataDir).aptUpgradableCache, maxAgeMs: APT_CACHE_MAX_AGE_MS };
  // Named like the function it wraps: a report's notes call a collector by its name.
  const collectAptUpdates = () => aptUpdates(runCommand, cache ? { cache } : {});
  return {
    software: [collectDpkg, collectRpm, collectFlatpak, collectSnap],
    updates: [collectAptUpdates, collectDnfUpdates, collectFlatpakUpdates, collectSnapUpdates],
    hotfixes: [],
  };
}
