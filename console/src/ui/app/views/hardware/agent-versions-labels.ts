// Words for the Agent versions card.
import type { AgentVersionsSummary, UpdateResult } from '@handraise/shared';
import { plural } from '../../lib/format.ts';

export const PLATFORM_LABELS: Record<string, string> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  other: 'Other',
  unknown: 'Not reported yet',
};

export const platformLabel = (platform: string) => PLATFORM_LABELS[platform] ?? platform;

export const RESULT_LABELS: Record<UpdateResult, string> = {
  installed: 'Installed',
  'refused-signature': 'Refused: not signed with the school’s key',
  'refused-hash': 'Refused: the download was not the signed file',
  'rolled-back': 'Rolled back to the previous version',
  failed: 'Could not install',
};

/**
 * Whether the row's agent has said which version it runs on which system: until it has, the
 * card cannot tell whether it is current.
 */
export const isVersionKnown = (row: { version: string; platform: string }) =>
  row.version !== 'unknown' && row.platform !== 'unknown';

/** "14 of 20 computers run the newest agent; 6 are behind." */
export function versionsSummaryText(summary: AgentVersionsSummary): string {
  const total = summary.versions.reduce((sum, row) => sum + row.devices, 0);
  if (total === 0) return 'No computers yet.';
  const behind = summary.versions.reduce((sum, row) => sum + (row.behind ? row.devices : 0), 0);
  if (summary.offered.length === 0)
    return `${plural(total, 'computer')}; no agent release is offered yet.`;
  if (behind === 0) return `All ${plural(total, 'computer')} run the newest agent offered.`;
  return `${behind} of ${plural(total, 'computer')} run an older agent than the one offered; they update after school hours.`;
}
