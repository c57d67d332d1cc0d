// Which row of the lifecycle table a device's operating system falls under.
import type { OsInfo, OsLifecycleEntry, OsLifecycleTable } from '@handraise/shared';
import { osTitleFor } from './os-title.ts';

/**
 * The lifecycle row for a device's OS: same OS title key, `versionPrefix` (if set) starting the
 * version, `edition` (if set) inside the OS name, any case. The most specific row wins: more
 * conditions, then a longer prefix, then a longer edition ("Pro Education" over "Education");
 * on a full tie the earlier row.
 */
export function lifecycleFor(os: OsInfo, table: OsLifecycleTable): OsLifecycleEntry | null {
  const key = osTitleFor(os).key;
  const version = os.version.trim();
  const name = os.name.toLowerCase();
  let best: OsLifecycleEntry | null = null;
  let bestRank: readonly number[] = [];
  for (const entry of table.entries) {
    if (entry.osKey !== key) continue;
    if (entry.versionPrefix !== null && !version.startsWith(entry.versionPrefix)) continue;
    if (entry.edition !== null && !name.includes(entry.edition.toLowerCase())) continue;
    const rank = [
      (entry.versionPrefix === null ? 0 : 1) + (entry.edition === null ? 0 : 1),
      entry.versionPrefix?.length ?? 0,
      entry.edition?.length ?? 0,
    ];
    if (best === null || outranks(rank, bestRank)) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}

function outranks(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
