// What makes an advisor an advisor: a student or a teacher, the sites and rooms they cover, and
// what they are good at. The hub decides from it what each advisor may see and do.
import { z } from 'zod';
import { MAX_SHORT_STRING } from '../limits.ts';
import type { DutyPeriod } from './duty.ts';
import { oneLine } from './plain-text.ts';

export const ADVISOR_KINDS = ['student', 'teacher'] as const;
export const advisorKindSchema = z.enum(ADVISOR_KINDS);
export type AdvisorKind = z.infer<typeof advisorKindSchema>;

/** Most sites and rooms one advisor covers, and skills one lists: bounds, not expectations. */
export const MAX_SCOPE_SITES = 50;
export const MAX_SCOPE_ROOMS = 200;
export const MAX_SKILLS = 20;

/** The names are compared with devices' site and room as they are written, case and all. */
const names = (max: number) =>
  z
    .array(oneLine(z.string().trim().min(1).max(MAX_SHORT_STRING)))
    .max(max)
    .transform((list) => [...new Set(list)]);

/**
 * Where an advisor helps: the requests and computers of these sites and rooms. Empty means the
 * whole school, which only a teacher may cover.
 */
export const advisorScopeSchema = z.strictObject({
  sites: names(MAX_SCOPE_SITES),
  rooms: names(MAX_SCOPE_ROOMS),
});
export type AdvisorScope = z.infer<typeof advisorScopeSchema>;

export const skillsSchema = names(MAX_SKILLS);

/**
 * The advisor's side of an account; coordinators have none. `timetable`: the periods of the week
 * they are free to help, on duty then as if they had said so (with a console open).
 */
export type AdvisorProfile = {
  kind: AdvisorKind;
  scope: AdvisorScope;
  skills: string[];
  timetable: DutyPeriod[];
};

export const WHOLE_SCHOOL: AdvisorScope = { sites: [], rooms: [] };

/** Whether a scope is the whole school (no site and no room named). */
export const coversWholeSchool = (scope: AdvisorScope): boolean =>
  scope.sites.length === 0 && scope.rooms.length === 0;
