import type { PlatformCollectors } from './platform-collectors.ts';
import { collectAppxPackages } from './windows-appx.ts';
import { collectWindowsHotfixes } from './windows-hotfixes.ts';
import { collectWindowsSoftware } from './windows-software.ts';
import { collectWindowsUpdates } from './windows-update.ts';
import { collectWingetUpgrades } from './windows-winget.ts';

/** Windows: uninstall keys, Store apps, winget and Windows Update, hotfixes. */
export const WINDOWS_COLLECTORS: PlatformCollectors = {
  // Wrapped so the list never passes its own arguments in the place of the command runner.
  software: [() => collectWindowsSoftware(), () => collectAppxPackages()],
  updates: [() => collectWingetUpgrades(), () => collectWindowsUpdates()],
  hotfixes: [() => collectWindowsHotfixes()],
};
