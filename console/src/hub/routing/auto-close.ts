// A resolved request the requester neither confirmed nor reopened closes by itself after the
// coordinator's setting in days, so the queue holds only what still needs someone.
import type { Clock } from '../clock.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { HUB_ACTOR } from './hub-actor.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type AutoCloseDeps = {
  requests: Pick<RequestsStore, 'list'>;
  timeline: Pick<RequestTimeline, 'moveIf'>;
  publishRequest: PublishRequest;
  clock: Clock;
  closeResolvedAfterDays: () => Promise<number>;
};

/** Closes every resolved request untouched for the set days; returns their ids. */
export async function closeResolved(deps: AutoCloseDeps): Promise<string[]> {
  const cutoff = deps.clock.now().getTime() - (await deps.closeResolvedAfterDays()) * DAY_MS;
  const closed: string[] = [];
  for (const request of await deps.requests.list({ state: 'resolved' })) {
    if (Date.parse(request.updatedAt) > cutoff) continue;
    // Only if still resolved: a "Still broken" meanwhile reopens it instead.
    const moved = await deps.timeline.moveIf(request.id, 'resolved', 'closed', [
      { kind: 'state-changed', actor: HUB_ACTOR, body: 'closed' },
    ]);
    if (!moved) continue;
    closed.push(request.id);
    await deps.publishRequest(request.id);
  }
  return closed;
}
