// A new request from a room where others just asked about the same thing joins them in one
// incident, before it is offered to anyone: one helper takes the room's problem once.
import type { HelpRequest } from '@handraise/shared';
import type { IncidentsStore } from '../storage/incidents-store.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { HUB_ACTOR } from './hub-actor.ts';
import type { IncidentMembership } from './incident-membership.ts';

export type IncidentGroupingDeps = {
  incidents: Pick<IncidentsStore, 'group'>;
  membership: Pick<IncidentMembership, 'joined'>;
  requests: Pick<RequestsStore, 'find'>;
  /**
   * The coordinator's thresholds, read at each request (they may change any time), and the
   * hub's time now, from which the window is counted back.
   */
  rule: () => Promise<{ minRequests: number; windowMinutes: number; now: Date }>;
  /** How a request that still waits for someone is offered (see offer-request.ts). */
  route: (request: HelpRequest) => Promise<unknown>;
};

/**
 * Groups a just-stored request, then routes it if it still waits: one that joined an incident
 * someone already holds (or the coordinator has) follows it at once and is offered to nobody.
 */
export async function groupThenRoute(
  request: HelpRequest,
  deps: IncidentGroupingDeps,
): Promise<unknown> {
  const grouping = await deps.incidents.group(request, await deps.rule());
  if (grouping.kind === 'none') return deps.route(request);
  // One that was grouped while it waited here has had its line already.
  if (grouping.kind !== 'already')
    await deps.membership.joined(grouping.incidentId, grouping.joinedIds, HUB_ACTOR);
  const now = await deps.requests.find(request.id);
  return now?.state === 'new' && now.assigneeId === null ? deps.route(now) : grouping;
}
