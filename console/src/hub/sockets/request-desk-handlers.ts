// The request desk's actions beyond claim and resolve: a resolve that its resolver can take back
// for a few seconds (`request:unresolve`), and private staff notes (`request:staff-note`).
import { randomUUID } from 'node:crypto';
import {
  RESOLVE_UNDO_GRACE_MS,
  RESOLVE_UNDO_MS,
  fail,
  ok,
  type HelpRequest,
  type User,
} from '@handraise/shared';
import { mayReachRequest } from '../access/advisor-reach.ts';
import { mayWriteStaffNote } from '../access/staff-notes.ts';
import type { Clock } from '../clock.ts';
import type { ResolutionsStore } from '../storage/resolutions-store.ts';
import type { ConsoleHandlers, ConsoleSocket } from './console-namespace.ts';
import { incidentHandlers, type IncidentHandlerDeps } from './incident-handlers.ts';
import type { RequestActionDeps } from './request-actions.ts';

/** What the console namespace hands over for the desk, beside the request actions. */
export type RequestDeskDeps = {
  resolutions: ResolutionsStore;
  /** The hub's clock: the undo window is measured on it. */
  clock: Clock;
};

type DeskEvents = 'request:resolve' | 'request:unresolve' | 'request:staff-note';

/** A handler's function, whichever form it was written in (see EventHandler). */
function handleOf<F extends (...args: never[]) => unknown>(handler: F | { handle: F }): F {
  return typeof handler === 'function' ? handler : handler.handle;
}

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

/** How long after a resolve, in ms, the hub still takes it back. */
export const RESOLVE_UNDO_WINDOW_MS = RESOLVE_UNDO_MS + RESOLVE_UNDO_GRACE_MS;

/**
 * The resolve runs as incident-handlers.ts has it (a room incident's requests together), then
 * keeps what each request it finished was before, for the undo.
 */
export function requestDeskHandlers(
  socket: ConsoleSocket,
  namespaceDeps: {
    desk: RequestDeskDeps;
    actions: RequestActionDeps;
    incidents: Omit<IncidentHandlerDeps, 'actions'>;
  },
): Pick<ConsoleHandlers, DeskEvents> {
  const deps = { ...namespaceDeps.desk, ...namespaceDeps };
  const { requests, timeline, publishRequest } = deps.actions;
  const resolve = handleOf(
    incidentHandlers(socket, { ...deps.incidents, actions: deps.actions })['request:resolve'],
  );
  const user: User = socket.data.user;
  const actor = { type: 'user' as const, id: user.id, name: user.displayName };

  const reachable = async (requestId: string): Promise<HelpRequest | null> => {
    const request = await requests.find(requestId);
    return request && mayReachRequest(user, request) ? request : null;
  };

  /** The open requests one resolve of `request` would finish: its incident's, or itself. */
  const finishedTogether = async (request: HelpRequest): Promise<HelpRequest[]> => {
    if (request.incidentId === null) return [request];
    const members = await deps.incidents.membership.members(request.incidentId);
    return members.filter((r) => OPEN_STATES.includes(r.state));
  };

  return {
    'request:resolve': async (payload) => {
      const before = await reachable(payload.requestId);
      const candidates = before ? await finishedTogether(before) : [];
      const result = await resolve(payload);
      if (!result.ok) return result;
      const resolvedAt = deps.clock.now().toISOString();
      const batchId = randomUUID();
      const batch = [];
      for (const was of candidates) {
        const now = await requests.find(was.id);
        if (now?.state !== 'resolved') continue;
        batch.push({
          requestId: was.id,
          batchId,
          resolvedBy: user.id,
          resolvedAt,
          previousState: was.state,
          previousAssigneeId: was.assigneeId,
        });
      }
      await deps.resolutions.record(batch);
      return result;
    },

    'request:unresolve': async ({ requestId }) => {
      const request = await requests.find(requestId);
      const batch = request ? await deps.resolutions.batchOf(requestId) : null;
      const own = batch?.find((r) => r.requestId === requestId);
      // Its resolver may take it back even if the resolve put it out of their reach (a request
      // from another room handed to them, which stops being theirs once done).
      const resolver = own?.resolvedBy === user.id;
      if (!request || (!resolver && !mayReachRequest(user, request))) return fail('not-found');
      if (!batch || !own || request.state !== 'resolved') return fail('invalid-state');
      if (!resolver) return fail('forbidden');
      const age = deps.clock.now().getTime() - Date.parse(own.resolvedAt);
      if (age > RESOLVE_UNDO_WINDOW_MS) return fail('invalid-state');
      // Those of the batch still resolved go back together (the others moved on: a requester's
      // "Fixed" or "Still broken" stands).
      const moves = [];
      for (const resolution of batch) {
        const now = await requests.find(resolution.requestId);
        if (now?.state !== 'resolved') continue;
        moves.push({
          requestId: resolution.requestId,
          from: { state: now.state, assigneeId: now.assigneeId },
          state: resolution.previousState,
          assigneeId: resolution.previousAssigneeId,
          events: [{ kind: 'resolve-undone' as const, actor, body: resolution.previousState }],
        });
      }
      if (!(await deps.incidents.incidents.moveAllIf(moves))) return fail('invalid-state');
      await deps.resolutions.forget(own.batchId);
      for (const move of moves) await publishRequest(move.requestId);
      const updated = await requests.find(requestId);
      return updated ? ok(updated) : fail('not-found');
    },

    'request:staff-note': async ({ requestId, text }) => {
      const request = await reachable(requestId);
      if (!request) return fail('not-found');
      if (!mayWriteStaffNote(user, request)) return fail('forbidden');
      const { event } = await timeline.record({ requestId, kind: 'staff-note', actor, body: text });
      await publishRequest(requestId);
      return ok(event);
    },
  };
}
