import type { PlatformCollectors } from './platform-collectors.ts';

/** Windows: uninstall keys, Store apps, winget and Windows Update, hotfixes. */
export const WINDOWS_COLLECTORS: PlatformCollectors = {
  software: [],
  updates: [],
  hotfixes: [],
};
