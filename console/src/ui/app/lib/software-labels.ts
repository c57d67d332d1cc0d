import type {
  PolicyKind,
  SoftwareSource,
  UpdateTask,
  VerdictReason,
  VerdictStatus,
} from '@handraise/shared';
import type { Tone } from './labels.ts';

/** What the hub concluded, in the words a Tech Advisor uses. */
export const STATUS_LABELS: Record<VerdictStatus, string> = {
  behind: 'Needs update',
  current: 'Up to date',
  unknown: "Can't tell",
};

export const STATUS_TONES: Record<VerdictStatus, Tone> = {
  behind: 'warn',
  current: 'good',
  unknown: 'neutral',
};

/** Where a title was found on the computer, as people know these places. */
export const SOURCE_LABELS: Record<SoftwareSource, string> = {
  dpkg: 'Debian packages',
  rpm: 'RPM packages',
  flatpak: 'Flatpak',
  snap: 'Snap',
  pacman: 'Pacman packages',
  registry: 'Windows programs',
  appx: 'Microsoft Store',
  macapp: 'Mac applications',
  winget: 'winget',
  brew: 'Homebrew',
  other: 'Other',
};

export const POLICY_LABELS: Record<PolicyKind, string> = {
  minimum: 'Minimum version',
  required: 'Required on every computer',
  banned: 'Not allowed',
};

export const TASK_STATE_LABELS: Record<UpdateTask['state'], string> = {
  open: 'Open',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const TASK_STATE_TONES: Record<UpdateTask['state'], Tone> = {
  open: 'accent',
  done: 'good',
  cancelled: 'neutral',
};

/**
 * Reasons in the order a reader needs them: what the computer itself offers (security first),
 * then the coordinator's rules, the catalog, end of support, and the fleet comparison last.
 */
const REASON_ORDER: Record<VerdictReason['kind'], number> = {
  'pending-update': 0,
  'below-minimum': 1,
  'required-missing': 2,
  banned: 3,
  'catalog-newer': 4,
  'os-end-of-life': 5,
  'fleet-newer': 6,
  'updates-unchecked': 7,
  'no-version': 8,
  'no-reference': 9,
  'manager-current': 10,
  'meets-minimum': 11,
  'catalog-current': 12,
  'os-supported': 13,
  'fleet-newest': 14,
};

/** True for a pending update the device's package manager marks as a security fix. */
export function isSecurity(reason: VerdictReason): boolean {
  return reason.kind === 'pending-update' && reason.security;
}

/** The reasons sorted for reading: pending updates first, security ones before the rest. */
export function orderReasons(reasons: readonly VerdictReason[]): VerdictReason[] {
  return [...reasons].sort(
    (a, b) =>
      REASON_ORDER[a.kind] - REASON_ORDER[b.kind] || Number(isSecurity(b)) - Number(isSecurity(a)),
  );
}

/** "115.9 → 128.3", "not installed → 3.1", "115.9" when no target is known. */
export function versionChange(installed: string | null, target: string | null): string {
  const from = installed === null ? 'not installed' : installed || 'no version';
  return target && target !== installed ? `${from} → ${target}` : from;
}
