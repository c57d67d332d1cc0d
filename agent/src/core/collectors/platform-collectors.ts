import type { Hotfix, PendingUpdate, SoftwareItem } from '@handraise/shared';

export type Collect<T> = () => Promise<T[]>;

/** The collectors one platform runs. Each returns [] where its tool is absent. */
export type PlatformCollectors = {
  software: readonly Collect<SoftwareItem>[];
  updates: readonly Collect<PendingUpdate>[];
  hotfixes: readonly Collect<Hotfix>[];
};
