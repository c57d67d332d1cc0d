import type { SoftwareTitleSummary } from '@handraise/shared';

/** Bars in Today's pending-updates chart: enough to read at a glance. */
export const PENDING_TITLES_SHOWN = 10;

/**
 * The titles with a pending update on the most computers, those with a security fix first, as
 * Today's chart draws them.
 */
export function pendingTitles(
  titles: readonly SoftwareTitleSummary[],
  limit = PENDING_TITLES_SHOWN,
): SoftwareTitleSummary[] {
  return titles
    .filter((t) => t.pendingCount > 0)
    .sort(
      (a, b) =>
        Number(b.securityCount > 0) - Number(a.securityCount > 0) ||
        b.pendingCount - a.pendingCount ||
        a.name.localeCompare(b.name, undefined, { numeric: true }),
    )
    .slice(0, limit);
}
