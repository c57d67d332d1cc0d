import {
  titleIdentity,
  titleKeyForName,
  updateTitleKey,
  type PendingUpdate,
  type SoftwareSource,
  type TitleOverride,
  type UpdateSource,
} from '@handraise/shared';

export type ResolvedTitle = { key: string; name: string };
type NamedItem = { name: string; source: SoftwareSource; id?: string; publisher?: string };

// Distinct (source, name) pairs in a fleet number in the tens of thousands; past this the cache is
// dropped and refilled rather than grown without bound.
const CACHE_LIMIT = 200_000;
// A merge of a merged title follows the chain; a cycle (A→B, B→A) stops here.
const MAX_CHAIN = 8;

/** The software source whose items an update source's updates are for. */
export const SOURCE_OF_UPDATE: Readonly<Record<UpdateSource, SoftwareSource>> = {
  apt: 'dpkg',
  dnf: 'rpm',
  yum: 'rpm',
  zypper: 'rpm',
  winget: 'registry',
  'windows-update': 'other',
  softwareupdate: 'macapp',
  brew: 'brew',
  flatpak: 'flatpak',
  snap: 'snap',
  other: 'other',
};

/**
 * Gives items their title: the shared normalizer's key, then the coordinator's merges and splits.
 * One resolver serves one set of overrides; a new set means a new resolver.
 */
export class TitleResolver {
  private readonly cache = new Map<string, ResolvedTitle>();
  private readonly bySource = new Map<string, TitleOverride>();
  private readonly anySource = new Map<string, TitleOverride>();

  constructor(overrides: readonly TitleOverride[]) {
    for (const o of overrides) {
      if (o.source === null) this.anySource.set(o.fromKey, o);
      else this.bySource.set(`${o.fromKey}\u0000${o.source}`, o);
    }
  }

  item(item: NamedItem): ResolvedTitle {
    const cacheKey = `${item.source}\u0000${item.name}\u0000${item.id ?? ''}\u0000${item.publisher ?? ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const identity = titleIdentity(item);
    const resolved = this.apply(identity.key, identity.name, item.source);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(cacheKey, resolved);
    return resolved;
  }

  /** The key of the installed title a pending update is for. */
  updateKey(update: Pick<PendingUpdate, 'name' | 'source'>): string {
    return this.apply(updateTitleKey(update), update.name, SOURCE_OF_UPDATE[update.source]).key;
  }

  /** The key a person's title name (a catalog line, a policy) stands for. */
  nameKey(name: string): string {
    return this.apply(titleKeyForName(name), name, null).key;
  }

  /** Follows merges and splits from a normalized key. */
  apply(key: string, name: string, source: SoftwareSource | null): ResolvedTitle {
    let current: ResolvedTitle = { key, name };
    for (let step = 0; step < MAX_CHAIN; step++) {
      const o =
        (source !== null ? this.bySource.get(`${current.key}\u0000${source}`) : undefined) ??
        this.anySource.get(current.key);
      if (!o || o.intoKey === current.key) break;
      current = { key: o.intoKey, name: o.intoName };
    }
    return current;
  }
}
