import { describe, expect, it } from 'vitest';
import type { SoftwareItem } from '@handraise/shared';
import { collectAptUpdates } from './linux/apt-updates.ts';
import { collectDpkg } from './linux/dpkg.ts';
import {
  collectorsFor,
  collectSoftware,
  collectUpdates,
  PartialCollectionError,
  runCollectors,
} from './software.ts';

const item = (name: string): SoftwareItem => ({ name, version: '1', source: 'rpm' });

describe('collectSoftware', () => {
  it('reads every package system present on this Linux machine (dpkg here)', async () => {
    const items = await collectSoftware('linux');
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.source === 'dpkg')).toEqual(await collectDpkg());
  });

  it('picks the collectors of each platform, and none for others', async () => {
    expect((await collectorsFor('linux')).software.length).toBeGreaterThan(1);
    expect(await collectorsFor('freebsd')).toEqual({ software: [], updates: [], hotfixes: [] });
  });
});

describe('collectUpdates', () => {
  it('includes apt on this Linux machine', async () => {
    const [updates, aptUpdates] = await Promise.all([collectUpdates('linux'), collectAptUpdates()]);
    expect(updates.filter((u) => u.source === 'apt')).toEqual(aptUpdates);
  });
});

describe('runCollectors', () => {
  it('keeps what the working collectors found and names the ones that failed', async () => {
    async function collectRpm() {
      return [item('bash')];
    }
    async function collectSnapUpdates(): Promise<SoftwareItem[]> {
      throw new Error('cannot reach snapd');
    }
    const rpm = { name: 'rpm', collect: collectRpm };
    const snapUpdates = { name: 'snap-updates', collect: collectSnapUpdates };
    const error = await runCollectors([rpm, snapUpdates]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialCollectionError);
    expect((error as PartialCollectionError<SoftwareItem>).items).toEqual([item('bash')]);
    expect((error as PartialCollectionError<SoftwareItem>).failures).toEqual([
      { collector: 'snap-updates', error: 'cannot reach snapd' },
    ]);
    await expect(runCollectors([rpm])).resolves.toEqual([item('bash')]);
  });
});
