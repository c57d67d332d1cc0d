import type { Platform } from '@handraise/shared';
import { hasTitle, type DeviceEntry } from './device-entry.ts';
import { osSupport, platformMatches } from './fleet-scan.ts';
import { ITEM_FLAGS } from './item-flags.ts';
import { OS_SUPPORT, STATUS_CODE, statusCode } from './verdict.ts';

/** How many titles of one computer are behind, and how many of those wait for a security fix. */
export type VerdictCounts = { outdatedCount: number; securityCount: number };

export const NOT_JUDGED: VerdictCounts = { outdatedCount: 0, securityCount: 0 };

/** What the per-device count reads of the fleet, worked out once per pass over many devices. */
export type CountContext = {
  /** Per version group, the facts of each version (VersionGroup.versionBits). */
  bitsOf: readonly Uint8Array[];
  required: ReadonlyMap<number, readonly (Platform | null)[]>;
  today: string;
};

/**
 * One computer's counts by the same rule as scanFleet's `devicesBehind`: a title is behind when
 * its worst install is, and a required title it lacks is behind too. A computer needs updates
 * exactly when its `outdatedCount` is above 0, so the device list and the Software overview agree.
 */
export function countDeviceVerdicts(d: DeviceEntry, context: CountContext): VerdictCounts {
  const { bitsOf, required, today } = context;
  const os = osSupport(d, today);
  const { titles, groups, versions, flags } = d;
  let outdatedCount = 0;
  let securityCount = 0;
  for (let i = 0; i < titles.length;) {
    const t = titles[i]!;
    let worst = 0;
    let any = 0;
    for (; i < titles.length && titles[i] === t; i++) {
      const f = flags[i]!;
      const code = statusCode(
        f,
        bitsOf[groups[i]!]![versions[i]!]!,
        f & ITEM_FLAGS.OS ? os : OS_SUPPORT.NONE,
      );
      if (code > worst) worst = code;
      any |= f;
    }
    if (worst !== STATUS_CODE.behind) continue;
    outdatedCount++;
    if (any & ITEM_FLAGS.SECURITY) securityCount++;
  }
  for (const [t, platforms] of required)
    if (platformMatches(platforms, d.platform) && !hasTitle(d, t)) outdatedCount++;
  return { outdatedCount, securityCount };
}
