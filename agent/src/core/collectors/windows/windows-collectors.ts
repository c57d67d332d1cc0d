import type { PlatformCollectors } from '../platform-collectors.ts';
import { collectAppxPackages } from './appx.ts';
import { collectWindowsHotfixes } from './hotfixes.ts';
import { collectWindowsSoftware } from './software.ts';
import { collectWindowsUpdates } from './update.ts';
import { collectWingetUpgrades } from './winget.ts';

/** Windows: uninstall keys, Store apps, winget and Windows Update, hotfixes. */
export const WINDOWS_COLLECTORS: PlatformCollectors = {
  // Wrapped so the list never passes its own arguments in the place of the command runner.
  software: [
    { name: 'uninstall-keys', collect: () => collectWindowsSoftware() },
    { name: 'store-apps', collect: () => collectAppxPackages() },
  ],
  updates: [
    { name: 'winget', collect: () => collectWingetUpgrades() },
    { name: 'windows-updates', collect: () => collectWindowsUpdates() },
  ],
  hotfixes: [{ name: 'hotfixes', collect: () => collectWindowsHotfixes() }],
};
