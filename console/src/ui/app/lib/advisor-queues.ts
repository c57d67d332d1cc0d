// An advisor's two lists on their home page: the requests they hold, and those waiting for
// someone in their rooms. The hub sends a console only the requests its person may reach, so
// "in my rooms" is every waiting request the console holds.
import type { HelpRequest } from '@handraise/shared';
import { OPEN_STATES } from './labels.ts';

/** A stopped class first (the README's rule for every list), then first come, first helped. */
export function urgentThenOldest(a: HelpRequest, b: HelpRequest): number {
  return Number(b.urgent) - Number(a.urgent) || a.createdAt.localeCompare(b.createdAt);
}

/** Open requests assigned to this person. */
export function myOpenRequests(requests: readonly HelpRequest[], userId: string): HelpRequest[] {
  return requests
    .filter((r) => r.assigneeId === userId && OPEN_STATES.includes(r.state))
    .sort(urgentThenOldest);
}

/** Requests nobody has taken yet, among those in this person's reach. */
export function waitingForSomeone(requests: readonly HelpRequest[]): HelpRequest[] {
  return requests.filter((r) => r.state === 'new' && r.assigneeId === null).sort(urgentThenOldest);
}
