import { describe, expect, it } from 'vitest';
import type { PendingUpdate } from '@handraise/shared';
import { TitleRegistry } from './title-registry.ts';

const update = (over: Partial<PendingUpdate> = {}): PendingUpdate => ({
  name: 'libssl3',
  installedVersion: '3.0.14-1~deb12u2',
  availableVersion: '3.0.15-1~deb12u1',
  source: 'apt',
  ...over,
});

describe('TitleRegistry.sharedUpdate', () => {
  it('keeps one object for every copy of the same pending update', () => {
    const registry = new TitleRegistry();
    const first = registry.sharedUpdate(update());
    const again = registry.sharedUpdate(update());
    expect(again).toBe(first);
    expect(first).toEqual(update());
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('tells apart updates that differ in any field, an absent one from an empty or false one', () => {
    const registry = new TitleRegistry();
    const variants = [
      update(),
      update({ availableVersion: '3.0.16-1~deb12u1' }),
      update({ installedVersion: undefined }),
      update({ installedVersion: '' }),
      update({ security: true }),
      update({ security: false }),
      update({ id: 'libssl3' }),
      update({ source: 'dnf' }),
    ];
    const shared = variants.map((u) => registry.sharedUpdate(u));
    expect(new Set(shared).size).toBe(variants.length);
    shared.forEach((s, i) => expect(s).toEqual(variants[i]));
  });

  it('starts sharing anew after a reset', () => {
    const registry = new TitleRegistry();
    const before = registry.sharedUpdate(update());
    registry.reset();
    const after = registry.sharedUpdate(update());
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });
});
