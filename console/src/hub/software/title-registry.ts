import type {
  CatalogEntry,
  PendingUpdate,
  Platform,
  SoftwarePolicy,
  SoftwareSource,
  VersionScheme,
} from '@handraise/shared';
import { VersionGroup, type GroupRules } from './version-group.ts';

/** A title as the fleet reports it, under one normalized key. */
export type Title = {
  key: string;
  name: string;
  /** How people-friendly the name's source is; a better one replaces it. */
  nameRank: number;
  publisher: string | null;
  sources: Set<SoftwareSource>;
  /**
   * Names the title was reported under, by source; capped, for merge and split decisions. Each
   * has an id unique in the registry, by which the engine counts the computers reporting it.
   */
  rawNames: Map<string, RawName>;
  groups: number[];
};

/** A name a title was reported under, with the source that reported it. */
export type RawName = { name: string; source: SoftwareSource; id: number };

const MAX_RAW_NAMES = 40;
/** Distinct pending updates kept for sharing; past it, sharing starts over (see sharedUpdate). */
const MAX_SHARED_UPDATES = 200_000;
const rawKeyOf = (source: SoftwareSource, name: string) => `${source}\u0000${name}`;
// A title named from a Windows or Mac app reads better than one named from a Linux package.
const NAME_RANK: Partial<Record<SoftwareSource, number>> = {
  registry: 3,
  macapp: 3,
  appx: 2,
  winget: 2,
  flatpak: 1,
  snap: 1,
};
// Distribution versions only compare within one OS release.
const RELEASE_BOUND: ReadonlySet<VersionScheme> = new Set(['deb', 'rpm']);

/**
 * The fleet's titles and their version groups, numbered so that devices can refer to them by
 * index, and the coordinator's rules (policies, catalog) that give each group its targets.
 */
export class TitleRegistry {
  readonly titles: Title[] = [];
  readonly groups: VersionGroup[] = [];
  private readonly ids = new Map<string, number>();
  private rawNameIds = 0;
  private sharedUpdates = new Map<string, PendingUpdate>();
  private policies: SoftwarePolicy[] = [];
  private catalogByKey = new Map<string, CatalogEntry[]>();

  /** The id of a title key, if any device or rule named it. */
  id(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Forgets every title and group; the rules stay. */
  reset(): void {
    this.titles.length = 0;
    this.ids.clear();
    this.groups.length = 0;
    this.rawNameIds = 0;
    this.sharedUpdates = new Map();
  }

  /**
   * One object for every computer's copy of the same pending update: a district's computers wait
   * for the same few thousand updates, and half a million copies of their strings filled the
   * hub's memory. Frozen, as it is shared. The map only grows as new versions appear; past its
   * cap it starts empty (updates kept so far stay shared, the new ones share anew).
   */
  sharedUpdate(update: PendingUpdate): PendingUpdate {
    // Every field, an absent one apart from an empty one: the shared copy must equal each.
    const key = JSON.stringify([
      update.source,
      update.name,
      update.availableVersion,
      update.installedVersion ?? null,
      update.id ?? null,
      update.security ?? null,
    ]);
    const kept = this.sharedUpdates.get(key);
    if (kept) return kept;
    if (this.sharedUpdates.size >= MAX_SHARED_UPDATES) this.sharedUpdates = new Map();
    const shared = Object.freeze({ ...update });
    this.sharedUpdates.set(key, shared);
    return shared;
  }

  /**
   * Policies and the catalog, with their keys passed through `follow` (a rule written for a title
   * that was later merged applies to the title it became). Every group takes its targets again.
   */
  setRules(
    policies: readonly SoftwarePolicy[],
    catalog: readonly CatalogEntry[],
    follow: (key: string, name: string) => string,
  ): void {
    this.policies = policies.map((p) => ({ ...p, titleKey: follow(p.titleKey, p.titleName) }));
    this.catalogByKey = new Map();
    for (const entry of catalog) {
      const key = follow(entry.titleKey, entry.title);
      const list = this.catalogByKey.get(key) ?? [];
      list.push({ ...entry, titleKey: key });
      this.catalogByKey.set(key, list);
    }
    for (const p of this.policies) this.titleId(p.titleKey, p.titleName, null);
    for (const group of this.groups) group.setRules(this.rulesFor(group));
  }

  /** The id of a title, added the first time; a better-sourced name replaces a worse one. */
  titleId(
    key: string,
    name: string,
    source: SoftwareSource | null,
    publisher?: string,
    rawName?: string,
  ): number {
    let t = this.ids.get(key);
    if (t === undefined) {
      t = this.titles.length;
      this.titles.push({
        key,
        name,
        nameRank: source ? (NAME_RANK[source] ?? 0) : -1,
        publisher: publisher ?? null,
        sources: new Set(),
        rawNames: new Map(),
        groups: [],
      });
      this.ids.set(key, t);
    }
    const title = this.titles[t]!;
    if (source) {
      title.sources.add(source);
      const rank = NAME_RANK[source] ?? 0;
      if (rank > title.nameRank) {
        title.name = name;
        title.nameRank = rank;
      }
      title.publisher ??= publisher ?? null;
      if (rawName && title.rawNames.size < MAX_RAW_NAMES) {
        const rawKey = rawKeyOf(source, rawName);
        if (!title.rawNames.has(rawKey))
          title.rawNames.set(rawKey, { name: rawName, source, id: this.rawNameIds++ });
      }
    }
    return t;
  }

  /** The group of a title's installs on one platform, scheme and (for packages) OS release. */
  group(t: number, platform: Platform, scheme: VersionScheme, release: string): VersionGroup {
    const bound = RELEASE_BOUND.has(scheme) ? release : '';
    // A title has a handful of groups: a scan beats building a string key for every install.
    const title = this.titles[t]!;
    for (const id of title.groups) {
      const g = this.groups[id]!;
      if (g.platform === platform && g.scheme === scheme && g.release === bound) return g;
    }
    const group = new VersionGroup(this.groups.length, t, platform, scheme, bound);
    group.setRules(this.rulesFor(group));
    this.groups.push(group);
    title.groups.push(group.id);
    return group;
  }

  /** What a title's policies and catalog say for one platform; a platform's own line beats a general one. */
  private rulesFor(group: VersionGroup): GroupRules {
    const key = this.titles[group.title]!.key;
    const applies = (platform: Platform | null) => platform === null || platform === group.platform;
    const mostSpecific = <T extends { platform: Platform | null }>(list: readonly T[]) =>
      list.find((x) => x.platform === group.platform) ??
      list.find((x) => x.platform === null) ??
      null;
    const mine = this.policies.filter((p) => p.titleKey === key && applies(p.platform));
    const minimum = mostSpecific(mine.filter((p) => p.kind === 'minimum'));
    const catalog = mostSpecific(this.catalogByKey.get(key) ?? []);
    return {
      minimumVersion: minimum?.version ?? null,
      catalogVersion: catalog?.latestVersion ?? null,
      banned: mine.some((p) => p.kind === 'banned'),
    };
  }

  /** Required titles by id, with the platforms they are required on (null: every platform). */
  requiredTitles(): Map<number, (Platform | null)[]> {
    const result = new Map<number, (Platform | null)[]>();
    for (const p of this.policies) {
      if (p.kind !== 'required') continue;
      const t = this.ids.get(p.titleKey);
      if (t === undefined) continue;
      result.set(t, [...(result.get(t) ?? []), p.platform]);
    }
    return result;
  }

  /** The catalog line for a title on a platform: the platform's own, else a general one. */
  catalogLine(t: number, platform: Platform): CatalogEntry | null {
    const list = this.catalogByKey.get(this.titles[t]!.key) ?? [];
    return (
      list.find((c) => c.platform === platform) ?? list.find((c) => c.platform === null) ?? null
    );
  }

  /** The display name and key of a title, if known. */
  title(key: string): { key: string; name: string } | null {
    const t = this.ids.get(key);
    return t === undefined ? null : { key, name: this.titles[t]!.name };
  }

  /** Names a title is reported under, with their sources and ids. */
  rawNames(key: string): RawName[] {
    const t = this.ids.get(key);
    if (t === undefined) return [];
    return [...this.titles[t]!.rawNames.values()];
  }

  /** The id of a name title `t` was reported under, or -1 past the cap of names kept. */
  rawNameId(t: number, source: SoftwareSource, rawName: string): number {
    return this.titles[t]!.rawNames.get(rawKeyOf(source, rawName))?.id ?? -1;
  }
}
