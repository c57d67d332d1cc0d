// A retired computer's open requests: nobody can reach whoever raised them any more, so they close
// instead of waiting in queues, counts and helpers' offers for ever.
import type { HelpRequest } from '@handraise/shared';
import type { PublishRequest } from '../request-publisher.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { HUB_ACTOR } from './hub-actor.ts';
import type { IncidentMembership } from './incident-membership.ts';

/** The staff's line on each such request, saying why it closed. */
export const RETIRED_CLOSE_LINE = 'Closed: the computer was retired.';

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];
// A helper acting on the request at the same moment moves it on; the close tries again on what
// it became, a few times at most (each helper action is one step).
const MAX_CLOSE_ATTEMPTS = 3;

export type RetiredRequestsDeps = {
  requests: Pick<RequestsStore, 'find'>;
  timeline: Pick<RequestTimeline, 'moveIf'>;
  membership: Pick<IncidentMembership, 'leave'>;
  publishRequest: PublishRequest;
};

/**
 * Closes each request still open: it first leaves its room incident (which ends if one request is
 * left), so the others keep following a lead that can still be helped; consoles hear the change.
 */
export async function closeRetiredRequests(
  requestIds: readonly string[],
  deps: RetiredRequestsDeps,
): Promise<void> {
  for (const requestId of requestIds) {
    const first = await deps.requests.find(requestId);
    if (first?.incidentId) {
      await deps.membership.leave(first, HUB_ACTOR, 'Its computer was retired.');
    }
    for (let attempt = 0; attempt < MAX_CLOSE_ATTEMPTS; attempt += 1) {
      const request = await deps.requests.find(requestId);
      if (!request || !OPEN_STATES.includes(request.state)) break;
      const closed = await deps.timeline.moveIf(
        requestId,
        { state: request.state, assigneeId: request.assigneeId },
        'closed',
        [
          { kind: 'state-changed', actor: HUB_ACTOR, body: 'closed' },
          { kind: 'staff-note', actor: HUB_ACTOR, body: RETIRED_CLOSE_LINE },
        ],
      );
      if (closed) break;
    }
    await deps.publishRequest(requestId);
  }
}
