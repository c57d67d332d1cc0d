import { collectMacApplications } from './macos-applications.ts';
import { collectBrewOutdated } from './macos-brew.ts';
import { collectSoftwareupdate } from './macos-softwareupdate.ts';
import type { PlatformCollectors } from './platform-collectors.ts';

/** macOS: applications, softwareupdate and Homebrew. */
export const MACOS_COLLECTORS: PlatformCollectors = {
  // Wrapped so the list never passes its own arguments in the place of the command runner.
  software: [() => collectMacApplications()],
  updates: [() => collectSoftwareupdate(), () => collectBrewOutdated()],
  hotfixes: [],
};
