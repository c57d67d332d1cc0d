// The coordinator's view of the Tech Advisors: who they are, where they help, whether they are on
// duty, and how much they carry. Counted from the accounts, the requests the console holds and
// the live on-duty list; nothing here asks the hub.
import type {
  Account,
  AdvisorKind,
  AdvisorScope,
  DutyPeriod,
  HelpRequest,
  Person,
} from '@handraise/shared';
import { OPEN_STATES } from './labels.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "Resolved lately" looks back a school week and its weekend. */
export const RESOLVED_WINDOW_DAYS = 7;

export type AdvisorLoad = {
  id: string;
  displayName: string;
  kind: AdvisorKind;
  /** Their sites and rooms, or the whole school. */
  where: string;
  skills: string[];
  timetable: DutyPeriod[];
  onDuty: boolean;
  /** Open requests assigned to them (waiting, in progress, or escalated while theirs). */
  open: number;
  /** Requests of theirs resolved or closed in the last RESOLVED_WINDOW_DAYS days. */
  resolved: number;
};

/** "North campus, Room 12" or "Whole school". */
export function placesOf(scope: AdvisorScope): string {
  const places = [...scope.sites, ...scope.rooms];
  return places.length > 0 ? places.join(', ') : 'Whole school';
}

/**
 * One row per active advisor, on duty first, then by name. A request counts as resolved lately
 * when it is resolved or closed, theirs, and last changed in the window: the console holds no
 * resolution time of its own, and a request closing by itself after being resolved is the same
 * piece of work.
 */
export function advisorLoad(
  accounts: readonly Account[],
  requests: readonly HelpRequest[],
  onDuty: readonly Pick<Person, 'id'>[],
  now: number,
): AdvisorLoad[] {
  const since = now - RESOLVED_WINDOW_DAYS * DAY_MS;
  const open = new Map<string, number>();
  const resolved = new Map<string, number>();
  for (const r of requests) {
    if (!r.assigneeId) continue;
    if (OPEN_STATES.includes(r.state)) open.set(r.assigneeId, (open.get(r.assigneeId) ?? 0) + 1);
    else if (Date.parse(r.updatedAt) >= since)
      resolved.set(r.assigneeId, (resolved.get(r.assigneeId) ?? 0) + 1);
  }
  const onDutyIds = new Set(onDuty.map((p) => p.id));
  return accounts
    .flatMap((a) =>
      a.advisor && !a.disabled
        ? [
            {
              id: a.id,
              displayName: a.displayName,
              kind: a.advisor.kind,
              where: placesOf(a.advisor.scope),
              skills: a.advisor.skills,
              timetable: a.advisor.timetable,
              onDuty: onDutyIds.has(a.id),
              open: open.get(a.id) ?? 0,
              resolved: resolved.get(a.id) ?? 0,
            },
          ]
        : [],
    )
    .sort(
      (a, b) => Number(b.onDuty) - Number(a.onDuty) || a.displayName.localeCompare(b.displayName),
    );
}
