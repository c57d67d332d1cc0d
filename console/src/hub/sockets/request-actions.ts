import {
  fail,
  mayEscalate,
  mayTakeOver,
  mayWriteTo,
  ok,
  type Ack,
  type HelpRequest,
  type Person,
  type User,
} from '@handraise/shared';
import { mayReachRequest } from '../access/advisor-reach.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { ConsoleHandlers, ConsoleSocket } from './console-namespace.ts';

export type RequestActionDeps = {
  requests: RequestsStore;
  timeline: RequestTimeline;
  publishRequest: PublishRequest;
  /** Looks up who a request may be assigned to. */
  people: { findPerson(userId: string): Promise<Person | null> };
};

const actorOf = (user: { id: string; displayName: string }) => ({
  type: 'user' as const,
  id: user.id,
  name: user.displayName,
});

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

/**
 * Whether a reopened request can go back to the person who helped: not if their account has been
 * disabled or deleted since (it goes to the queue instead).
 */
export async function stillHelping(
  people: { findPerson(userId: string): Promise<Person | null> },
  assigneeId: string | null,
): Promise<boolean> {
  return assigneeId !== null && (await people.findPerson(assigneeId)) !== null;
}

type RequestActionEvents =
  | 'request:claim'
  | 'request:assign'
  | 'request:message'
  | 'request:resolve'
  | 'request:escalate'
  | 'request:reopen';

/**
 * What helpers do with a request from the console: claim, assign, write to the requester, resolve,
 * escalate, reopen. Every change is pushed to consoles and to the requester's computer.
 */
export function requestActionHandlers(
  socket: ConsoleSocket,
  deps: RequestActionDeps,
): Pick<ConsoleHandlers, RequestActionEvents> {
  const { requests, timeline } = deps;
  const user: User = socket.data.user;

  /** The request, if the person may reach it (see mayReachRequest); null reads as not found. */
  const reachable = async (requestId: string): Promise<HelpRequest | null> => {
    const request = await requests.find(requestId);
    return request && mayReachRequest(user, request) ? request : null;
  };

  /** Publishes the change and answers with the request as it now is. */
  const publishAndReturn = async (requestId: string): Promise<Ack<HelpRequest>> => {
    await deps.publishRequest(requestId);
    const updated = await requests.find(requestId);
    return updated ? ok(updated) : fail('not-found');
  };

  return {
    'request:claim': async ({ requestId }) => {
      // Checked and taken in one step: of two helpers offered the same request, the first to
      // claim owns it and the second is refused, whatever the timing.
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (request.state === 'closed') return fail('invalid-state');
      if (!mayTakeOver(user, request)) return fail('forbidden');
      const taken = await timeline.moveIf(
        requestId,
        { state: request.state, assigneeId: request.assigneeId },
        'claimed',
        [{ kind: 'claimed', actor: actorOf(user), body: null }],
        user.id,
      );
      if (!taken) {
        // It moved meanwhile: judged again as it now is (someone else's now is forbidden).
        const now = await reachable(requestId);
        if (!now) return fail('not-found');
        return now.state === 'claimed' && now.assigneeId === user.id
          ? ok(now)
          : fail(mayTakeOver(user, now) ? 'invalid-state' : 'forbidden');
      }
      return publishAndReturn(requestId);
    },

    'request:assign': async ({ requestId, assigneeId }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (!OPEN_STATES.includes(request.state)) return fail('invalid-state');
      const assignee = await deps.people.findPerson(assigneeId);
      if (!assignee) return fail('not-found');
      // Recorded as the assignee's claim, so the requester reads "<assignee> is helping you";
      // the body keeps who made the assignment for the staff timeline.
      await timeline.record({
        requestId,
        kind: 'claimed',
        actor: actorOf(assignee),
        body: `Assigned by ${user.displayName}`,
        state: 'claimed',
        assigneeId: assignee.id,
      });
      return publishAndReturn(requestId);
    },

    'request:message': async ({ requestId, text }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (!mayWriteTo(user, request))
        return fail(request.state === 'closed' ? 'invalid-state' : 'forbidden');
      const { event } = await timeline.record({
        requestId,
        kind: 'message',
        actor: actorOf(user),
        body: text,
      });
      await deps.publishRequest(requestId);
      return ok(event);
    },

    'request:resolve': async ({ requestId, note }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (!OPEN_STATES.includes(request.state)) return fail('invalid-state');
      if (!mayTakeOver(user, request)) return fail('forbidden');
      // What was done, as a message: the requester reads it with the conversation.
      if (note)
        await timeline.record({ requestId, kind: 'message', actor: actorOf(user), body: note });
      await timeline.record({
        requestId,
        kind: 'state-changed',
        actor: actorOf(user),
        body: 'resolved',
        state: 'resolved',
      });
      return publishAndReturn(requestId);
    },

    'request:escalate': async ({ requestId, note }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (request.state !== 'new' && request.state !== 'claimed') return fail('invalid-state');
      if (!mayEscalate(user, request)) return fail('forbidden');
      // The requester sees the state change; the note is for the coordinator only (the tray does
      // not show `escalated` events). The assignee is cleared so the coordinator can pick it up.
      // Both lines and the change are one transaction, and only if nobody moved it meanwhile.
      const moved = await timeline.moveIf(
        requestId,
        { state: request.state, assigneeId: request.assigneeId },
        'escalated',
        [
          { kind: 'state-changed', actor: actorOf(user), body: 'escalated' },
          ...(note ? [{ kind: 'escalated' as const, actor: actorOf(user), body: note }] : []),
        ],
        null,
      );
      if (!moved) return fail('invalid-state');
      return publishAndReturn(requestId);
    },

    'request:reopen': async ({ requestId }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (request.state !== 'resolved' && request.state !== 'closed') return fail('invalid-state');
      // Same rule as the requester's "Still broken": back to the helper, or to the queue.
      const helperActive = await stillHelping(deps.people, request.assigneeId);
      const state = helperActive ? 'claimed' : 'new';
      await timeline.record({
        requestId,
        kind: 'state-changed',
        actor: actorOf(user),
        body: state,
        state,
        ...(helperActive ? {} : { assigneeId: null }),
      });
      return publishAndReturn(requestId);
    },
  };
}
