// The coordinator's weekly look at the help desk: who handled the week's requests, how quickly
// someone answered, and which advisors carried the most.
import type { Role, WeeklySummary } from '@handraise/shared';
import { within, type RequestRecord, type Window } from './advisor-figures.ts';
import { medianSeconds } from './median.ts';

/** A summary week: seven days back from now. */
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** How many advisors the summary names: a podium, not a ranking of everyone. */
export const TOP_ADVISORS = 3;

export type PersonInfo = { role: Role; displayName: string };

/**
 * The week's figures: each request resolved in it counts for whoever resolved it last in the week
 * (an advisor or a coordinator); the median response is over requests first answered in the week,
 * by anyone; the top advisors are those who resolved the most, ties by name.
 */
export function weeklySummary(
  records: readonly RequestRecord[],
  window: Window,
  personOf: (id: string) => PersonInfo | undefined,
): Omit<WeeklySummary, 'period'> {
  let handledByAdvisors = 0;
  let handledByCoordinators = 0;
  const responses: number[] = [];
  const resolvedBy = new Map<string, number>();
  for (const record of records) {
    const first = record.facts.firstResponse;
    if (first && within(window, first.at)) responses.push(first.at - record.createdAt);
    const inWeek = record.facts.resolutions.filter((r) => within(window, r.at));
    const last = inWeek.at(-1);
    if (!last) continue;
    const role = personOf(last.personId)?.role;
    if (role === 'advisor') handledByAdvisors++;
    if (role === 'coordinator') handledByCoordinators++;
    for (const personId of new Set(inWeek.map((r) => r.personId)))
      if (personOf(personId)?.role === 'advisor')
        resolvedBy.set(personId, (resolvedBy.get(personId) ?? 0) + 1);
  }
  const topAdvisors = [...resolvedBy]
    .map(([id, resolved]) => ({ id, displayName: personOf(id)?.displayName ?? '', resolved }))
    .sort((a, b) => b.resolved - a.resolved || a.displayName.localeCompare(b.displayName))
    .slice(0, TOP_ADVISORS);
  return {
    handledByAdvisors,
    handledByCoordinators,
    medianResponseSeconds: medianSeconds(responses),
    topAdvisors,
  };
}
