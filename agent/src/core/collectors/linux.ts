import { collectAptUpdates } from './apt-updates.ts';
import { collectDnfUpdates } from './dnf-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectFlatpak } from './flatpak.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';
import type { PlatformCollectors } from './platform-collectors.ts';
import { collectRpm } from './rpm.ts';
import { collectSnap } from './snap.ts';
import { collectSnapUpdates } from './snap-updates.ts';

/**
 * Linux: every package system present on the machine is read; each collector returns nothing
 * where its tool is absent. Their lists never overlap (each item carries its own source), so
 * they are simply concatenated.
 */
export const LINUX_COLLECTORS: PlatformCollectors = {
  software: [collectDpkg, collectRpm, collectFlatpak, collectSnap],
  updates: [collectAptUpdates, collectDnfUpdates, collectFlatpakUpdates, collectSnapUpdates],
  hotfixes: [],
};
