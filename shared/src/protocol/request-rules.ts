// Who may take a request on, as the hub enforces it and the console offers it.
import type { User } from '../schemas/auth.ts';

/**
 * Whether the person may claim or resolve a request. The coordinator always; an advisor only a
 * request that waits for someone or is already theirs: never one escalated to the coordinator
 * (until handed back), one someone else holds, or one finished (its requester or the coordinator
 * reopens that, and a student would have the computer's details again).
 */
export function mayTakeOver(
  user: Pick<User, 'id' | 'role'>,
  request: { state: string; assigneeId: string | null },
): boolean {
  if (user.role === 'coordinator') return true;
  if (request.state === 'new') return request.assigneeId === null || request.assigneeId === user.id;
  return request.state === 'claimed' && request.assigneeId === user.id;
}

/**
 * Whether the person may hand a request to the coordinator: as for taking it over, and only while
 * it waits or is being helped (an advisor never takes a request off whoever holds it this way).
 * Never the coordinator: they would be handing it to themselves.
 */
export function mayEscalate(
  user: Pick<User, 'id' | 'role'>,
  request: { state: string; assigneeId: string | null },
): boolean {
  if (user.role === 'coordinator') return false;
  return (request.state === 'new' || request.state === 'claimed') && mayTakeOver(user, request);
}

/**
 * Whether the person may write to the requester: the coordinator on any request not closed; an
 * advisor only on one assigned to them and not closed (a student could otherwise pose as the
 * helper of someone else's request).
 */
export function mayWriteTo(
  user: Pick<User, 'id' | 'role'>,
  request: { state: string; assigneeId: string | null },
): boolean {
  if (request.state === 'closed') return false;
  return user.role === 'coordinator' || request.assigneeId === user.id;
}
