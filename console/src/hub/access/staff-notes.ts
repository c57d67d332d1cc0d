// Who reads and writes a request's private staff notes. Staff means the coordinator and the
// request's helpers: whoever holds it now and whoever took it on before. Never the requester (the
// tray's view leaves the kind out), never an advisor who is not one of its helpers.
import type { User } from '@handraise/shared';

type Timeline = readonly { kind: string; actor: { type: string; id: string } }[];

/** Whether the person has helped with this request: holds it now, or claimed it at some point. */
function isHelperOf(user: User, request: { assigneeId: string | null }, events: Timeline): boolean {
  if (request.assigneeId === user.id) return true;
  return events.some(
    (e) => e.kind === 'claimed' && e.actor.type === 'user' && e.actor.id === user.id,
  );
}

/** Whether the person may read the request's staff notes. */
export function mayReadStaffNotes(
  user: User,
  request: { assigneeId: string | null },
  events: Timeline,
): boolean {
  return user.role === 'coordinator' || isHelperOf(user, request, events);
}

/**
 * Whether the person may add a staff note: the coordinator, or the advisor who holds the request
 * now (a past helper reads what was written but no longer adds to it).
 */
export function mayWriteStaffNote(user: User, request: { assigneeId: string | null }): boolean {
  return user.role === 'coordinator' || request.assigneeId === user.id;
}

/** The timeline without its staff notes for someone who may not read them. */
export function withStaffNotesFor<E extends { kind: string; actor: { type: string; id: string } }>(
  user: User,
  request: { assigneeId: string | null },
  events: E[],
): E[] {
  if (mayReadStaffNotes(user, request, events)) return events;
  return events.filter((e) => e.kind !== 'staff-note');
}
