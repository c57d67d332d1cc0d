import { describe, expect, it } from 'vitest';
import { collectAptUpdates } from './apt-updates.ts';
import { collectDpkg } from './dpkg.ts';
import { collectSoftware, collectUpdates } from './software.ts';

describe('collectSoftware', () => {
  it('uses dpkg on this Linux machine', async () => {
    const items = await collectSoftware('linux');
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(await collectDpkg());
  });

  it('reports nothing yet on Windows and macOS', async () => {
    await expect(collectSoftware('win32')).resolves.toEqual([]);
    await expect(collectSoftware('darwin')).resolves.toEqual([]);
  });
});

describe('collectUpdates', () => {
  it('uses apt on this Linux machine', async () => {
    const [updates, aptUpdates] = await Promise.all([collectUpdates('linux'), collectAptUpdates()]);
    expect(updates).toEqual(aptUpdates);
  });

  it('reports nothing yet on Windows and macOS', async () => {
    await expect(collectUpdates('win32')).resolves.toEqual([]);
    await expect(collectUpdates('darwin')).resolves.toEqual([]);
  });
});
