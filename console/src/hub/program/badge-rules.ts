// The badges of the Tech Advisor program: one per kind of problem, earned by fixing enough of
// them, and worth something (a line on a report, course credit) once the coordinator signs off.
import type { HelpCategory } from '@handraise/shared';
import type { RequestRecord } from './advisor-figures.ts';

export type BadgeRule = { key: string; name: string; category: HelpCategory; threshold: number };

/**
 * Thresholds are resolved requests of the category whose resolution stood (not reopened). Five for
 * most: enough fixes of one kind to show the advisor knows it rather than got lucky once, and
 * within reach in a term at the few requests a week a school's advisors see. Sign-in problems
 * (a forgotten password) are the most common and quickest, so they take ten; "something else"
 * covers anything, so ten of those show range rather than one skill.
 */
export const BADGE_RULES: readonly BadgeRule[] = [
  { key: 'connection-helper', name: 'Connection helper', category: 'internet', threshold: 5 },
  { key: 'printer-helper', name: 'Printer helper', category: 'printer', threshold: 5 },
  { key: 'sign-in-helper', name: 'Sign-in helper', category: 'sign-in', threshold: 10 },
  { key: 'app-helper', name: 'App helper', category: 'app', threshold: 5 },
  {
    key: 'sound-screen-helper',
    name: 'Sound and screen helper',
    category: 'sound-screen',
    threshold: 5,
  },
  { key: 'all-round-helper', name: 'All-round helper', category: 'other', threshold: 10 },
];

export const badgeRule = (key: string): BadgeRule | undefined =>
  BADGE_RULES.find((rule) => rule.key === key);

/**
 * The badges a person has reached, with when: the time of the resolution that reached the
 * threshold, among the requests of the category they resolved and that were not reopened since.
 */
export function badgesReached(
  personId: string,
  records: readonly RequestRecord[],
): { key: string; earnedAt: number }[] {
  const reached: { key: string; earnedAt: number }[] = [];
  for (const rule of BADGE_RULES) {
    const times = records
      .filter((r) => r.category === rule.category && r.facts.standingResolverId === personId)
      .map((r) => lastResolutionBy(personId, r))
      .sort((a, b) => a - b);
    const reaching = times[rule.threshold - 1];
    if (reaching !== undefined) reached.push({ key: rule.key, earnedAt: reaching });
  }
  return reached;
}

function lastResolutionBy(personId: string, record: RequestRecord): number {
  return Math.max(
    ...record.facts.resolutions.filter((r) => r.personId === personId).map((r) => r.at),
  );
}
