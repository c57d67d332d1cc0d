import { collectMacApplications } from './applications.ts';
import { collectBrewOutdated } from './brew.ts';
import { collectSoftwareupdate } from './softwareupdate.ts';
import type { PlatformCollectors } from '../platform-collectors.ts';

/** macOS: applications, softwareupdate and Homebrew. */
export const MACOS_COLLECTORS: PlatformCollectors = {
  // Wrapped so the list never passes its own arguments in the place of the command runner.
  software: [{ name: 'applications', collect: () => collectMacApplications() }],
  updates: [
    { name: 'softwareupdate', collect: () => collectSoftwareupdate() },
    { name: 'homebrew', collect: () => collectBrewOutdated() },
  ],
  hotfixes: [],
};
