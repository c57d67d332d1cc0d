import {
  SOFTWARE_SOURCES,
  versionSchemeFor,
  type CollectorNote,
  type OsInfo,
  type PendingUpdate,
  type Platform,
  type SoftwareSource,
  type VersionScheme,
} from '@handraise/shared';
import { ITEM_FLAGS, managerFlags, managerFor } from './item-flags.ts';
import { osTitleFor } from './os-title.ts';
import type { TitleRegistry } from './title-registry.ts';
import { SOURCE_OF_UPDATE, type TitleResolver } from './title-resolver.ts';
import { installedIdKey, matchUpdate } from './update-match.ts';
import type { VersionGroup } from './version-group.ts';

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

/** When the device's OS release stops being supported, from the lifecycle table. */
export type Lifecycle = { release: string; endOfLife: string };

export type DeviceEntry = {
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
  /**
   * Pending updates sorted by the title they are for: `pendingTitles[i]` is the title of
   * `pendingUpdates[i]`. Two flat arrays, not a map of small lists: a district's half a million
   * pending updates were a third of the hub's memory as maps and lists.
   */
  pendingTitles: Int32Array;
  pendingUpdates: readonly PendingUpdate[];
  /** The registry's ids of the names its software list reports, each once. */
  rawNames: Int32Array;
};

type Install = {
  title: number;
  group: VersionGroup;
  versionId: number;
  flags: number;
  source: number;
};

/** The source slot of the operating system's own install. */
export const OS_SOURCE = 255;
const SOURCE_INDEX = new Map<SoftwareSource, number>(SOFTWARE_SOURCES.map((s, i) => [s, i]));
const OS_UPDATE_SOURCES: ReadonlySet<string> = new Set(['windows-update', 'softwareupdate']);

/** The software source of a slot, or null for the operating system. */
export function sourceOf(index: number): SoftwareSource | null {
  return index === OS_SOURCE ? null : SOFTWARE_SOURCES[index]!;
}

/**
 * A device's installs as the engine keeps them: one slot per install, sorted by title, with the
 * titles and groups registered on the way. Pending updates are attached to their titles.
 */
export function buildDeviceEntry(
  inputs: DeviceInputs,
  registry: TitleRegistry,
  resolver: TitleResolver,
  lifecycle: Lifecycle | null,
): DeviceEntry {
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
  // Installed titles by the id a package manager's update can name them with.
  const byInstalledId = new Map<string, number>();
  const rawNames = new Set<number>();
  for (const item of inputs.software) {
    const facts = sourceFacts(item.source);
    const resolved = resolver.item(item);
    const t = registry.titleId(resolved.key, resolved.name, item.source, item.publisher, item.name);
    const rawName = registry.rawNameId(t, item.source, item.name);
    if (rawName >= 0) rawNames.add(rawName);
    const idKey = installedIdKey(item);
    if (idKey !== undefined && !byInstalledId.has(idKey)) byInstalledId.set(idKey, t);
    const group = registry.group(t, platform, facts.scheme, release);
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
    osTitleId = registry.titleId(osTitle.key, osTitle.name, null);
    const group = registry.group(osTitleId, platform, 'dotted', '');
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
  const match = {
    byInstalledId,
    held,
    titleOfUpdate: (u: Pick<PendingUpdate, 'name' | 'source'>) =>
      registry.id(resolver.updateKey(u)),
  };
  for (const update of inputs.updates) {
    let t = matchUpdate(update, match);
    if (t === undefined) {
      if (OS_UPDATE_SOURCES.has(update.source) && osTitleId >= 0) t = osTitleId;
      else {
        // An update for something the software list lacks still counts: nothing is dropped.
        const source = SOURCE_OF_UPDATE[update.source];
        const resolved = resolver.item({ name: update.name, source });
        t = registry.titleId(resolved.key, resolved.name, source, undefined, update.name);
        if (!held.has(t)) {
          const group = registry.group(t, platform, versionSchemeFor(update.source), release);
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
    // The same update on many computers is kept once (see TitleRegistry.sharedUpdate).
    forTitle.push(registry.sharedUpdate(update));
    pending.set(t, forTitle);
  }
  for (const install of list) {
    const updates = pending.get(install.title);
    if (!updates) continue;
    install.flags |= ITEM_FLAGS.PENDING;
    if (updates.some((u) => u.security === true)) install.flags |= ITEM_FLAGS.SECURITY;
  }

  list.sort((a, b) => a.title - b.title);
  const pendingByTitle = [...pending].sort((a, b) => a[0] - b[0]);
  return {
    id: inputs.id,
    name: inputs.name,
    site: inputs.site,
    room: inputs.room,
    platform,
    os: inputs.os,
    lifecycle,
    titles: Int32Array.from(list, (i) => i.title),
    groups: Int32Array.from(list, (i) => i.group.id),
    versions: Int32Array.from(list, (i) => i.versionId),
    flags: Uint8Array.from(list, (i) => i.flags),
    sources: Uint8Array.from(list, (i) => i.source),
    pendingTitles: Int32Array.from(pendingByTitle.flatMap(([t, updates]) => updates.map(() => t))),
    pendingUpdates: pendingByTitle.flatMap(([, updates]) => updates),
    rawNames: Int32Array.from(rawNames),
  };
}

/** A device's pending updates for title `t`. */
export function pendingFor(entry: DeviceEntry, t: number): readonly PendingUpdate[] {
  const first = lowerBound(entry.pendingTitles, t);
  let end = first;
  while (end < entry.pendingTitles.length && entry.pendingTitles[end] === t) end++;
  return first === end ? [] : entry.pendingUpdates.slice(first, end);
}

/** The first slot of title `t` in a device's sorted titles (or where it would be). */
export function lowerBound(titles: Int32Array, t: number): number {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (titles[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasTitle(d: DeviceEntry, t: number): boolean {
  const i = lowerBound(d.titles, t);
  return i < d.titles.length && d.titles[i] === t;
}

/** Titles whose installs differ between two versions of a device (both sorted by title). */
export function diffTitles(
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
