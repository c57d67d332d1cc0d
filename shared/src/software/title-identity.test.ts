import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOFTWARE_SOURCES, type UpdateSource } from '../schemas/inventory.ts';
import { DIFFERENT_TITLES, item, SAME_TITLE, type Item } from '../testing/title-cases.ts';
import {
  MAX_TITLE_KEY_LENGTH,
  TITLE_KEY_PATTERN,
  slugTitle,
  titleIdentity,
  titleKeyForName,
  updateTitleKey,
} from './title-identity.ts';

const keyOf = (i: Item): string => titleIdentity(i).key;
const describeItem = (i: Item): string => `${i.source}:${i.name}${i.id ? ` (${i.id})` : ''}`;

describe('titleIdentity: one key per product across platforms', () => {
  for (const group of SAME_TITLE) {
    it(`groups ${group.key}`, () => {
      for (const i of group.items) expect(keyOf(i), describeItem(i)).toBe(group.key);
    });
  }

  it('keeps look-alike titles apart', () => {
    for (const [a, b] of DIFFERENT_TITLES) {
      expect(keyOf(a), `${describeItem(a)} vs ${describeItem(b)}`).not.toBe(keyOf(b));
    }
  });

  it('gives a catalog line the key of the registry item with that name', () => {
    for (const name of [
      'Google Chrome',
      'Mozilla Firefox',
      'Adobe Acrobat Reader DC',
      'VLC media player',
      'Microsoft Office Professional Plus 2019',
      'Microsoft Visual C++ 2015-2022 Redistributable (x64)',
      'Français Éditeur',
    ]) {
      expect(titleKeyForName(name)).toBe(keyOf(item(name, 'registry')));
    }
    expect(titleKeyForName('Chrome')).toBe('chrome');
    expect(titleKeyForName('Firefox')).toBe('firefox');
    expect(titleKeyForName('Zoom Workplace')).toBe('zoom');
  });
});

describe('properties', () => {
  const everyItem: Item[] = [
    ...SAME_TITLE.flatMap((g) => g.items),
    ...DIFFERENT_TITLES.flat(),
    item('x'.repeat(512), 'registry'),
    item(`${'Long Product Name '.repeat(30)}(x64)`, 'registry'),
    item(`${'pkg-'.repeat(120)}x`, 'dpkg'),
    item(`${'Segment.'.repeat(60)}Last`, 'winget'),
    item('+++Plus', 'registry'),
    item('-_-', 'registry'),
    item('\u0000\u0007', 'other'),
    item('🙂', 'macapp'),
  ];

  // Seeded, so every run sees the same names, built from the characters names really carry.
  const alphabet = [...'aZ9 .-_+()[]®é/:@…x64en-US2019'];
  const names = fc.sample(
    fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 40 }),
    { seed: 0x2545f491, numRuns: 400 },
  );
  names.forEach((name, n) =>
    everyItem.push(item(name, SOFTWARE_SOURCES[n % SOFTWARE_SOURCES.length]!)),
  );

  it('every key matches the key pattern and the length limit', () => {
    for (const i of everyItem) {
      const { key, name } = titleIdentity(i);
      expect(key, describeItem(i)).toMatch(TITLE_KEY_PATTERN);
      expect(key.length, describeItem(i)).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
      expect(name.length, describeItem(i)).toBeGreaterThan(0);
    }
  });

  it('every key is its own slug', () => {
    for (const i of everyItem) {
      const { key } = titleIdentity(i);
      expect(slugTitle(key), describeItem(i)).toBe(key);
    }
  });

  it('a key read back as a name gives itself', () => {
    // Package names keep architecture words that display names lose (`libc6-i386`), so this
    // holds for display-name sources and for the cross-platform titles.
    const display = everyItem.filter((i) => i.source === 'registry' || i.source === 'macapp');
    for (const i of [...display, ...SAME_TITLE.flatMap((g) => g.items)]) {
      const { key } = titleIdentity(i);
      expect(titleKeyForName(key), describeItem(i)).toBe(key);
    }
  });

  it('is deterministic and the same with or without its cache', () => {
    for (const i of everyItem.slice(0, 50)) {
      const first = titleIdentity(i);
      // A copy with another object identity and an ignored field changes nothing.
      expect(titleIdentity({ ...i })).toEqual(first);
    }
  });

  it('stays correct when more distinct names arrive than its cache holds', () => {
    const before = titleIdentity(item('Mozilla Firefox (x64 en-US)', 'registry'));
    for (let n = 0; n < 25_000; n++) titleIdentity(item(`Tool n${n}`, 'registry'));
    expect(titleIdentity(item('Tool n24999', 'registry')).key).toBe('tool-n24999');
    expect(titleIdentity(item('Mozilla Firefox (x64 en-US)', 'registry'))).toEqual(before);
  });

  it('update keys match the key pattern too', () => {
    const updateSources: UpdateSource[] = [
      'apt',
      'dnf',
      'yum',
      'zypper',
      'winget',
      'windows-update',
      'softwareupdate',
      'brew',
      'flatpak',
      'snap',
      'other',
    ];
    for (const [n, i] of everyItem.entries()) {
      const key = updateTitleKey({
        name: i.name,
        source: updateSources[n % updateSources.length]!,
      });
      expect(key, i.name).toMatch(TITLE_KEY_PATTERN);
      expect(key.length).toBeLessThanOrEqual(MAX_TITLE_KEY_LENGTH);
    }
  });
});
