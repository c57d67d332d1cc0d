// The Tech Advisor program: what each advisor did over a period, the badges they earned, and the
// coordinator's weekly look at the help desk.
import { z } from 'zod';
import { idSchema, isoTimestamp } from './common.ts';
import type { HelpCategory } from './help.ts';

/** `?from=&to=` on the program's reads; either may be left out (see the hub's defaults). */
export const programPeriodQuerySchema = z.strictObject({
  from: isoTimestamp.optional(),
  to: isoTimestamp.optional(),
});
export type ProgramPeriodQuery = z.infer<typeof programPeriodQuerySchema>;

export const programAdvisorParamsSchema = z.strictObject({ advisorId: idSchema });
export const programBadgeParamsSchema = z.strictObject({ badgeId: idSchema });

/** The period figures cover: from (included) to (excluded), ISO timestamps. */
export type ProgramPeriod = { from: string; to: string };

/** What one advisor did over a period, in all or for one category. */
export type ProgramFigures = {
  /** Requests they claimed (or were handed) in the period. */
  claimed: number;
  /** Requests they resolved in the period. */
  resolved: number;
  /** Requests they had resolved that came back (the requester's "Still broken", the coordinator). */
  reopened: number;
  /** From a request's creation to their first claim or message to its requester; null: none. */
  medianResponseSeconds: number | null;
  /** From their claim to their resolution (every stint if it came back); null: none. */
  medianResolutionSeconds: number | null;
};

export type CategoryFigures = ProgramFigures & { category: HelpCategory };

/** A badge as its advisor and the coordinator see it. */
export type AdvisorBadge = {
  id: string;
  /** Which badge: its key in the hub's list (`printer-helper`). */
  badge: string;
  name: string;
  category: HelpCategory;
  /** Resolved requests of its category it takes. */
  threshold: number;
  /** When the resolution that reached the threshold was made. */
  earnedAt: string;
  /** Null while it waits for the coordinator's sign-off: only then is it earned for the advisor. */
  signedOff: { byName: string; at: string } | null;
};

/** One advisor's program page: who, the period, their figures, their badges. */
export type AdvisorProgram = {
  advisor: {
    id: string;
    displayName: string;
    advisorKind: 'student' | 'teacher' | null;
    disabled: boolean;
  };
  period: ProgramPeriod;
  totals: ProgramFigures;
  /** Only the categories with something in the period, in the order of HELP_CATEGORIES. */
  byCategory: CategoryFigures[];
  badges: AdvisorBadge[];
};

/** The coordinator's look at the last seven days. */
export type WeeklySummary = {
  period: ProgramPeriod;
  /** Requests resolved in the week, by whom: advisors or the coordinator(s). */
  handledByAdvisors: number;
  handledByCoordinators: number;
  /** From creation to the first claim or message by anyone, over requests answered that week. */
  medianResponseSeconds: number | null;
  /** The advisors who resolved the most that week, most first. */
  topAdvisors: { id: string; displayName: string; resolved: number }[];
};

/** The service-hours export's file name: the advisor's name in plain letters and hyphens. */
export function serviceHoursFileName(displayName: string): string {
  const slug = displayName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  return `service-hours-${slug || 'advisor'}.csv`;
}
