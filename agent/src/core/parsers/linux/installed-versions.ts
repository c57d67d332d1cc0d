import type { PendingUpdate, SoftwareItem } from '@handraise/shared';

/**
 * Fills `installedVersion` of updates whose tool does not print it (dnf, snap, flatpak) from the
 * installed items of the same machine, matched by name. Left unset when the name has several
 * installed versions (kernels), since the update may concern any of them, or none.
 */
export function withInstalledVersions(
  updates: readonly PendingUpdate[],
  installed: readonly SoftwareItem[],
): PendingUpdate[] {
  const versionsByName = new Map<string, Set<string>>();
  for (const item of installed) {
    const versions = versionsByName.get(item.name) ?? new Set<string>();
    versions.add(item.version);
    versionsByName.set(item.name, versions);
  }
  return updates.map((update) => {
    if (update.installedVersion !== undefined) return update;
    const versions = versionsByName.get(update.name);
    if (versions === undefined || versions.size !== 1) return update;
    const [version = ''] = versions;
    return version === '' ? update : { ...update, installedVersion: version };
  });
}
