import { describe, expect, it } from 'vitest';
import { collectDnfUpdates } from './dnf-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectFlatpak } from './flatpak.ts';
import { collectFlatpakUpdates } from './flatpak-updates.ts';
import { linuxCollectors } from './linux.ts';
import { collectRpm } from './rpm.ts';
import { collectSnap } from './snap.ts';
import { collectSnapUpdates } from './snap-updates.ts';

describe('linuxCollectors', () => {
  it('reads every package system a Linux machine may have', () => {
    const collectors = linuxCollectors({ dataDir: '/nonexistent' });
    expect(collectors.software).toEqual([collectDpkg, collectRpm, collectFlatpak, collectSnap]);
    // apt's collector is bound to the data folder's cache, and keeps its name for the notes.
    expect(collectors.updates.map((collect) => collect.name)).toEqual([
      'collectAptUpdates',
      'collectDnfUpdates',
      'collectFlatpakUpdates',
      'collectSnapUpdates',
    ]);
    expect(collectors.updates.slice(1)).toEqual([
      collectDnfUpdates,
      collectFlatpakUpdates,
      collectSnapUpdates,
    ]);
    expect(collectors.hotfixes).toEqual([]);
  });
});
