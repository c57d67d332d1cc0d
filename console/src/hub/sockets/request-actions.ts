import type { Logger } from 'pino';
import {
  fail,
  ok,
  requestIdPayloadSchema,
  requestMessageSchema,
  type User,
} from '@handraise/shared';
import type { PublishRequest } from '../request-publisher.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { ConsoleSocket } from './console-namespace.ts';
import { guarded } from './guarded-handler.ts';

export type RequestActionDeps = {
  requests: RequestsStore;
  timeline: RequestTimeline;
  publishRequest: PublishRequest;
  logger: Logger;
};

const actorOf = (user: User) => ({ type: 'user' as const, id: user.id, name: user.displayName });

/** What helpers do with a request from the console: claim it, write to the requester, resolve it. */
export function registerRequestActions(socket: ConsoleSocket, deps: RequestActionDeps): void {
  const { requests, timeline, logger } = deps;
  const user = socket.data.user;

  socket.on(
    'request:claim',
    guarded(requestIdPayloadSchema, logger, 'request:claim', async ({ requestId }) => {
      const request = await requests.find(requestId);
      if (!request) return fail('not-found');
      if (request.state === 'closed') return fail('invalid-state');
      await timeline.record({
        requestId,
        kind: 'claimed',
        actor: actorOf(user),
        state: 'claimed',
        assigneeId: user.id,
      });
      await deps.publishRequest(requestId);
      const updated = await requests.find(requestId);
      return updated ? ok(updated) : fail('not-found');
    }),
  );

  socket.on(
    'request:message',
    guarded(requestMessageSchema, logger, 'request:message', async ({ requestId, text }) => {
      if (!(await requests.find(requestId))) return fail('not-found');
      const { event } = await timeline.record({
        requestId,
        kind: 'message',
        actor: actorOf(user),
        body: text,
      });
      await deps.publishRequest(requestId);
      return ok(event);
    }),
  );

  socket.on(
    'request:resolve',
    guarded(requestIdPayloadSchema, logger, 'request:resolve', async ({ requestId }) => {
      const request = await requests.find(requestId);
      if (!request) return fail('not-found');
      if (request.state === 'closed' || request.state === 'resolved') return fail('invalid-state');
      await timeline.record({
        requestId,
        kind: 'state-changed',
        actor: actorOf(user),
        body: 'resolved',
        state: 'resolved',
      });
      await deps.publishRequest(requestId);
      const updated = await requests.find(requestId);
      return updated ? ok(updated) : fail('not-found');
    }),
  );
}
