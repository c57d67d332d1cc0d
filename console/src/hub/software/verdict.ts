import type {
  PendingUpdate,
  UpdateSource,
  Verdict,
  VerdictReason,
  VerdictStatus,
} from '@handraise/shared';
import { ITEM_FLAGS } from './item-flags.ts';
import { VERSION_BITS, type VersionGroup } from './version-group.ts';

/** Where a device's operating system stands against the lifecycle table, today. */
export const OS_SUPPORT = { NONE: 0, SUPPORTED: 1, ENDED: 2 } as const;
export type OsSupport = (typeof OS_SUPPORT)[keyof typeof OS_SUPPORT];

const BEHIND_REASONS: ReadonlySet<VerdictReason['kind']> = new Set([
  'pending-update',
  'banned',
  'below-minimum',
  'catalog-newer',
  'fleet-newer',
  'os-end-of-life',
  'required-missing',
]);
const BEHIND_BITS = VERSION_BITS.BELOW_MINIMUM | VERSION_BITS.CATALOG_NEWER | VERSION_BITS.BANNED;
const EVIDENCE_BITS = VERSION_BITS.MEETS_MINIMUM | VERSION_BITS.CATALOG_CURRENT;

/**
 * The verdict of one install from its facts. Everything else (counts, reasons) follows this one
 * function, so the summary and the explanations cannot disagree.
 *
 * The fleet comparison is left out when the item's own package manager was asked: two Debian 12
 * machines on different mirrors or with backports differ, yet each is as current as apt can make it.
 */
export function statusCode(flags: number, bits: number, os: OsSupport): StatusCode {
  const fleetCounts = (flags & ITEM_FLAGS.MANAGER_CHECKED) === 0;
  if (
    flags & ITEM_FLAGS.PENDING ||
    bits & BEHIND_BITS ||
    (fleetCounts && bits & VERSION_BITS.FLEET_NEWER) ||
    os === OS_SUPPORT.ENDED
  )
    return STATUS_CODE.behind;
  if (flags & ITEM_FLAGS.NO_VERSION) return STATUS_CODE.unknown;
  if (
    flags & ITEM_FLAGS.MANAGER_CHECKED ||
    bits & EVIDENCE_BITS ||
    (fleetCounts && bits & VERSION_BITS.FLEET_NEWEST) ||
    os === OS_SUPPORT.SUPPORTED
  )
    return STATUS_CODE.current;
  return STATUS_CODE.unknown;
}

/** Statuses as numbers that order them: when a device has two installs of a title, the worst shows. */
export const STATUS_CODE = { current: 0, unknown: 1, behind: 2 } as const;
export type StatusCode = (typeof STATUS_CODE)[VerdictStatus];
export const STATUS_OF_CODE: readonly VerdictStatus[] = ['current', 'unknown', 'behind'];

export type ExplainInput = {
  flags: number;
  group: VersionGroup;
  versionId: number;
  pending: readonly PendingUpdate[];
  manager: UpdateSource | null;
  os: { support: OsSupport; release: string; endOfLife: string } | null;
  catalog: { releaseDate: string | null; source: string | null } | null;
};

/** The verdict of one install with its reasons, strongest first, and the version to reach. */
export function explain(input: ExplainInput): Verdict {
  const { flags, group, versionId, pending, manager, os } = input;
  const bits = group.versionBits()[versionId]!;
  const rules = group.currentRules;
  const fleetCounts = (flags & ITEM_FLAGS.MANAGER_CHECKED) === 0;
  const reasons: VerdictReason[] = [];

  for (const update of pending)
    reasons.push({
      kind: 'pending-update',
      source: update.source,
      availableVersion: update.availableVersion,
      security: update.security === true,
      ...(update.id ? { id: update.id } : {}),
    });
  if (bits & VERSION_BITS.BANNED) reasons.push({ kind: 'banned' });
  if (bits & VERSION_BITS.BELOW_MINIMUM && rules.minimumVersion !== null)
    reasons.push({ kind: 'below-minimum', minimumVersion: rules.minimumVersion });
  if (bits & VERSION_BITS.CATALOG_NEWER && rules.catalogVersion !== null)
    reasons.push({
      kind: 'catalog-newer',
      latestVersion: rules.catalogVersion,
      releaseDate: input.catalog?.releaseDate ?? null,
      catalogSource: input.catalog?.source ?? null,
    });
  const newest = group.newestVersion;
  if (fleetCounts && bits & VERSION_BITS.FLEET_NEWER && newest !== null)
    reasons.push({
      kind: 'fleet-newer',
      newestVersion: newest,
      devicesNewer: group.devicesNewerThan(versionId),
    });
  if (os?.support === OS_SUPPORT.ENDED)
    reasons.push({ kind: 'os-end-of-life', release: os.release, endOfLife: os.endOfLife });

  if (flags & ITEM_FLAGS.MANAGER_CHECKED && pending.length === 0 && manager)
    reasons.push({ kind: 'manager-current', manager });
  if (bits & VERSION_BITS.CATALOG_CURRENT && rules.catalogVersion !== null)
    reasons.push({ kind: 'catalog-current', latestVersion: rules.catalogVersion });
  if (bits & VERSION_BITS.MEETS_MINIMUM && rules.minimumVersion !== null)
    reasons.push({ kind: 'meets-minimum', minimumVersion: rules.minimumVersion });
  if (fleetCounts && bits & VERSION_BITS.FLEET_NEWEST)
    reasons.push({ kind: 'fleet-newest', devices: group.deviceCount });
  if (os?.support === OS_SUPPORT.SUPPORTED)
    reasons.push({ kind: 'os-supported', release: os.release, endOfLife: os.endOfLife });

  if (flags & ITEM_FLAGS.MANAGER_FAILED && manager)
    reasons.push({ kind: 'updates-unchecked', manager });
  if (flags & ITEM_FLAGS.NO_VERSION) reasons.push({ kind: 'no-version' });

  const status = STATUS_OF_CODE[statusCode(flags, bits, os?.support ?? OS_SUPPORT.NONE)]!;
  if (
    status === 'unknown' &&
    !(flags & ITEM_FLAGS.NO_VERSION) &&
    !(flags & ITEM_FLAGS.MANAGER_FAILED)
  )
    reasons.push({ kind: 'no-reference' });
  if (status !== 'behind') return { status, targetVersion: null, reasons };
  // Behind says why it is behind; what else is true of it ("newest in the fleet") would only muddle.
  const why = reasons.filter((r) => BEHIND_REASONS.has(r.kind));
  return { status, targetVersion: targetOf(why), reasons: why };
}

/** The version to reach: what the device's own manager offers, else the highest bar set for it. */
function targetOf(reasons: readonly VerdictReason[]): string | null {
  for (const r of reasons) if (r.kind === 'pending-update') return r.availableVersion;
  for (const r of reasons) if (r.kind === 'catalog-newer') return r.latestVersion;
  for (const r of reasons) if (r.kind === 'below-minimum') return r.minimumVersion;
  for (const r of reasons) if (r.kind === 'fleet-newer') return r.newestVersion;
  return null;
}
