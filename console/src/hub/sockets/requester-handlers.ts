import { fail, ok, type HelpDeskInfo, type Person, type RequestState } from '@handraise/shared';
import type { PublishRequest } from '../request-publisher.ts';
import type { AccessLogStore } from '../storage/access-log-store.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequesterView } from '../storage/requester-view.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { AgentHandlers, AgentSocket } from './agent-namespace.ts';
import { stillHelping } from './request-actions.ts';

/** "Still broken" goes back to whoever was helping, or to the queue if nobody was. */
function stateAfterFeedback(fixed: boolean, assigned: boolean): RequestState {
  if (fixed) return 'closed';
  return assigned ? 'claimed' : 'new';
}

export type RequesterHandlerDeps = {
  requests: RequestsStore;
  requesterView: RequesterView;
  timeline: RequestTimeline;
  publishRequest: PublishRequest;
  /**
   * Replies and feedback per device (REQUESTER_MESSAGE_RATE_LIMIT): each reaches every console,
   * so one device sending thousands would flood them all.
   */
  messageLimiter: { take(key: string): boolean };
  /** Who may still be handed a request back ("Still broken" after their account was disabled). */
  people: { findPerson(userId: string): Promise<Person | null> };
  deviceName: (deviceId: string) => Promise<string>;
  /** Who looked at the computer: the requester may always know. */
  accessLog: Pick<AccessLogStore, 'forDevice'>;
  /** The computer as enrolled, who is on duty for it, the fallback line (see help-desk-info). */
  desk: (deviceId: string) => Promise<HelpDeskInfo | null>;
};

/**
 * The requester's side of a request, from the tray: list, reply, "Fixed" / "Still broken", who
 * looked at the computer, and who could come.
 */
export function requesterHandlers(
  socket: AgentSocket,
  deps: RequesterHandlerDeps,
): Pick<AgentHandlers, 'help:list' | 'help:looks' | 'help:desk' | 'help:reply' | 'help:feedback'> {
  const { deviceId } = socket.data;
  const { requesterView, timeline } = deps;

  return {
    'help:list': async () => ok(await requesterView.list(deviceId)),

    'help:looks': async () => ok(await deps.accessLog.forDevice(deviceId)),

    'help:desk': async () => {
      const desk = await deps.desk(deviceId);
      return desk ? ok(desk) : fail('not-found');
    },

    'help:reply': async (reply) => {
      if (!deps.messageLimiter.take(deviceId)) return fail('rate-limited');
      // A device can only write to its own requests; anything else does not exist for it.
      if (!(await requesterView.one(deviceId, reply.requestId))) return fail('not-found');
      const { duplicate } = await timeline.record({
        requestId: reply.requestId,
        kind: 'message',
        actor: { type: 'device', id: deviceId, name: await deps.deviceName(deviceId) },
        body: reply.text,
        idempotencyKey: reply.idempotencyKey,
      });
      if (!duplicate) await deps.publishRequest(reply.requestId);
      const view = await requesterView.one(deviceId, reply.requestId);
      return view ? ok(view) : fail('not-found');
    },

    'help:feedback': async (feedback) => {
      if (!deps.messageLimiter.take(deviceId)) return fail('rate-limited');
      // Only the device's own requests, as its tray sees them: not another device's, and not
      // those carried over from the record of the computer it replaced.
      if (!(await requesterView.one(deviceId, feedback.requestId))) return fail('not-found');
      const request = await deps.requests.find(feedback.requestId);
      if (!request) return fail('not-found');
      const helperActive = await stillHelping(deps.people, request.assigneeId);
      const state = stateAfterFeedback(feedback.fixed, helperActive);
      const { duplicate } = await timeline.record({
        requestId: feedback.requestId,
        kind: 'state-changed',
        actor: { type: 'device', id: deviceId, name: await deps.deviceName(deviceId) },
        body: state,
        idempotencyKey: feedback.idempotencyKey,
        state,
        ...(feedback.fixed || helperActive ? {} : { assigneeId: null }),
      });
      if (!duplicate) await deps.publishRequest(feedback.requestId);
      const view = await requesterView.one(deviceId, feedback.requestId);
      return view ? ok(view) : fail('not-found');
    },
  };
}
