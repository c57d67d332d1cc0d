import type { Hotfix, PendingUpdate, SoftwareItem } from '@handraise/shared';

export type Collect<T> = () => Promise<T[]>;

/** What collectors may keep between runs; without a data folder they keep nothing. */
export type CollectorOptions = {
  /** The agent's data folder (caches go in it). */
  dataDir?: string | undefined;
};

/** The collectors one platform runs. Each returns [] where its tool is absent. */
export type PlatformCollectors = {
  software: readonly Collect<SoftwareItem>[];
  updates: readonly Collect<PendingUpdate>[];
  hotfixes: readonly Collect<Hotfix>[];
};
