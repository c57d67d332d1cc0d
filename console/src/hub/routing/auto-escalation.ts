// A request nobody takes goes to the coordinator by itself: after the coordinator's setting in
// minutes (a third of it when the requester's class is stopped), it is escalated by the hub, with
// a line that says why, and pushed like any change.
import type { Logger } from 'pino';
import type { HelpRequest } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { HUB_ACTOR } from './hub-actor.ts';

const MINUTE_MS = 60_000;

/** How long `request` may wait for a helper, in ms. */
export function waitFor(request: Pick<HelpRequest, 'urgent'>, escalateAfterMinutes: number) {
  const minutes = request.urgent
    ? Math.max(1, Math.ceil(escalateAfterMinutes / 3))
    : escalateAfterMinutes;
  return minutes * MINUTE_MS;
}

export type EscalationDeps = {
  requests: Pick<RequestsStore, 'list'>;
  timeline: Pick<RequestTimeline, 'moveIf'>;
  publishRequest: PublishRequest;
  clock: Clock;
  escalateAfterMinutes: () => Promise<number>;
  logger: Logger;
};

/** Escalates every new request that waited past its time; returns their ids. */
export async function escalateUnclaimed(deps: EscalationDeps): Promise<string[]> {
  const minutes = await deps.escalateAfterMinutes();
  const now = deps.clock.now().getTime();
  const escalated: string[] = [];
  for (const request of await deps.requests.list({ state: 'new' })) {
    if (now - Date.parse(request.createdAt) < waitFor(request, minutes)) continue;
    const waited = Math.round((now - Date.parse(request.createdAt)) / MINUTE_MS);
    // Only if still waiting: a helper who claims it meanwhile keeps it.
    const moved = await deps.timeline.moveIf(request.id, 'new', 'escalated', [
      { kind: 'state-changed', actor: HUB_ACTOR, body: 'escalated' },
      {
        kind: 'escalated',
        actor: HUB_ACTOR,
        body: `Nobody took it in ${waited} minute${waited === 1 ? '' : 's'}.`,
      },
    ]);
    if (!moved) continue;
    escalated.push(request.id);
    await deps.publishRequest(request.id);
  }
  if (escalated.length > 0) deps.logger.info({ escalated }, 'unclaimed requests escalated');
  return escalated;
}
