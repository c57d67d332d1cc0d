// Joining and leaving a room incident, as grouping and a helper's split or merge do it: the
// timeline lines each request gets, and a newcomer taking the incident's state and helper.
import type { HelpRequest, Person } from '@handraise/shared';
import type { PublishRequest } from '../request-publisher.ts';
import type { IncidentsStore } from '../storage/incidents-store.ts';
import type { Actor, RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import { HUB_ACTOR } from './hub-actor.ts';

export type IncidentMembershipDeps = {
  requests: Pick<RequestsStore, 'find'>;
  incidents: Pick<IncidentsStore, 'memberIds' | 'setIncident'>;
  timeline: Pick<RequestTimeline, 'record' | 'moveIf'>;
  people: { findPerson(userId: string): Promise<Person | null> };
  publishRequest: PublishRequest;
};

const OPEN_STATES: readonly HelpRequest['state'][] = ['new', 'claimed', 'escalated'];

/** What the requester reads (older trays show it as written; newer ones say it in their language). */
export const joinedLine = (request: Pick<HelpRequest, 'room'>): string =>
  `Others in ${request.room ?? 'this room'} asked about the same thing. We know, and someone is on it.`;

/** The open request whose state the others follow: the first one claimed, else one escalated. */
export function leadOf(members: readonly HelpRequest[]): HelpRequest | null {
  return (
    members.find((r) => r.state === 'claimed' && r.assigneeId !== null) ??
    members.find((r) => r.state === 'escalated') ??
    null
  );
}

export type IncidentMembership = ReturnType<typeof createIncidentMembership>;

export function createIncidentMembership(deps: IncidentMembershipDeps) {
  const { requests, incidents, timeline } = deps;

  const load = async (ids: readonly string[]): Promise<HelpRequest[]> =>
    (await Promise.all(ids.map((id) => requests.find(id)))).filter((r) => r !== null);

  /** The incident's requests, open or not, oldest first. */
  const members = async (incidentId: string) => load(await incidents.memberIds(incidentId));

  /**
   * Waiting requests of the incident take the lead's state: its helper (the requester reads
   * "<helper> is helping you"), or the coordinator's queue. Each moves only if still waiting.
   */
  async function followLead(incidentId: string): Promise<void> {
    const open = (await members(incidentId)).filter((r) => OPEN_STATES.includes(r.state));
    const lead = leadOf(open);
    if (!lead) return;
    const helper = lead.assigneeId ? await deps.people.findPerson(lead.assigneeId) : null;
    for (const request of open) {
      if (request.state !== 'new' || request.assigneeId !== null) continue;
      if (lead.state === 'claimed' && helper) {
        const actor: Actor = { type: 'user', id: helper.id, name: helper.displayName };
        await timeline.moveIf(
          request.id,
          { state: 'new', assigneeId: null },
          'claimed',
          [{ kind: 'claimed', actor, body: 'With the rest of the incident' }],
          helper.id,
        );
      } else if (lead.state === 'escalated') {
        await timeline.moveIf(
          request.id,
          { state: 'new', assigneeId: null },
          'escalated',
          [
            { kind: 'state-changed', actor: HUB_ACTOR, body: 'escalated' },
            { kind: 'escalated', actor: HUB_ACTOR, body: 'Its incident is with the coordinator.' },
          ],
          null,
        );
      }
    }
  }

  return {
    members,

    /**
     * Tells each newly joined request's requester that others asked too, then brings waiting
     * requests into line with the incident, and publishes every request of it.
     */
    async joined(incidentId: string, joinedIds: readonly string[], actor: Actor): Promise<void> {
      for (const request of await load(joinedIds)) {
        await timeline.record({
          requestId: request.id,
          kind: 'incident-joined',
          actor,
          body: joinedLine(request),
        });
      }
      await followLead(incidentId);
      for (const id of await incidents.memberIds(incidentId)) await deps.publishRequest(id);
    },

    /**
     * Takes the request out of its incident with a line for staff; an incident left with a single
     * request ends, and that one says so too.
     */
    async leave(request: HelpRequest, actor: Actor, why: string): Promise<void> {
      const incidentId = request.incidentId;
      if (incidentId === null) return;
      await incidents.setIncident([request.id], null);
      await timeline.record({ requestId: request.id, kind: 'incident-left', actor, body: why });
      await deps.publishRequest(request.id);
      const rest = await incidents.memberIds(incidentId);
      const [last] = rest;
      if (rest.length !== 1 || last === undefined) return;
      await incidents.setIncident([last], null);
      await timeline.record({
        requestId: last,
        kind: 'incident-left',
        actor,
        body: 'Its incident ended: no other request is left in it.',
      });
      await deps.publishRequest(last);
    },
  };
}
