import type { SoftwareTitleSummary, TitleVersionCount } from '@handraise/shared';
import type { TitleRegistry } from './title-registry.ts';
import type { VersionGroup } from './version-group.ts';

/** Per-title counts from a scan, and each group's devices per version in the same scope. */
export type TitleCounts = {
  deviceCount: number;
  behindCount: number;
  unknownCount: number;
  pendingCount: number;
  securityCount: number;
  spread: Int32Array[];
};

/** A title as the Software page lists it: counts, and versions per platform newest first. */
export function summarizeTitle(
  registry: TitleRegistry,
  t: number,
  c: TitleCounts,
): SoftwareTitleSummary {
  const title = registry.titles[t]!;
  const versions: (TitleVersionCount & { group: VersionGroup; id: number })[] = [];
  for (const g of title.groups) {
    const group = registry.groups[g]!;
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
