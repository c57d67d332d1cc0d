import { compareVersions, type Platform, type VersionScheme } from '@handraise/shared';

/**
 * Per-version facts of a group, as bits: everything a verdict needs that does not depend on which
 * device runs the version. Recomputed for one group when its title's policy or catalog changes or
 * its versions move, never per device.
 */
export const VERSION_BITS = {
  BELOW_MINIMUM: 1,
  MEETS_MINIMUM: 2,
  CATALOG_NEWER: 4,
  CATALOG_CURRENT: 8,
  FLEET_NEWER: 16,
  FLEET_NEWEST: 32,
  BANNED: 64,
} as const;

/** What a title's rules say for one platform: the minimum, the catalog line, a ban. */
export type GroupRules = {
  minimumVersion: string | null;
  catalogVersion: string | null;
  banned: boolean;
};

const EPOCH = /^\d+:/;

/**
 * A title's installs that can be compared with each other: one platform, one version scheme and,
 * for distribution packages, one OS release (Debian 11's openssl is not behind Debian 12's).
 * Each device counts once, with the newest version it has in the group.
 */
export class VersionGroup {
  readonly id: number;
  readonly title: number;
  readonly platform: Platform;
  readonly scheme: VersionScheme;
  readonly versions: string[] = [];
  /** Devices per version id. */
  readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  /** Order of each version id: a higher rank is newer; equal versions share a rank. */
  private rank: number[] = [];
  /** Version ids oldest first, and whether each equals the one before it. */
  private readonly order: number[] = [];
  private readonly sameAsPrevious: boolean[] = [];
  private newestRank = -1;
  private total = 0;
  private bits: Uint8Array | null = null;
  private rules: GroupRules = { minimumVersion: null, catalogVersion: null, banned: false };

  /** The OS release distribution packages are bound to; '' for everything else. */
  readonly release: string;

  constructor(id: number, title: number, platform: Platform, scheme: VersionScheme, release = '') {
    this.id = id;
    this.title = title;
    this.platform = platform;
    this.scheme = scheme;
    this.release = release;
  }

  /** The id of a version, added (and the order redone) the first time it is seen. */
  versionId(version: string): number {
    const known = this.index.get(version);
    if (known !== undefined) return known;
    const id = this.versions.length;
    this.versions.push(version);
    this.counts.push(0);
    this.index.set(version, id);
    this.rerank();
    return id;
  }

  /** Whether version `a` is newer than `b`, both ids of this group. */
  newer(a: number, b: number): boolean {
    return this.rank[a]! > this.rank[b]!;
  }

  add(versionId: number, delta: 1 | -1): void {
    this.counts[versionId]! += delta;
    this.total += delta;
    this.refreshNewest();
  }

  get deviceCount(): number {
    return this.total;
  }

  /** The newest version some device runs, or null when none does. */
  get newestVersion(): string | null {
    if (this.newestRank < 0) return null;
    const id = this.rank.findIndex((r, v) => r === this.newestRank && this.counts[v]! > 0);
    return id >= 0 ? this.versions[id]! : null;
  }

  /** How many devices run a newer version than `versionId`. */
  devicesNewerThan(versionId: number): number {
    const own = this.rank[versionId]!;
    let n = 0;
    for (let v = 0; v < this.versions.length; v++) if (this.rank[v]! > own) n += this.counts[v]!;
    return n;
  }

  isNewest(versionId: number): boolean {
    return this.rank[versionId] === this.newestRank;
  }

  /** New targets; the per-version facts are redone only if they differ from the old ones. */
  setRules(rules: GroupRules): void {
    const old = this.rules;
    if (
      old.minimumVersion === rules.minimumVersion &&
      old.catalogVersion === rules.catalogVersion &&
      old.banned === rules.banned
    )
      return;
    this.rules = rules;
    this.bits = null;
  }

  get currentRules(): GroupRules {
    return this.rules;
  }

  /** The facts of every version, computed again only after something changed. */
  versionBits(): Uint8Array {
    if (this.bits && this.bits.length === this.versions.length) return this.bits;
    const bits = new Uint8Array(this.versions.length);
    const { minimumVersion, catalogVersion, banned } = this.rules;
    for (let v = 0; v < this.versions.length; v++) {
      let b = banned ? VERSION_BITS.BANNED : 0;
      const version = this.versions[v]!;
      if (version.trim() !== '') {
        if (minimumVersion !== null)
          b |= this.olderThan(version, minimumVersion)
            ? VERSION_BITS.BELOW_MINIMUM
            : VERSION_BITS.MEETS_MINIMUM;
        if (catalogVersion !== null)
          b |= this.olderThan(version, catalogVersion)
            ? VERSION_BITS.CATALOG_NEWER
            : VERSION_BITS.CATALOG_CURRENT;
        if (this.rank[v]! < this.newestRank) b |= VERSION_BITS.FLEET_NEWER;
        else if (this.total >= 2) b |= VERSION_BITS.FLEET_NEWEST;
      }
      bits[v] = b;
    }
    this.bits = bits;
    return bits;
  }

  /**
   * Compares an installed version with a target a person typed or a catalog gave. Distribution
   * versions lose their epoch first: "1:2.3-1" is not newer than a catalog's "2.4".
   */
  private olderThan(installed: string, target: string): boolean {
    const own =
      this.scheme === 'deb' || this.scheme === 'rpm' ? installed.replace(EPOCH, '') : installed;
    return compareVersions(own, target, this.scheme) < 0;
  }

  /**
   * Places the newest-added version in the order by binary search (a few comparisons, where a
   * full sort would compare every version again) and renumbers the ranks.
   */
  private rerank(): void {
    const added = this.versions.length - 1;
    const text = this.versions[added]!;
    let lo = 0;
    let hi = this.order.length;
    let equalTo = -1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareVersions(this.versions[this.order[mid]!]!, text, this.scheme);
      if (c === 0) {
        equalTo = mid;
        break;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    const at = equalTo >= 0 ? equalTo + 1 : lo;
    this.order.splice(at, 0, added);
    this.sameAsPrevious.splice(at, 0, equalTo >= 0);
    const rank = new Array<number>(this.versions.length);
    let r = 0;
    this.order.forEach((v, i) => {
      if (i > 0 && !this.sameAsPrevious[i]) r++;
      rank[v] = r;
    });
    // The version after the new one keeps its mark: if the new one equals its left neighbour the
    // relation is unchanged, and if not, the new one sits strictly between two unequal versions.
    this.rank = rank;
    this.refreshNewest();
  }

  private refreshNewest(): void {
    let newest = -1;
    for (let v = 0; v < this.versions.length; v++)
      if (this.counts[v]! > 0 && this.versions[v]!.trim() !== '' && this.rank[v]! > newest)
        newest = this.rank[v]!;
    if (newest !== this.newestRank || this.bits?.length !== this.versions.length) this.bits = null;
    this.newestRank = newest;
    // The device total moves which versions count as "newest among several devices".
    if (this.total < 3) this.bits = null;
  }
}
