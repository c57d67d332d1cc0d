// The three kinds of account a coordinator makes, as one choice: what the hub stores as a role
// and, for advisors, whether they are a student or a teacher.
import type {
  AdvisorKind,
  AdvisorProfile,
  AdvisorScope,
  DutyPeriod,
  Role,
  User,
} from '@handraise/shared';
import { draftsOf, periodsOf, type PeriodDraft } from '../../lib/timetable.ts';

export type AccountKind = AdvisorKind | 'coordinator';

export const ACCOUNT_KIND_OPTIONS = [
  { id: 'student', label: 'Student Tech Advisor: requests of their rooms' },
  { id: 'teacher', label: 'Teacher Tech Advisor: requests and computers of their rooms' },
  { id: 'coordinator', label: 'IT coordinator: everything, with accounts and enrollment' },
] as const satisfies readonly { id: AccountKind; label: string }[];

export const kindOf = (account: User): AccountKind =>
  account.role === 'coordinator' ? 'coordinator' : (account.advisor?.kind ?? 'teacher');

/** The role fields of an account of this kind, as the hub takes them. */
export function roleFieldsOf(kind: AccountKind): { role: Role; advisorKind?: AdvisorKind } {
  return kind === 'coordinator' ? { role: 'coordinator' } : { role: 'advisor', advisorKind: kind };
}

/** "Room 12, Library" → ["Room 12", "Library"]: names as a person types a list of them. */
export const namesIn = (text: string): string[] =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/**
 * The advisor fields of a form, from what was typed; the timetable only once its rows make one
 * (`timetableProblem` says what is wrong with them otherwise).
 */
export function advisorFieldsOf(
  kind: AccountKind,
  lists: AdvisorLists,
): { scope?: AdvisorScope; skills?: string[]; timetable?: DutyPeriod[] } {
  if (kind === 'coordinator') return {};
  const timetable = periodsOf(lists.timetable);
  return {
    scope: { sites: namesIn(lists.sites), rooms: namesIn(lists.rooms) },
    skills: namesIn(lists.skills),
    ...(timetable.ok ? { timetable: timetable.periods } : {}),
  };
}

/** The sites, rooms and skills fields as typed, and the timetable's rows. */
export type AdvisorLists = {
  sites: string;
  rooms: string;
  skills: string;
  timetable: PeriodDraft[];
};

export const listsOf = (account: User | null): AdvisorLists => ({
  sites: account?.advisor?.scope.sites.join(', ') ?? '',
  rooms: account?.advisor?.scope.rooms.join(', ') ?? '',
  skills: account?.advisor?.skills.join(', ') ?? '',
  timetable: draftsOf(account?.advisor?.timetable ?? []),
});

/** What is wrong with the timetable's rows, if anything (an account of another kind has none). */
export function timetableProblem(kind: AccountKind, lists: AdvisorLists): string | null {
  if (kind === 'coordinator') return null;
  const timetable = periodsOf(lists.timetable);
  return timetable.ok ? null : timetable.error;
}

/** "Student · Room 12, Library · printers": who an advisor is and where they help. */
export function reachOf(advisor: AdvisorProfile): string {
  const where = [...advisor.scope.sites, ...advisor.scope.rooms];
  return [
    advisor.kind === 'student' ? 'Student' : 'Teacher',
    where.length > 0 ? where.join(', ') : 'the whole school',
    ...(advisor.skills.length > 0 ? [advisor.skills.join(', ')] : []),
  ].join(' · ');
}

/**
 * The names in `typed` that no enrolled computer carries: scopes compare names exactly, so "room
 * 12" covers nothing where computers are enrolled into "Room 12".
 */
export function unknownPlaces(typed: string, known: readonly (string | null)[]): string[] {
  const enrolled = new Set(known.filter((name) => name !== null));
  return namesIn(typed).filter((name) => !enrolled.has(name));
}
