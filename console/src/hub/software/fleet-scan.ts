import type { Platform, SoftwareScope } from '@handraise/shared';
import { hasTitle, type DeviceEntry } from './device-entry.ts';
import { ITEM_FLAGS } from './item-flags.ts';
import type { TitleRegistry } from './title-registry.ts';
import { OS_SUPPORT, STATUS_CODE, statusCode, type OsSupport } from './verdict.ts';

export const inScope = (d: DeviceEntry, scope: SoftwareScope) =>
  (scope.site === undefined || d.site === scope.site) &&
  (scope.room === undefined || d.room === scope.room);

/** Where a device's operating system stands today. */
export function osSupport(d: DeviceEntry, today: string): OsSupport {
  if (!d.lifecycle) return OS_SUPPORT.NONE;
  return today > d.lifecycle.endOfLife ? OS_SUPPORT.ENDED : OS_SUPPORT.SUPPORTED;
}

export function platformMatches(
  platforms: readonly (Platform | null)[],
  platform: Platform,
): boolean {
  return platforms.some((p) => p === null || p === platform);
}

/** One pass over every install in scope: per-title and per-device counts. */
export function scanFleet(
  entries: Iterable<DeviceEntry>,
  registry: TitleRegistry,
  scope: SoftwareScope,
  today: string,
) {
  const n = registry.titles.length;
  const installed = new Int32Array(n);
  const behind = new Int32Array(n);
  const unknown = new Int32Array(n);
  const pending = new Int32Array(n);
  const security = new Int32Array(n);
  const bitsOf = registry.groups.map((g) => g.versionBits());
  const scoped = scope.site !== undefined || scope.room !== undefined;
  // The whole fleet's version spread is kept by the groups; a scope's is counted below.
  const spread = registry.groups.map((g) =>
    scoped ? new Int32Array(g.versions.length) : Int32Array.from(g.counts),
  );
  const required = registry.requiredTitles();
  let devices = 0;
  let devicesBehind = 0;
  let devicesWithSecurity = 0;

  for (const d of entries) {
    if (!inScope(d, scope)) continue;
    devices++;
    let deviceWorst = 0;
    let deviceFlags = 0;
    const os = osSupport(d, today);
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
