import type { Hotfix, PendingUpdate, SoftwareItem } from '@handraise/shared';

/**
 * One source of items, with the name a report's notes give it when it fails (`apt-updates`,
 * `winget`): explicit, because a wrapped or anonymous function has no useful name of its own.
 * The hub reads some of these notes by name (console/src/hub/software/item-flags.ts: a failed
 * `updates/apt-updates` means apt cannot vouch that dpkg packages are current).
 */
export type Collector<T> = { name: string; collect: () => Promise<T[]> };

/** What collectors may keep between runs; without a data folder they keep nothing. */
export type CollectorOptions = {
  /** The agent's data folder (caches go in it). */
  dataDir?: string | undefined;
};

/** The collectors one platform runs. Each returns [] where its tool is absent. */
export type PlatformCollectors = {
  software: readonly Collector<SoftwareItem>[];
  updates: readonly Collector<PendingUpdate>[];
  hotfixes: readonly Collector<Hotfix>[];
};
