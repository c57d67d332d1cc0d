import type { Hotfix } from '@handraise/shared';

/**
 * Joins the KBs found in the uninstall keys with those QFE reports, each KB once. Registry entries
 * come first and win, as in GLPI: their description is the full title ("Security Update for
 * Windows XP (KB2079403)"), where QFE only says "Security Update". A QFE date fills a gap.
 */
export function mergeHotfixes(registry: readonly Hotfix[], qfe: readonly Hotfix[]): Hotfix[] {
  const byId = new Map<string, Hotfix>();
  for (const hotfix of [...registry, ...qfe]) {
    const key = hotfix.id.toUpperCase();
    const known = byId.get(key);
    if (!known) {
      byId.set(key, { ...hotfix });
    } else if (known.installedOn === undefined && hotfix.installedOn !== undefined) {
      known.installedOn = hotfix.installedOn;
    }
  }
  return [...byId.values()];
}
