import type { ReinstallSuggestion } from '@handraise/shared';

/**
 * Why a suggested re-install may not be one, in words for the coordinator. A suggestion with any
 * of these is left unticked: linking it would retire a record that may still be a working
 * computer.
 */
export function reinstallRisks(
  suggestion: ReinstallSuggestion,
  all: readonly ReinstallSuggestion[],
): string[] {
  const risks: string[] = [];
  const { previous } = suggestion;
  if (previous.online) risks.push('The old record is still connected');
  if (suggestion.conflicts.length > 0)
    risks.push('Its hardware differs: perhaps a copy of the same system image');
  if (suggestion.matchedBy.every((kind) => kind === 'macs'))
    risks.push('Only the network cards match');
  else if (
    suggestion.conflicts.length === 0 &&
    suggestion.matchedBy.every((kind) => kind === 'machine-id' || kind === 'macs')
  )
    // No hardware ID to go on (a Linux agent not run by root reads none): copies of one system
    // image share the system ID, and a re-installed system usually gets a new one.
    risks.push('Only the system ID matches: copies of one system image share it');
  const claims = all.filter((s) => s.previous.id === previous.id).length;
  if (claims > 1) risks.push(`${claims} new enrollments claim to be ${previous.name}`);
  const moved =
    (suggestion.room !== null && suggestion.room !== previous.room) ||
    (suggestion.site !== null && suggestion.site !== previous.site);
  if (moved)
    risks.push(
      `Enrolled into ${suggestion.room ?? suggestion.site}, was in ${previous.room ?? 'no room'}`,
    );
  return risks;
}
