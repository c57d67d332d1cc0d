import type {
  CatalogEntry,
  DeviceTitleVerdict,
  OsInfo,
  OsLifecycleTable,
  SoftwareOverview,
  SoftwarePolicy,
  SoftwareScope,
  SoftwareSource,
  SoftwareTitleSummary,
  TitleDeviceVerdict,
  Verdict,
} from '@handraise/shared';
import {
  buildDeviceEntry,
  diffTitles,
  hasTitle,
  lowerBound,
  pendingFor,
  sourceOf,
  type DeviceEntry,
  type DeviceInputs,
  type Lifecycle,
} from './device-entry.ts';
import { inScope, osSupport, platformMatches, scanFleet } from './fleet-scan.ts';
import { countDeviceVerdicts, type VerdictCounts } from './device-verdict-counts.ts';
import { ITEM_FLAGS, managerFor } from './item-flags.ts';
import { lifecycleFor } from './os-lifecycle.ts';
import { TitleRegistry } from './title-registry.ts';
import { TitleResolver } from './title-resolver.ts';
import { summarizeTitle } from './title-summary.ts';
import { explain, STATUS_CODE } from './verdict.ts';

/** One install (or missing required title) that needs attention, with its title. */
export type Finding = { title: { key: string; name: string }; line: TitleDeviceVerdict };

/**
 * Every (device, title) verdict of the fleet, kept in memory and updated incrementally: a device's
 * inventory touches only that device's installs and the version groups they are in; a policy or
 * catalog change touches only the groups of its titles. Per-version facts are computed once per
 * group (see VersionGroup), so a summary is a pass over small integer arrays.
 */
export class OutdatedEngine {
  private resolver = new TitleResolver([]);
  private readonly registry = new TitleRegistry();
  private readonly devices = new Map<string, DeviceEntry>();
  /** Computers reporting each name, by the registry's name id. */
  private readonly rawNameDevices: number[] = [];
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
    this.registry.reset();
    this.rawNameDevices.length = 0;
  }

  /** Coordinator policies and the imported catalog; only the groups of changed titles redo their facts. */
  setRules(policies: readonly SoftwarePolicy[], catalog: readonly CatalogEntry[]): void {
    this.registry.setRules(
      policies,
      catalog,
      (key, name) => this.resolver.apply(key, name, null).key,
    );
  }

  setLifecycle(table: OsLifecycleTable): void {
    this.lifecycle = table;
    for (const device of this.devices.values()) device.lifecycle = this.lifecycleOf(device.os);
  }

  /** Puts a device's latest inventory in; returns the keys of titles whose installs changed. */
  setDevice(inputs: DeviceInputs): string[] {
    const previous = this.devices.get(inputs.id);
    const entry = buildDeviceEntry(
      inputs,
      this.registry,
      this.resolver,
      this.lifecycleOf(inputs.os),
    );
    const touched = new Set<number>();
    if (previous) this.count(previous, -1);
    this.count(entry, 1);
    this.devices.set(inputs.id, entry);
    diffTitles(previous, entry, touched);
    return [...touched].map((t) => this.registry.titles[t]!.key);
  }

  removeDevice(id: string): string[] {
    const previous = this.devices.get(id);
    if (!previous) return [];
    this.count(previous, -1);
    this.devices.delete(id);
    return [...new Set(previous.titles)].map((t) => this.registry.titles[t]!.key);
  }

  /** Every title installed (or required) in scope, most devices behind first. */
  summary(scope: SoftwareScope = {}): SoftwareTitleSummary[] {
    const { installed, behind, unknown, pending, security, spread } = this.scan(scope);
    const n = this.registry.titles.length;
    const result: SoftwareTitleSummary[] = [];
    for (let t = 0; t < n; t++) {
      if (installed[t] === 0 && behind[t] === 0) continue;
      result.push(
        summarizeTitle(this.registry, t, {
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

  /** Every judged computer's counts of titles behind and of security fixes, in one pass. */
  *deviceCounts(): Generator<[deviceId: string, counts: VerdictCounts]> {
    const context = {
      bitsOf: this.registry.groups.map((g) => g.versionBits()),
      required: this.registry.requiredTitles(),
      today: this.today(),
    };
    for (const d of this.devices.values()) yield [d.id, countDeviceVerdicts(d, context)];
  }

  private scan(scope: SoftwareScope) {
    return scanFleet(this.devices.values(), this.registry, scope, this.today());
  }

  /** The display name and key of a title, if known. */
  title(key: string): { key: string; name: string } | null {
    return this.registry.title(key);
  }

  /** Names a title is reported under, with their sources and how many computers report each. */
  rawNames(key: string): { name: string; source: SoftwareSource; deviceCount: number }[] {
    return this.registry.rawNames(key).map(({ name, source, id }) => ({
      name,
      source,
      deviceCount: this.rawNameDevices[id] ?? 0,
    }));
  }

  /** A title's summary and every device of the scope that has it (or lacks it while required). */
  titleDetail(
    key: string,
    scope: SoftwareScope = {},
  ): (SoftwareTitleSummary & { devices: TitleDeviceVerdict[] }) | null {
    const t = this.registry.id(key);
    if (t === undefined) return null;
    const today = this.today();
    const requiredOn = this.registry.requiredTitles().get(t);
    const spread = this.registry.groups.map(
      (g) => new Int32Array(g.title === t ? g.versions.length : 0),
    );
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
    return { ...summarizeTitle(this.registry, t, { ...counts, spread }), devices };
  }

  /** The titles on one device that are behind or cannot be judged, worst first. */
  deviceOutdated(deviceId: string): DeviceTitleVerdict[] | null {
    const d = this.devices.get(deviceId);
    if (!d) return null;
    return this.deviceFindings(d, this.today())
      .map(({ title, line }) => ({
        key: title.key,
        name: title.name,
        status: line.status,
        targetVersion: line.targetVersion,
        reasons: line.reasons,
        version: line.version,
        source: line.source,
      }))
      .sort(
        (a, b) => STATUS_CODE[b.status] - STATUS_CODE[a.status] || a.name.localeCompare(b.name),
      );
  }

  /** Every install in scope that is behind or cannot be judged, in one pass (the CSV export). */
  findings(scope: SoftwareScope = {}): Finding[] {
    const today = this.today();
    const result: Finding[] = [];
    for (const d of this.devices.values())
      if (inScope(d, scope)) result.push(...this.deviceFindings(d, today));
    return result;
  }

  /** A device's installs that are not current, and the required titles it lacks. */
  private deviceFindings(d: DeviceEntry, today: string): Finding[] {
    const result: Finding[] = [];
    for (const t of new Set(d.titles)) {
      const title = this.registry.titles[t]!;
      for (const line of this.deviceLines(d, t, today))
        if (line.verdict.status !== 'current') result.push({ title, line: line.verdict });
    }
    for (const [t, platforms] of this.registry.requiredTitles())
      if (platformMatches(platforms, d.platform) && !hasTitle(d, t))
        result.push({ title: this.registry.titles[t]!, line: this.missingLine(d) });
    return result;
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
    const t = this.registry.id(this.resolver.apply(key, key, null).key);
    if (t === undefined) return 'absent';
    const lines = this.deviceLines(d, t, this.today());
    if (lines.length === 0) {
      const requiredOn = this.registry.requiredTitles().get(t);
      if (requiredOn && platformMatches(requiredOn, d.platform)) return this.missingLine(d);
      return 'absent';
    }
    return lines.reduce((worst, line) =>
      STATUS_CODE[line.verdict.status] > STATUS_CODE[worst.verdict.status] ? line : worst,
    ).verdict;
  }

  private count(entry: DeviceEntry, delta: 1 | -1): void {
    for (let i = 0; i < entry.groups.length; i++)
      this.registry.groups[entry.groups[i]!]!.add(entry.versions[i]!, delta);
    for (const id of entry.rawNames)
      this.rawNameDevices[id] = (this.rawNameDevices[id] ?? 0) + delta;
  }

  private lifecycleOf(os: OsInfo | null): Lifecycle | null {
    if (!os) return null;
    const entry = lifecycleFor(os, this.lifecycle);
    return entry ? { release: entry.release, endOfLife: entry.endOfLife } : null;
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
      const group = this.registry.groups[d.groups[i]!]!;
      const versionId = d.versions[i]!;
      const flags = d.flags[i]!;
      const sourceIndex = d.sources[i]!;
      const source = sourceOf(sourceIndex);
      const manager = managerFor(source ?? 'os', d.platform);
      const catalog = this.registry.catalogLine(t, group.platform);
      const os =
        flags & ITEM_FLAGS.OS && d.lifecycle
          ? { ...d.lifecycle, support: osSupport(d, today) }
          : null;
      const verdict = explain({
        flags,
        group,
        versionId,
        pending: flags & ITEM_FLAGS.PENDING ? pendingFor(d, t) : [],
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
}
