// What each person may reach of the school's requests and computers, in one place: the hub asks
// it on every read and action, and pushes follow the same scope (see rooms.ts).
import {
  coversWholeSchool,
  type DeviceDetail,
  type DeviceSnapshot,
  type User,
} from '@handraise/shared';
import type { Where } from '../rooms.ts';
import { hardwareForStudent, stateForStudent } from './student-view.ts';
import { withheldVerdicts } from './verdict-visibility.ts';

/** Whether `where` is in the person's scope: everything for a coordinator. */
export function inScope(user: User, where: Where): boolean {
  if (user.role === 'coordinator') return true;
  const advisor = user.advisor;
  if (!advisor) return false;
  if (coversWholeSchool(advisor.scope)) return advisor.kind === 'teacher';
  return (
    (where.site !== null && advisor.scope.sites.includes(where.site)) ||
    (where.room !== null && advisor.scope.rooms.includes(where.room))
  );
}

export const isStudentAdvisor = (user: User): boolean => user.advisor?.kind === 'student';

const OPEN_STATES: readonly string[] = ['new', 'claimed', 'escalated'];

/**
 * Whether the person may read and act on a request: in their scope, or handed to them while it
 * is open (a request from another room stops being theirs when it is done).
 */
export function mayReachRequest(
  user: User,
  request: Where & { assigneeId: string | null; state: string },
) {
  return (
    (request.assigneeId === user.id && OPEN_STATES.includes(request.state)) ||
    inScope(user, request)
  );
}

/**
 * Whether the person may see a computer's details and its requests' screenshots: a coordinator
 * always, anyone while helping with one of its requests (`helping`: an open request of that
 * computer is assigned to them), a teacher also in their scope; a student only while helping.
 */
export function maySeeDevice(user: User, where: Where, helping: boolean): boolean {
  if (user.role === 'coordinator' || helping) return true;
  return !isStudentAdvisor(user) && inScope(user, where);
}

/**
 * A computer's details as a student advisor sees them: no identifiers (student-view.ts), no user
 * names, and no software list unless the coordinator's setting allows it (`studentsSeeSoftware`).
 */
export function detailFor(
  user: User,
  detail: DeviceDetail,
  studentsSeeSoftware = false,
): DeviceDetail {
  if (!isStudentAdvisor(user)) return detail;
  return {
    ...detail,
    ...(studentsSeeSoftware
      ? {}
      : {
          ...withheldVerdicts(detail),
          software: [],
          updates: [],
          hotfixes: [],
          softwareHidden: true as const,
        }),
    // Last: the spread above carries the whole detail again, serial numbers and all.
    hardware: detail.hardware ? hardwareForStudent(detail.hardware) : null,
    state: detail.state ? stateForStudent(detail.state) : null,
    identifiers: { ...detail.identifiers, serial: null, macs: [] },
  };
}

/** The snapshot of a request as a student advisor sees it: no identifiers. */
export function snapshotFor(user: User, snapshot: DeviceSnapshot | null): DeviceSnapshot | null {
  if (!snapshot || !isStudentAdvisor(user) || !snapshot.hardware) return snapshot;
  return { ...snapshot, hardware: hardwareForStudent(snapshot.hardware) };
}

/** Whether one of these requests (a computer's) is open and assigned to the person. */
export const helpingWith = (
  user: User,
  requests: readonly { assigneeId: string | null; state: string }[],
): boolean => requests.some((r) => r.assigneeId === user.id && OPEN_STATES.includes(r.state));

/** A request's timeline as the person may read it: the staff's escalation notes are theirs. */
export function eventsFor<E extends { kind: string; body: string | null }>(
  user: User,
  events: E[],
): E[] {
  if (user.role === 'coordinator') return events;
  return events.map((e) =>
    e.kind === 'escalated' || e.kind === 'returned-to-queue' ? { ...e, body: null } : e,
  );
}

/** The update tasks a person sees: all of them for a coordinator, an advisor's own otherwise. */
export const tasksFor = <T extends { assigneeId: string | null }>(user: User, tasks: T[]): T[] =>
  user.role === 'coordinator' ? tasks : tasks.filter((task) => task.assigneeId === user.id);
