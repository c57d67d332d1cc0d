// Who may name where a computer sits. Seats are the room's floor plan, not the computer's details:
// the coordinator, and the teacher advisors who cover the room (they know the room and see its
// computers' details already). Student advisors never move computers on the plan.
import type { User } from '@handraise/shared';
import type { Where } from '../rooms.ts';
import { inScope, isStudentAdvisor } from './advisor-reach.ts';

/**
 * `not-found`: the computer is outside the person's scope (they may not know it exists);
 * `forbidden`: they see it but may not name its seat; null: they may.
 */
export function seatEditRefusal(user: User, where: Where): 'not-found' | 'forbidden' | null {
  if (!inScope(user, where)) return 'not-found';
  if (user.role !== 'coordinator' && isStudentAdvisor(user)) return 'forbidden';
  return null;
}

/** Whether the console should offer the seat editor on this computer's page. */
export const mayEditSeat = (user: User, where: Where): boolean =>
  seatEditRefusal(user, where) === null;
