/**
 * Which installed items are "the same title". Windows registry names, winget and appx ids, macOS
 * app names and Linux package names of one product must come out with one key; the hub groups
 * (device, title) verdicts by it. Pure string work: no Node, no DOM, so the console page can use
 * it.
 *
 * Three roads lead to a key, chosen by what the source's names look like:
 * - display names (registry, macOS apps, flatpak names, people's text): strip noise such as
 *   versions, architectures and locales, then slug;
 * - package names (dpkg, rpm, snap, pacman, brew): strip only the arch qualifier and a trailing
 *   `-stable` channel; everything else in a package name is identity (`python3` ≠ `python2.7`);
 * - package ids (winget, appx, flatpak app ids): split on dots and CamelCase, drop the publisher.
 * Then the same last steps for all: drop a leading vendor word, apply the alias tables.
 *
 * This file is the entry point: it caches what the steps beside it give. The roads are
 * `title-display-name.ts`, `title-package-name.ts` and `title-package-id.ts`; which source takes
 * which road is `title-sources.ts`; the shared last steps are `title-key.ts` over `title-slug.ts`;
 * the tables are `title-tables.ts` and `title-noise-words.ts`.
 */
import type { UpdateSource } from '../schemas/inventory.ts';
import type { TitleIdentity } from './title-key.ts';
import { identify, identifyUpdate, type TitleIdentityInput } from './title-sources.ts';

export type { TitleIdentity } from './title-key.ts';
export type { TitleIdentityInput } from './title-sources.ts';
export { MAX_TITLE_KEY_LENGTH, TITLE_KEY_PATTERN, slugTitle } from './title-slug.ts';

// A fleet has tens of thousands of distinct (source, name) pairs; past this the cache starts over.
const CACHE_LIMIT = 20_000;
const itemCache = new Map<string, TitleIdentity>();
const updateCache = new Map<string, string>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The title an installed item belongs to: a stable key and a name for people. */
export function titleIdentity(item: TitleIdentityInput): TitleIdentity {
  const cacheKey =
    `${item.source}\u0000${item.name}\u0000` + `${item.id ?? ''}\u0000${item.publisher ?? ''}`;
  const hit = itemCache.get(cacheKey) ?? remember(itemCache, cacheKey, identify(item));
  return { key: hit.key, name: hit.name };
}

/** The key titleIdentity gives an item of this name from no given source (catalogs, policies). */
export function titleKeyForName(name: string): string {
  return titleIdentity({ name, source: 'other' }).key;
}

/** The key of the installed title a pending update is for. */
export function updateTitleKey(update: { name: string; source: UpdateSource }): string {
  const cacheKey = `${update.source}\u0000${update.name}`;
  const hit = updateCache.get(cacheKey);
  if (hit !== undefined) return hit;
  const key = identifyUpdate(update.name, update.source).key;
  return remember(updateCache, cacheKey, key);
}
