import type { HelpRequest } from '@handraise/shared';
import { formatCount } from './format.ts';

/**
 * What the Requests badge counts: the requests that need someone. For everyone that is the
 * requests nobody has taken yet (Today's "Waiting for someone"); for the coordinator the escalated
 * ones too, the hub having handed them back to be picked up.
 */
export type WaitingRequests = { total: number; fresh: number; escalated: number };

export function waitingRequests(
  requests: readonly HelpRequest[],
  isCoordinator: boolean,
): WaitingRequests {
  const fresh = requests.filter((r) => r.state === 'new').length;
  const escalated = isCoordinator ? requests.filter((r) => r.state === 'escalated').length : 0;
  return { total: fresh + escalated, fresh, escalated };
}

/**
 * The badge's words, for screen readers and the tooltip, in Today's terms: "6 need someone:
 * 0 waiting for someone, 6 escalated", or "3 waiting for someone" where escalated ones are not
 * counted.
 */
export function waitingLabel(waiting: WaitingRequests, isCoordinator: boolean): string {
  const fresh = `${formatCount(waiting.fresh)} waiting for someone`;
  if (!isCoordinator) return fresh;
  return `${formatCount(waiting.total)} need${waiting.total === 1 ? 's' : ''} someone: ${fresh}, ${formatCount(waiting.escalated)} escalated`;
}
