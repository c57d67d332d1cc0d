import { describe, expect, it } from 'vitest';
import { collectAptUpdates } from './apt-updates.ts';
import { collectDnfUpdates } from './dnf-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectFlatpak } from './flatpak.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';
import { LINUX_COLLECTORS } from './linux.ts';
import { collectRpm } from './rpm.ts';
import { collectSnap } from './snap.ts';
import { collectSnapUpdates } from './snap-updates.ts';

describe('LINUX_COLLECTORS', () => {
  it('reads every package system a Linux machine may have', () => {
    expect(LINUX_COLLECTORS.software).toEqual([
      collectDpkg,
      collectRpm,
      collectFlatpak,
      collectSnap,
    ]);
    expect(LINUX_COLLECTORS.updates).toEqual([
      collectAptUpdates,
      collectDnfUpdates,
      collectFlatpakUpdates,
      collectSnapUpdates,
    ]);
    expect(LINUX_COLLECTORS.hotfixes).toEqual([]);
  });
});
