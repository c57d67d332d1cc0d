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
