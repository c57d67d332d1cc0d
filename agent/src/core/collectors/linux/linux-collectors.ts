import { agentFiles } from '../../agent-paths.ts';
import { runCommand } from '../../run-command.ts';
import { APT_CACHE_MAX_AGE_MS, collectAptUpdates } from './apt-updates.ts';
import { collectDnfUpdates } from './dnf-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectFlatpak } from './flatpak.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';
import type { CollectorOptions, PlatformCollectors } from '../platform-collectors.ts';
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
  return {
    software: [
      { name: 'dpkg', collect: () => collectDpkg() },
      { name: 'rpm', collect: () => collectRpm() },
      { name: 'flatpak', collect: () => collectFlatpak() },
      { name: 'snap', collect: () => collectSnap() },
    ],
    updates: [
      { name: 'apt-updates', collect: () => collectAptUpdates(runCommand, cache ? { cache } : {}) },
      { name: 'dnf-updates', collect: () => collectDnfUpdates() },
      { name: 'flatpak-updates', collect: () => collectFlatpakUpdates() },
      { name: 'snap-updates', collect: () => collectSnapUpdates() },
    ],
    hotfixes: [],
  };
}
