import { createContext, useContext, type ReactNode } from 'react';
import type { CannedReply } from '@handraise/shared';
import { useApiData, type ApiData } from '../../state/use-api-data.ts';

const CannedRepliesContext = createContext<ApiData<CannedReply[]> | null>(null);

/** The school's canned replies, read once for the desk and shared by its picker and its editor. */
export function CannedRepliesProvider({ children }: { children: ReactNode }) {
  const replies = useApiData<CannedReply[]>('/api/canned-replies');
  return <CannedRepliesContext value={replies}>{children}</CannedRepliesContext>;
}

/** The canned replies and how to reload them (after the coordinator changes one). */
export function useCannedReplies(): ApiData<CannedReply[]> {
  const replies = useContext(CannedRepliesContext);
  if (!replies) throw new Error('useCannedReplies outside CannedRepliesProvider');
  return replies;
}
