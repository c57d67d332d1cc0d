import { coversWholeSchool, type User } from '@handraise/shared';

/** Every signed-in console: pushes that concern nobody's scope (duty, software, tasks). */
export const CONSOLES_ROOM = 'consoles';

/** Where a request or a computer is: the site and room its device was enrolled into. */
export type Where = { site: string | null; room: string | null };

/** Coordinators' consoles: the fleet's software and everyone's tasks are theirs alone. */
export const COORDINATORS_ROOM = 'scope:all';

/** One person's consoles: what concerns them alone (a task assigned to them). */
export const userRoom = (userId: string) => `user:${userId}`;
const WHOLE_SCHOOL_ROOM = 'scope:school';
const siteRoom = (site: string) => `scope:site:${site}`;
const roomRoom = (room: string) => `scope:room:${room}`;

/**
 * The socket rooms a person's consoles join, besides CONSOLES_ROOM: coordinators hear of every
 * request and computer, a teacher for the whole school too, other advisors those of their sites
 * and rooms only.
 */
export function scopeRoomsOf(user: User): string[] {
  const scope = scopeOf(user);
  // Students also join student-only copies of their scope: pushes without serial numbers go there.
  const studentOnly =
    user.advisor?.kind === 'student' ? [STUDENT_ADVISORS_ROOM, ...scope.map(studentScopeRoom)] : [];
  return [userRoom(user.id), ...scope, ...studentOnly];
}

/** Every student advisor's console: left out of pushes that carry what students may not read. */
export const STUDENT_ADVISORS_ROOM = 'students';
/** The student-only copy of a scope room. */
export const studentScopeRoom = (room: string) => `students:${room}`;

function scopeOf(user: User): string[] {
  if (user.role === 'coordinator') return [COORDINATORS_ROOM];
  const advisor = user.advisor;
  if (!advisor) return [];
  if (coversWholeSchool(advisor.scope))
    return advisor.kind === 'teacher' ? [WHOLE_SCHOOL_ROOM] : [];
  return [...advisor.scope.sites.map(siteRoom), ...advisor.scope.rooms.map(roomRoom)];
}

/** The rooms whose consoles may hear of something at `where`. */
export function roomsFor(where: Where): string[] {
  return [
    COORDINATORS_ROOM,
    WHOLE_SCHOOL_ROOM,
    ...(where.site !== null ? [siteRoom(where.site)] : []),
    ...(where.room !== null ? [roomRoom(where.room)] : []),
  ];
}

/** The sockets of one device's agent. */
export function roomForDevice(deviceId: string): string {
  return `device:${deviceId}`;
}
