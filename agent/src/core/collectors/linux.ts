import { collectAptUpdates } from './apt-updates.ts';
import { collectDpkg } from './dpkg.ts';
import type { PlatformCollectors } from './platform-collectors.ts';

/** Linux: every package system present on the machine is read. */
export const LINUX_COLLECTORS: PlatformCollectors = {
  software: [collectDpkg],
  updates: [collectAptUpdates],
  hotfixes: [],
};
