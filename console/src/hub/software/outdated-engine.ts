import {
  SOFTWARE_SOURCES,
  versionSchemeFor,
  type CatalogEntry,
  type CollectorNote,
  type DeviceTitleVerdict,
  type OsInfo,
  type OsLifecycleTable,
  type PendingUpdate,
  type Platform,
  type SoftwarePolicy,
  type SoftwareOverview,
  type SoftwareScope,
  type SoftwareSource,
  type SoftwareTitleSummary,
  type TitleDeviceVerdict,
  type TitleVersionCount,
  type Verdict,
  type VersionScheme,
} from '@handraise/shared';
import { ITEM_FLAGS, managerFlags, managerFor } from './item-flags.ts';
import { lifecycleFor } from './os-lifecycle.ts';
import { osTitleFor } from './os-title.ts';
import { SOURCE_OF_UPDATE, TitleResolver } from './title-resolver.ts';
import { explain, OS_SUPPORT, STATUS_CODE, statusCode, type OsSupport } from './verdict.ts';
import { VersionGroup, type GroupRules } from './version-group.ts';

/** What the engine needs of a device: its place, its OS and its latest software and updates. */
export type DeviceInputs = {
  id: string;
  name: string;
  site: string | null;
  room: string | null;
  os: OsInfo | null;
  software: readonly {
    name: string;
    version: string;
    source: SoftwareSource;
    publisher?: string;
    id?: string;
  }[];
  updates: readonly PendingUpdate[];
  notes: readonly CollectorNote[];
  /** Whether the device has ever sent its updates section. */
  updatesReported: boolean;
};

type Title = {
  key: string;
  name: string;
  /** How people-friendly the name's source is; a better one replaces it. */
  nameRank: number;
  publisher: string | null;
  sources: Set<SoftwareSource>;
  /** Names the title was reported under, by source; capped, for merge and split decisions. */
  rawNames: Map<string, { name: string; source: SoftwareSource }>;
  groups: number[];
};

type Lifecycle = { release: string; endOfLife: string };

type DeviceEntry = {
  id: string;
  name: string;
  site: string | null;
  room: string | null;
  platform: Platform;
  os: OsInfo | null;
  lifecycle: Lifecycle | null;
  /** One slot per install, sorted by title id. */
  titles: Int32Array;
  groups: Int32Array;
  versions: Int32Array;
  flags: Uint8Array;
  /** Index into SOFTWARE_SOURCES, or OS_SOURCE for the operating system. */
  sources: Uint8Array;
  /** Pending updates by title id. */
  pending: Map<number, PendingUpdate[]>;
};

type Install = {
  title: number;
  group: VersionGroup;
  versionId: number;
  flags: number;
  source: number;
};

const OS_SOURCE = 255;
const SOURCE_INDEX = new Map<SoftwareSource, number>(SOFTWARE_SOURCES.map((s, i) => [s, i]));
const MAX_RAW_NAMES = 40;
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
const OS_UPDATE_SOURCES: ReadonlySet<string> = new Set(['windows-update', 'softwareupdate']);

const inScope = (d: DeviceEntry, scope: SoftwareScope) =>
  (scope.site === undefined || d.site === scope.site) &&
  (scope.room === undefined || d.room === scope.room);

/**
 * Every (device, title) verdict of the fleet, kept in memory and updated incrementally: a device's
 * inventory touches only that device's installs and the version groups they are in; a policy or
 * catalog change touches only the groups of its titles. Per-version facts are computed once per
 * group (see VersionGroup), so a summary is a pass over small integer arrays.
 */
export class OutdatedEngine {
  private resolver = new TitleResolver([]);
  private readonly titles: Title[] = [];
  private readonly titleIds = new Map<string, number>();
  private readonly groups: VersionGroup[] = [];
  private readonly devices = new Map<string, DeviceEntry>();
  private policies: SoftwarePolicy[] = [];
  private catalogByKey = new Map<string, CatalogEntry[]>();
  private lifecycle: OsLifecycleTable = { asOf: '', entries: [] };
  private readonly today: () => string;

  /** `today` gives the date (YYYY-MM-DD) that end-of-life dates are compared with. */
  constructor(today: () => string) {
    this.today = today;
  }

  get deviceCount(): number {
    return this.devices.size;
  }

  /** A new resolver after merges or splits change; the caller then loads every device again. */
  setResolver(resolver: TitleResolver): void {
    this.resolver = resolver;
  }

  get titleResolver(): TitleResolver {
    return this.resolver;
  }

  /**
   * Forgets devices, titles and groups, before a reload under new merges or splits: a title's
   * names and sources must not keep what an undone merge once brought into it.
   */
  reset(): void {
    this.devices.clear();
    this.titles.length = 0;
    this.titleIds.clear();
    this.groups.length = 0;
  }

  /** Coordinator policies and the imported catalog; only the groups of changed titles redo their facts. */
  setRules(policies: readonly SoftwarePolicy[], catalog: readonly CatalogEntry[]): void {
    // A rule written for a title that was later merged applies to the title it became.
    const follow = (key: string, name: string) => this.resolver.apply(key, name, null).key;
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

  setLifecycle(table: OsLifecycleTable): void {
    this.lifecycle = table;
    for (const device of this.devices.values()) device.lifecycle = this.lifecycleOf(device.os);
  }

  /** Puts a device's latest inventory in; returns the keys of titles whose installs changed. */
  setDevice(inputs: DeviceInputs): string[] {
    const previous = this.devices.get(inputs.id);
    const entry = this.buildEntry(inputs);
    const touched = new Set<number>();
    if (previous) this.count(previous, -1);
    this.count(entry, 1);
    this.devices.set(inputs.id, entry);
    diffTitles(previous, entry, touched);
    return [...touched].map((t) => this.titles[t]!.key);
  }

  removeDevice(id: string): string[] {
    const previous = this.devices.get(id);
    if (!previous) return [];
    this.count(previous, -1);
    this.devices.delete(id);
    return [...new Set(previous.titles)].map((t) => this.titles[t]!.key);
  }

  /** Every title installed (or required) in scope, most devices behind first. */
  summary(scope: SoftwareScope = {}): SoftwareTitleSummary[] {
    const { installed, behind, unknown, pending, security, spread } = this.scan(scope);
    const n = this.titles.length;
    const result: SoftwareTitleSummary[] = [];
    for (let t = 0; t < n; t++) {
      if (installed[t] === 0 && behind[t] === 0) continue;
      result.push(
        this.titleSummary(t, {
          deviceCount: installed[t]!,
          behindCount: behind[t]!,
          unknownCount: unknown[t]!,
          pendingCount: pending[t]!,
          securityCount: security[t]!,
          spread,
        }),
      );
    }
    return result.sort(
      (a, b) =>
        b.behindCount - a.behindCount ||
        b.deviceCount - a.deviceCount ||
        a.name.localeCompare(b.name),
    );
  }

  /** How many computers in scope need an update, and how many titles. */
  overview(scope: SoftwareScope = {}): SoftwareOverview {
    const { devices, devicesBehind, devicesWithSecurity, behind } = this.scan(scope);
    return {
      devices,
      devicesBehind,
      devicesWithSecurityUpdates: devicesWithSecurity,
      titlesBehind: behind.reduce((n, b) => n + (b > 0 ? 1 : 0), 0),
    };
  }

  /** One pass over every install in scope: per-title and per-device counts. */
  private scan(scope: SoftwareScope) {
    const n = this.titles.length;
    const installed = new Int32Array(n);
    const behind = new Int32Array(n);
    const unknown = new Int32Array(n);
    const pending = new Int32Array(n);
    const security = new Int32Array(n);
    const bitsOf = this.groups.map((g) => g.versionBits());
    const scoped = scope.site !== undefined || scope.room !== undefined;
    // The whole fleet's version spread is kept by the groups; a scope's is counted below.
    const spread = this.groups.map((g) =>
      scoped ? new Int32Array(g.versions.length) : Int32Array.from(g.counts),
    );
    const today = this.today();
    const required = this.requiredTitles();
    let devices = 0;
    let devicesBehind = 0;
    let devicesWithSecurity = 0;

    for (const d of this.devices.values()) {
      if (!inScope(d, scope)) continue;
      devices++;
      let deviceWorst = 0;
      let deviceFlags = 0;
      const os = this.osSupport(d, today);
      const { titles, groups, versions, flags } = d;
      for (let i = 0; i < titles.length;) {
        const t = titles[i]!;
        let worst = 0;
        let any = 0;
        for (; i < titles.length && titles[i] === t; i++) {
          const f = flags[i]!;
          const g = groups[i]!;
          const v = versions[i]!;
          const code = statusCode(f, bitsOf[g]![v]!, f & ITEM_FLAGS.OS ? os : OS_SUPPORT.NONE);
          if (code > worst) worst = code;
          any |= f;
          if (scoped) spread[g]![v]!++;
        }
        installed[t]!++;
        if (worst === STATUS_CODE.behind) behind[t]!++;
        else if (worst === STATUS_CODE.unknown) unknown[t]!++;
        if (any & ITEM_FLAGS.PENDING) pending[t]!++;
        if (any & ITEM_FLAGS.SECURITY) security[t]!++;
        if (worst > deviceWorst) deviceWorst = worst;
        deviceFlags |= any;
      }
      for (const [t, platforms] of required)
        if (platformMatches(platforms, d.platform) && !hasTitle(d, t)) {
          behind[t]!++;
          deviceWorst = STATUS_CODE.behind;
        }
      if (deviceWorst === STATUS_CODE.behind) devicesBehind++;
      if (deviceFlags & ITEM_FLAGS.SECURITY) devicesWithSecurity++;
    }
    return {
      installed,
      behind,
      unknown,
      pending,
      security,
      spread,
      devices,
      devicesBehind,
      devicesWithSecurity,
    };
  }

  /** A title's summary and every device of the scope that has it (or lacks it while required). */
  titleDetail(
    key: string,
    scope: SoftwareScope = {},
  ): (SoftwareTitleSummary & { devices: TitleDeviceVerdict[] }) | null {
    const t = this.titleIds.get(key);
    if (t === undefined) return null;
    const today = this.today();
    const requiredOn = this.requiredTitles().get(t);
    const spread = this.groups.map((g) => new Int32Array(g.title === t ? g.versions.length : 0));
    const devices: TitleDeviceVerdict[] = [];
    const counts = {
      deviceCount: 0,
      behindCount: 0,
      unknownCount: 0,
      pendingCount: 0,
      securityCount: 0,
    };
    for (const d of this.devices.values()) {
      if (!inScope(d, scope)) continue;
      const lines = this.deviceLines(d, t, today);
      if (lines.length === 0) {
        if (requiredOn && platformMatches(requiredOn, d.platform)) {
          devices.push(this.missingLine(d));
          counts.behindCount++;
        }
        continue;
      }
      counts.deviceCount++;
      let worst = 0;
      let anyFlags = 0;
      for (const line of lines) {
        spread[line.group]![line.versionId]!++;
        worst = Math.max(worst, STATUS_CODE[line.verdict.status]);
        anyFlags |= line.flags;
        devices.push(line.verdict);
      }
      if (worst === STATUS_CODE.behind) counts.behindCount++;
      else if (worst === STATUS_CODE.unknown) counts.unknownCount++;
      if (anyFlags & ITEM_FLAGS.PENDING) counts.pendingCount++;
      if (anyFlags & ITEM_FLAGS.SECURITY) counts.securityCount++;
    }
    // A title a policy once named but no device has (any more) is not a finding.
    if (devices.length === 0) return null;
    devices.sort(
      (a, b) =>
        STATUS_CODE[b.status] - STATUS_CODE[a.status] || a.deviceName.localeCompare(b.deviceName),
    );
    return { ...this.titleSummary(t, { ...counts, spread }), devices };
  }

  /** The titles on one device that are behind or cannot be judged, worst first. */
  deviceOutdated(deviceId: string): DeviceTitleVerdict[] | null {
    const d = this.devices.get(deviceId);
    if (!d) return null;
    const today = this.today();
    const result: DeviceTitleVerdict[] = [];
    for (const t of new Set(d.titles)) {
      for (const line of this.deviceLines(d, t, today)) {
        if (line.verdict.status === 'current') continue;
        const { status, targetVersion, reasons, version, source } = line.verdict;
        const title = this.titles[t]!;
        result.push({
          key: title.key,
          name: title.name,
          status,
          targetVersion,
          reasons,
          version,
          source,
        });
      }
    }
    for (const [t, platforms] of this.requiredTitles()) {
      if (!platformMatches(platforms, d.platform) || hasTitle(d, t)) continue;
      const title = this.titles[t]!;
      const { status, targetVersion, reasons } = this.missingLine(d);
      result.push({
        key: title.key,
        name: title.name,
        status,
        targetVersion,
        reasons,
        version: null,
        source: null,
      });
    }
    return result.sort(
      (a, b) => STATUS_CODE[b.status] - STATUS_CODE[a.status] || a.name.localeCompare(b.name),
    );
  }

  /**
   * One device's verdict on one title, as an update task needs it: `absent` when the device does
   * not have the title and is not required to.
   */
  verdictOn(
    deviceId: string,
    key: string,
  ): (Verdict & { version: string | null }) | 'absent' | null {
    const d = this.devices.get(deviceId);
    if (!d) return null;
    const t = this.titleIds.get(this.resolver.apply(key, key, null).key);
    if (t === undefined) return 'absent';
    const lines = this.deviceLines(d, t, this.today());
    if (lines.length === 0) {
      const requiredOn = this.requiredTitles().get(t);
      if (requiredOn && platformMatches(requiredOn, d.platform)) return this.missingLine(d);
      return 'absent';
    }
    return lines.reduce((worst, line) =>
      STATUS_CODE[line.verdict.status] > STATUS_CODE[worst.verdict.status] ? line : worst,
    ).verdict;
  }

  /** The display name and key of a title, if known. */
  title(key: string): { key: string; name: string } | null {
    const t = this.titleIds.get(key);
    return t === undefined ? null : { key, name: this.titles[t]!.name };
  }

  /** Names a title is reported under, with their sources. */
  rawNames(key: string): { name: string; source: SoftwareSource }[] {
    const t = this.titleIds.get(key);
    if (t === undefined) return [];
    return [...this.titles[t]!.rawNames.values()];
  }

  // ---- building a device ----

  private buildEntry(inputs: DeviceInputs): DeviceEntry {
    const platform = inputs.os?.platform ?? 'other';
    const osTitle = inputs.os ? osTitleFor(inputs.os) : null;
    const release = osTitle?.key ?? '';
    // The newest install per group: a side-by-side older version (an old kernel) is not "behind".
    const installs = new Map<VersionGroup, Install>();
    const place = (install: Install) => {
      const held = installs.get(install.group);
      if (!held || install.group.newer(install.versionId, held.versionId))
        installs.set(install.group, install);
    };

    // What depends only on the source is worked out once per source, not once per install.
    const bySource = new Map<
      SoftwareSource,
      { scheme: VersionScheme; flags: number; index: number }
    >();
    const sourceFacts = (source: SoftwareSource) => {
      let facts = bySource.get(source);
      if (!facts) {
        facts = {
          scheme: versionSchemeFor(source),
          flags: managerFlags(managerFor(source, platform), inputs.updatesReported, inputs.notes),
          index: SOURCE_INDEX.get(source) ?? 0,
        };
        bySource.set(source, facts);
      }
      return facts;
    };
    for (const item of inputs.software) {
      const facts = sourceFacts(item.source);
      const resolved = this.resolver.item(item);
      const t = this.titleId(resolved.key, resolved.name, item.source, item.publisher, item.name);
      const group = this.group(t, platform, facts.scheme, release);
      place({
        title: t,
        group,
        versionId: group.versionId(item.version),
        flags: facts.flags | (item.version.trim() === '' ? ITEM_FLAGS.NO_VERSION : 0),
        source: facts.index,
      });
    }
    let osTitleId = -1;
    if (inputs.os && osTitle) {
      osTitleId = this.titleId(osTitle.key, osTitle.name, null);
      const group = this.group(osTitleId, platform, 'dotted', '');
      place({
        title: osTitleId,
        group,
        versionId: group.versionId(osTitle.version),
        flags:
          ITEM_FLAGS.OS |
          managerFlags(managerFor('os', platform), inputs.updatesReported, inputs.notes),
        source: OS_SOURCE,
      });
    }

    const list = [...installs.values()];
    const held = new Set(list.map((i) => i.title));
    const pending = new Map<number, PendingUpdate[]>();
    for (const update of inputs.updates) {
      let t = this.titleIds.get(this.resolver.updateKey(update));
      if (t === undefined || !held.has(t)) {
        if (OS_UPDATE_SOURCES.has(update.source) && osTitleId >= 0) t = osTitleId;
        else {
          // An update for something the software list lacks still counts: nothing is dropped.
          const source = SOURCE_OF_UPDATE[update.source];
          const resolved = this.resolver.item({ name: update.name, source });
          t = this.titleId(resolved.key, resolved.name, source, undefined, update.name);
          if (!held.has(t)) {
            const group = this.group(t, platform, versionSchemeFor(update.source), release);
            const version = update.installedVersion ?? '';
            list.push({
              title: t,
              group,
              versionId: group.versionId(version),
              flags: version.trim() === '' ? ITEM_FLAGS.NO_VERSION : 0,
              source: SOURCE_INDEX.get(source) ?? 0,
            });
            held.add(t);
          }
        }
      }
      const forTitle = pending.get(t) ?? [];
      forTitle.push(update);
      pending.set(t, forTitle);
    }
    for (const install of list) {
      const updates = pending.get(install.title);
      if (!updates) continue;
      install.flags |= ITEM_FLAGS.PENDING;
      if (updates.some((u) => u.security === true)) install.flags |= ITEM_FLAGS.SECURITY;
    }

    list.sort((a, b) => a.title - b.title);
    return {
      id: inputs.id,
      name: inputs.name,
      site: inputs.site,
      room: inputs.room,
      platform,
      os: inputs.os,
      lifecycle: this.lifecycleOf(inputs.os),
      titles: Int32Array.from(list, (i) => i.title),
      groups: Int32Array.from(list, (i) => i.group.id),
      versions: Int32Array.from(list, (i) => i.versionId),
      flags: Uint8Array.from(list, (i) => i.flags),
      sources: Uint8Array.from(list, (i) => i.source),
      pending,
    };
  }

  private count(entry: DeviceEntry, delta: 1 | -1): void {
    for (let i = 0; i < entry.groups.length; i++)
      this.groups[entry.groups[i]!]!.add(entry.versions[i]!, delta);
  }

  private titleId(
    key: string,
    name: string,
    source: SoftwareSource | null,
    publisher?: string,
    rawName?: string,
  ): number {
    let t = this.titleIds.get(key);
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
      this.titleIds.set(key, t);
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
      const rawKey = `${source}\u0000${rawName}`;
      if (rawName && title.rawNames.size < MAX_RAW_NAMES && !title.rawNames.has(rawKey))
        title.rawNames.set(rawKey, { name: rawName, source });
    }
    return t;
  }

  private group(
    t: number,
    platform: Platform,
    scheme: VersionScheme,
    release: string,
  ): VersionGroup {
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
  private requiredTitles(): Map<number, (Platform | null)[]> {
    const result = new Map<number, (Platform | null)[]>();
    for (const p of this.policies) {
      if (p.kind !== 'required') continue;
      const t = this.titleIds.get(p.titleKey);
      if (t === undefined) continue;
      result.set(t, [...(result.get(t) ?? []), p.platform]);
    }
    return result;
  }

  private lifecycleOf(os: OsInfo | null): Lifecycle | null {
    if (!os) return null;
    const entry = lifecycleFor(os, this.lifecycle);
    return entry ? { release: entry.release, endOfLife: entry.endOfLife } : null;
  }

  private osSupport(d: DeviceEntry, today: string): OsSupport {
    if (!d.lifecycle) return OS_SUPPORT.NONE;
    return today > d.lifecycle.endOfLife ? OS_SUPPORT.ENDED : OS_SUPPORT.SUPPORTED;
  }

  /** Each install of title `t` on device `d`, explained. */
  private deviceLines(d: DeviceEntry, t: number, today: string) {
    const lines: {
      group: number;
      versionId: number;
      flags: number;
      verdict: TitleDeviceVerdict;
    }[] = [];
    for (let i = lowerBound(d.titles, t); i < d.titles.length && d.titles[i] === t; i++) {
      const group = this.groups[d.groups[i]!]!;
      const versionId = d.versions[i]!;
      const flags = d.flags[i]!;
      const sourceIndex = d.sources[i]!;
      const source = sourceIndex === OS_SOURCE ? null : SOFTWARE_SOURCES[sourceIndex]!;
      const manager = managerFor(source ?? 'os', d.platform);
      const catalog = this.catalogLine(t, group.platform);
      const os =
        flags & ITEM_FLAGS.OS && d.lifecycle
          ? { ...d.lifecycle, support: this.osSupport(d, today) }
          : null;
      const verdict = explain({
        flags,
        group,
        versionId,
        pending: flags & ITEM_FLAGS.PENDING ? (d.pending.get(t) ?? []) : [],
        manager: manager?.name ?? null,
        os,
        catalog,
      });
      lines.push({
        group: group.id,
        versionId,
        flags,
        verdict: {
          ...verdict,
          deviceId: d.id,
          deviceName: d.name,
          site: d.site,
          room: d.room,
          platform: d.platform,
          version: group.versions[versionId]!,
          source,
        },
      });
    }
    return lines;
  }

  private catalogLine(t: number, platform: Platform): CatalogEntry | null {
    const list = this.catalogByKey.get(this.titles[t]!.key) ?? [];
    return (
      list.find((c) => c.platform === platform) ?? list.find((c) => c.platform === null) ?? null
    );
  }

  private missingLine(d: DeviceEntry): TitleDeviceVerdict {
    return {
      status: 'behind',
      targetVersion: null,
      reasons: [{ kind: 'required-missing' }],
      deviceId: d.id,
      deviceName: d.name,
      site: d.site,
      room: d.room,
      platform: d.platform,
      version: null,
      source: null,
    };
  }

  private titleSummary(
    t: number,
    c: {
      deviceCount: number;
      behindCount: number;
      unknownCount: number;
      pendingCount: number;
      securityCount: number;
      spread: Int32Array[];
    },
  ): SoftwareTitleSummary {
    const title = this.titles[t]!;
    const versions: (TitleVersionCount & { group: VersionGroup; id: number })[] = [];
    for (const g of title.groups) {
      const group = this.groups[g]!;
      const counts = c.spread[g]!;
      for (let v = 0; v < counts.length; v++)
        if (counts[v]! > 0)
          versions.push({
            version: group.versions[v]!,
            platform: group.platform,
            deviceCount: counts[v]!,
            newest: group.isNewest(v),
            group,
            id: v,
          });
    }
    versions.sort(
      (a, b) =>
        a.platform.localeCompare(b.platform) ||
        (a.group === b.group
          ? a.group.newer(b.id, a.id)
            ? 1
            : a.group.newer(a.id, b.id)
              ? -1
              : 0
          : 0) ||
        b.deviceCount - a.deviceCount,
    );
    return {
      key: title.key,
      name: title.name,
      publisher: title.publisher,
      platforms: [...new Set(versions.map((v) => v.platform))].sort(),
      sources: [...title.sources].sort(),
      deviceCount: c.deviceCount,
      behindCount: c.behindCount,
      unknownCount: c.unknownCount,
      pendingCount: c.pendingCount,
      securityCount: c.securityCount,
      versions: versions.map(({ version, platform, deviceCount, newest }) => ({
        version,
        platform,
        deviceCount,
        newest,
      })),
    };
  }
}

function platformMatches(platforms: readonly (Platform | null)[], platform: Platform): boolean {
  return platforms.some((p) => p === null || p === platform);
}

/** The first slot of title `t` in a device's sorted titles (or where it would be). */
function lowerBound(titles: Int32Array, t: number): number {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (titles[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasTitle(d: DeviceEntry, t: number): boolean {
  const i = lowerBound(d.titles, t);
  return i < d.titles.length && d.titles[i] === t;
}

/** Titles whose installs differ between two versions of a device (both sorted by title). */
function diffTitles(
  before: DeviceEntry | undefined,
  after: DeviceEntry,
  touched: Set<number>,
): void {
  if (!before) {
    for (const t of after.titles) touched.add(t);
    return;
  }
  const a = before;
  const b = after;
  let i = 0;
  let j = 0;
  while (i < a.titles.length || j < b.titles.length) {
    const ta = i < a.titles.length ? a.titles[i]! : Infinity;
    const tb = j < b.titles.length ? b.titles[j]! : Infinity;
    const t = Math.min(ta, tb);
    let same = ta === tb;
    // Walk every slot of title t on both sides; any difference marks it.
    for (; i < a.titles.length && a.titles[i] === t; i++, j++) {
      if (
        j >= b.titles.length ||
        b.titles[j] !== t ||
        a.groups[i] !== b.groups[j] ||
        a.versions[i] !== b.versions[j] ||
        a.flags[i] !== b.flags[j]
      ) {
        same = false;
        for (; i < a.titles.length && a.titles[i] === t; i++);
        break;
      }
    }
    for (; j < b.titles.length && b.titles[j] === t; j++) same = false;
    if (!same) touched.add(t);
  }
}
