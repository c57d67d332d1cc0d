import type { PlatformCollectors } from './platform-collectors.ts';

/** macOS: applications, softwareupdate and Homebrew. */
export const MACOS_COLLECTORS: PlatformCollectors = {
  software: [],
  updates: [],
  hotfixes: [],
};
