// A new request goes first to the Tech Advisors who can come now: on duty, covering its room or
// site, and (when their skills name categories) good at this kind of problem. When nobody who
// covers it is on duty, it is the coordinator's at once rather than after a wait nobody can end.
import type { Logger } from 'pino';
import { skillsMatch, type HelpRequest, type User } from '@handraise/shared';
import { inScope } from '../access/advisor-reach.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { DutyRoster } from './duty-roster.ts';
import type { DutyStore } from '../storage/duty-store.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { NotifyPeople } from '../notify.ts';
import { HUB_ACTOR } from './hub-actor.ts';

export type OfferDeps = {
  roster: Pick<DutyRoster, 'onDutyNow'>;
  duty: Pick<DutyStore, 'advisors'>;
  timeline: Pick<RequestTimeline, 'record' | 'moveIf'>;
  publishRequest: PublishRequest;
  notifyPeople: NotifyPeople;
  logger: Logger;
};

/**
 * The advisors to offer a request to: those on duty whose scope covers it, narrowed to those
 * whose skills fit when any do (skills say who to ask first, never that nobody may come).
 */
export function advisorsFor(request: HelpRequest, onDuty: readonly User[]): User[] {
  const covering = onDuty.filter((u) => u.role === 'advisor' && inScope(u, request));
  const skilled = covering.filter((u) => skillsMatch(u.advisor?.skills ?? [], request.category));
  return skilled.length > 0 ? skilled : covering;
}

export type Routed = { offeredTo: string[] } | { escalated: true } | { unrouted: true };

/** Offers a just-created request, or hands it to the coordinator; says which it did. */
export async function routeNewRequest(request: HelpRequest, deps: OfferDeps): Promise<Routed> {
  const offered = advisorsFor(request, await deps.roster.onDutyNow());
  if (offered.length > 0) {
    await deps.timeline.record({
      requestId: request.id,
      kind: 'offered',
      actor: HUB_ACTOR,
      body: offered.map((u) => u.displayName).join(', '),
    });
    deps.notifyPeople(
      offered.map((u) => u.id),
      'request:offered',
      request,
    );
    await deps.publishRequest(request.id);
    return { offeredTo: offered.map((u) => u.id) };
  }
  // Where no advisor covers the room at all, the request was the coordinator's from the start:
  // there is nobody to escalate past, and the escalation wait still applies.
  const anyCovering = (await deps.duty.advisors()).some((u) => inScope(u, request));
  if (!anyCovering) return { unrouted: true };
  const moved = await deps.timeline.moveIf(request.id, 'new', 'escalated', [
    { kind: 'state-changed', actor: HUB_ACTOR, body: 'escalated' },
    {
      kind: 'escalated',
      actor: HUB_ACTOR,
      body: `Nobody who covers ${placeOf(request)} was on duty.`,
    },
  ]);
  if (moved) {
    deps.logger.info({ requestId: request.id }, 'nobody on duty: request escalated');
    await deps.publishRequest(request.id);
  }
  return { escalated: true };
}

const placeOf = (request: Pick<HelpRequest, 'site' | 'room'>): string =>
  [request.room, request.site].filter((p) => p !== null).join(', ') || 'this computer';
