// Who may write the school's quick fixes: the coordinator, and teacher advisors while the
// coordinator allows it, within the rooms they cover. Student advisors never.
import { coversWholeSchool, type User } from '@handraise/shared';

/** Whether the person may read and write quick fixes at all (`teachersWrite`: the hub setting). */
export function mayWriteQuickFixes(user: User, teachersWrite: boolean): boolean {
  if (user.role === 'coordinator') return true;
  return teachersWrite && user.advisor?.kind === 'teacher';
}

/**
 * Whether the person may write a fix limited to `rooms` (empty: every room). A teacher covering
 * the whole school may write any; one covering some rooms only fixes limited to rooms they cover,
 * so that they never change what other rooms' computers show.
 */
export function mayWriteFixFor(user: User, rooms: readonly string[]): boolean {
  if (user.role === 'coordinator') return true;
  const advisor = user.advisor;
  if (!advisor || advisor.kind !== 'teacher') return false;
  if (coversWholeSchool(advisor.scope)) return true;
  return rooms.length > 0 && rooms.every((room) => advisor.scope.rooms.includes(room));
}
