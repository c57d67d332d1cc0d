import { describe, expect, it } from 'vitest';
import { linuxCollectors } from './linux-collectors.ts';

describe('linuxCollectors', () => {
  it('reads every package system a Linux machine may have, each under its own name', () => {
    const collectors = linuxCollectors({ dataDir: '/nonexistent' });
    expect(collectors.software.map((c) => c.name)).toEqual(['dpkg', 'rpm', 'flatpak', 'snap']);
    expect(collectors.updates.map((c) => c.name)).toEqual([
      'apt-updates',
      'dnf-updates',
      'flatpak-updates',
      'snap-updates',
    ]);
    expect(collectors.hotfixes).toEqual([]);
  });
});
