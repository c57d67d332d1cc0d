import type { QuickFixAccess, User } from '@handraise/shared';
import { useApiData } from './use-api-data.ts';

/**
 * Whether the Quick fixes page is the person's: a coordinator's always, a teacher advisor's while
 * the coordinator allows it (the hub says), never a student's.
 */
export function useQuickFixAccess(user: User): boolean {
  const teacher = user.role !== 'coordinator' && user.advisor?.kind === 'teacher';
  const { data } = useApiData<QuickFixAccess>(teacher ? '/api/quick-fixes/access' : null);
  return user.role === 'coordinator' || data?.mayWrite === true;
}
