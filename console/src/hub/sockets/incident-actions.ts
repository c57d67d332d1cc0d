// Claim, resolve and escalate on a request that belongs to a room incident act on every open
// request of it, together or not at all; each request keeps its own permissions, timeline line
// and push. Requests outside incidents go to the plain handlers.
import {
  fail,
  mayEscalate,
  mayTakeOver,
  ok,
  type Ack,
  type HelpRequest,
  type User,
} from '@handraise/shared';
import { mayReachRequest } from '../access/advisor-reach.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { IncidentMembership } from '../routing/incident-membership.ts';
import type { IncidentMove, IncidentsStore } from '../storage/incidents-store.ts';
import type { Actor } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { ConsoleHandlers } from './console-namespace.ts';

export type IncidentActionDeps = {
  requests: Pick<RequestsStore, 'find'>;
  incidents: Pick<IncidentsStore, 'moveAllIf'>;
  membership: Pick<IncidentMembership, 'members'>;
  publishRequest: PublishRequest;
};

type Together = 'request:claim' | 'request:resolve' | 'request:escalate';
/** The plain handlers, as request-actions.ts makes them (functions, no `admit`). */
type PlainHandlers = {
  [E in Together]: Extract<ConsoleHandlers[E], (...args: never[]) => unknown>;
};

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

/**
 * The moves for each open request of the incident, or why not: every request must be reachable
 * and allowed to the person (`forbidden` otherwise, and nothing changes).
 */
type Plan = (user: User, open: HelpRequest[]) => IncidentMove[] | 'forbidden';

export function incidentActionHandlers(
  user: User,
  deps: IncidentActionDeps,
  plain: PlainHandlers,
): Pick<ConsoleHandlers, Together> {
  const actor: Actor = { type: 'user', id: user.id, name: user.displayName };

  /** Runs a plan over the incident of `requestId`, or hands the request to the plain handler. */
  const together = async (
    requestId: string,
    mayStart: (request: HelpRequest) => boolean,
    plan: Plan,
    alone: () => Promise<Ack<HelpRequest>>,
  ): Promise<Ack<HelpRequest>> => {
    const request = await deps.requests.find(requestId);
    if (!request || !mayReachRequest(user, request)) return fail('not-found');
    if (request.incidentId === null) return alone();
    if (!mayStart(request)) return fail('invalid-state');
    const open = (await deps.membership.members(request.incidentId)).filter((r) =>
      OPEN_STATES.includes(r.state),
    );
    if (open.some((r) => !mayReachRequest(user, r))) return fail('forbidden');
    const moves = plan(user, open);
    if (moves === 'forbidden') return fail('forbidden');
    if (!(await deps.incidents.moveAllIf(moves))) return fail('invalid-state');
    for (const move of moves) await deps.publishRequest(move.requestId);
    const now = await deps.requests.find(requestId);
    return now ? ok(now) : fail('not-found');
  };

  const from = (r: HelpRequest) => ({ state: r.state, assigneeId: r.assigneeId });

  return {
    'request:claim': (payload) =>
      together(
        payload.requestId,
        (r) => OPEN_STATES.includes(r.state),
        (person, open) => {
          if (open.some((r) => !mayTakeOver(person, r))) return 'forbidden';
          return open
            .filter((r) => !(r.state === 'claimed' && r.assigneeId === person.id))
            .map((r) => ({
              requestId: r.id,
              from: from(r),
              state: 'claimed',
              assigneeId: person.id,
              events: [{ kind: 'claimed', actor, body: null }],
            }));
        },
        () => plain['request:claim'](payload),
      ),

    'request:resolve': (payload) =>
      together(
        payload.requestId,
        (r) => OPEN_STATES.includes(r.state),
        (person, open) => {
          if (open.some((r) => !mayTakeOver(person, r))) return 'forbidden';
          // What was done, as a message each requester reads, then the state change.
          const note = payload.note
            ? [{ kind: 'message' as const, actor, body: payload.note }]
            : [];
          return open.map((r) => ({
            requestId: r.id,
            from: from(r),
            state: 'resolved',
            events: [...note, { kind: 'state-changed', actor, body: 'resolved' }],
          }));
        },
        () => plain['request:resolve'](payload),
      ),

    'request:escalate': (payload) =>
      together(
        payload.requestId,
        (r) => r.state === 'new' || r.state === 'claimed',
        (person, open) => {
          // Those already with the coordinator stay as they are.
          const going = open.filter((r) => r.state !== 'escalated');
          if (going.some((r) => !mayEscalate(person, r))) return 'forbidden';
          const note = payload.note
            ? [{ kind: 'escalated' as const, actor, body: payload.note }]
            : [];
          return going.map((r) => ({
            requestId: r.id,
            from: from(r),
            state: 'escalated',
            assigneeId: null,
            events: [{ kind: 'state-changed', actor, body: 'escalated' }, ...note],
          }));
        },
        () => plain['request:escalate'](payload),
      ),
  };
}
