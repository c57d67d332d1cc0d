import type { SoftwareOverview, SoftwareTitleSummary } from '@handraise/shared';
import { formatCount, plural } from '../../lib/format.ts';
import { statusCounts } from '../../lib/software-filters.ts';

/**
 * The Software page's one line: "1,359 of 1,500 computers need updates · 37 titles · 3 computers
 * with security updates in Room 204", or the all-clear. Every number says what it counts, so
 * computers and titles are never mixed up in one sentence.
 */
export function headline(
  titles: readonly SoftwareTitleSummary[],
  overview: SoftwareOverview | null,
  where: string,
): string {
  if (titles.length === 0) return `No software reported${where} yet`;
  const counts = statusCounts(titles);
  if (counts.behind === 0) return `Everything is up to date${where}`;
  if (!overview) return `${plural(counts.behind, 'title needs', 'titles need')} an update${where}`;
  const security =
    overview.devicesWithSecurityUpdates > 0
      ? ` · ${plural(overview.devicesWithSecurityUpdates, 'computer')} with security updates`
      : '';
  return `${formatCount(overview.devicesBehind)} of ${plural(overview.devices, 'computer')} ${
    overview.devicesBehind === 1 ? 'needs' : 'need'
  } updates · ${plural(counts.behind, 'title')}${security}${where}`;
}
