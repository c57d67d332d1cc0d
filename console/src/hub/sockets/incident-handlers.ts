// A helper's hand on room incidents: split a request out, merge one into another's incident, and
// claim, resolve or escalate an incident's requests together (see incident-actions.ts).
import { randomUUID } from 'node:crypto';
import { fail, mayTakeOver, ok, type HelpRequest, type User } from '@handraise/shared';
import { mayReachRequest } from '../access/advisor-reach.ts';
import type { IncidentMembership } from '../routing/incident-membership.ts';
import type { IncidentsStore } from '../storage/incidents-store.ts';
import type { Actor } from '../storage/request-timeline.ts';
import type { ConsoleHandlers, ConsoleSocket } from './console-namespace.ts';
import { incidentActionHandlers } from './incident-actions.ts';
import { requestActionHandlers, type RequestActionDeps } from './request-actions.ts';

export type IncidentHandlerDeps = {
  actions: RequestActionDeps;
  incidents: Pick<IncidentsStore, 'moveAllIf' | 'setIncident'>;
  membership: IncidentMembership;
};

type IncidentEvents =
  'request:claim' | 'request:resolve' | 'request:escalate' | 'request:split' | 'request:merge';

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

/** A handler's function, whichever form it was written in (see EventHandler). */
function handleOf<F extends (...args: never[]) => unknown>(handler: F | { handle: F }): F {
  return typeof handler === 'function' ? handler : handler.handle;
}

export function incidentHandlers(
  socket: ConsoleSocket,
  deps: IncidentHandlerDeps,
): Pick<ConsoleHandlers, IncidentEvents> {
  const user: User = socket.data.user;
  const { requests, publishRequest } = deps.actions;
  const actor: Actor = { type: 'user', id: user.id, name: user.displayName };
  const plain = requestActionHandlers(socket, deps.actions);

  /**
   * The request if the person may change its incident: reachable (`not-found` otherwise), open
   * (`invalid-state`) and theirs to take over (`forbidden`: an advisor never regroups a request
   * someone else holds or the coordinator has).
   */
  const regroupable = async (requestId: string) => {
    const request = await requests.find(requestId);
    if (!request || !mayReachRequest(user, request)) return fail('not-found');
    if (!OPEN_STATES.includes(request.state)) return fail('invalid-state');
    if (!mayTakeOver(user, request)) return fail('forbidden');
    return ok(request);
  };

  const current = async (requestId: string) => {
    const request = await requests.find(requestId);
    return request ? ok(request) : fail('not-found');
  };

  return {
    ...incidentActionHandlers(
      user,
      { requests, incidents: deps.incidents, membership: deps.membership, publishRequest },
      {
        'request:claim': handleOf(plain['request:claim']),
        'request:resolve': handleOf(plain['request:resolve']),
        'request:escalate': handleOf(plain['request:escalate']),
      },
    ),

    'request:split': async ({ requestId }) => {
      const found = await regroupable(requestId);
      if (!found.ok) return found;
      if (found.data.incidentId === null) return fail('invalid-state');
      await deps.membership.leave(
        found.data,
        actor,
        `Split out of its incident by ${user.displayName}.`,
      );
      return current(requestId);
    },

    'request:merge': async ({ requestId, intoRequestId }) => {
      const found = await regroupable(requestId);
      if (!found.ok) return found;
      const into = await regroupable(intoRequestId);
      if (!into.ok) return into;
      const request = found.data;
      const target = into.data;
      // An incident is one room's one problem: a request from elsewhere would lock the advisors of
      // either room out of their own request, and one about something else would be told "others
      // asked about the same thing" and closed with another problem's note. Both are refused.
      if (
        request.site !== target.site ||
        request.room !== target.room ||
        request.category !== target.category
      )
        return fail('invalid-state');
      if (request.incidentId !== null && request.incidentId === target.incidentId)
        return ok(request);
      const incidentId = target.incidentId ?? randomUUID();
      if (request.incidentId !== null)
        await deps.membership.leave(
          request,
          actor,
          `Moved to another incident by ${user.displayName}.`,
        );
      const joining = target.incidentId === null ? [target.id, request.id] : [request.id];
      await deps.incidents.setIncident(joining, incidentId);
      await deps.membership.joined(incidentId, joining, actor);
      return current(requestId);
    },
  };
}
