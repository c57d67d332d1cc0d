// Room incidents wired once for the hub: storage, membership, grouping of new requests, and what
// the console handlers need.
import type { Kysely } from 'kysely';
import type { HelpRequest, Person } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { PublishRequest } from '../request-publisher.ts';
import type { IncidentHandlerDeps } from '../sockets/incident-handlers.ts';
import { createIncidentsStore } from '../storage/incidents-store.ts';
import type { RequestTimeline } from '../storage/request-timeline.ts';
import type { RequestsStore } from '../storage/requests-store.ts';
import type { Database } from '../storage/schema.ts';
import type { SettingsStore } from '../storage/settings-store.ts';
import { groupThenRoute } from './incident-grouping.ts';
import { createIncidentMembership } from './incident-membership.ts';

export function createRoomIncidents(deps: {
  db: Kysely<Database>;
  /** The hub's time, from which the window is counted back. */
  clock: Clock;
  /** The clock requests and their timelines are stamped with (it never repeats an instant). */
  eventClock: Clock;
  requests: RequestsStore;
  timeline: RequestTimeline;
  people: { findPerson(userId: string): Promise<Person | null> };
  publishRequest: PublishRequest;
  settings: Pick<SettingsStore, 'get'>;
}) {
  const incidents = createIncidentsStore(deps.db, deps.eventClock);
  const membership = createIncidentMembership({ ...deps, incidents });
  return {
    /** For the console namespace: incidents acted on together, split and merge. */
    handlers: { incidents, membership } satisfies Omit<IncidentHandlerDeps, 'actions'>,
    /** Groups a just-stored request with its room's, then routes it if it still waits. */
    groupThenRoute: (request: HelpRequest, route: (r: HelpRequest) => Promise<unknown>) =>
      groupThenRoute(request, {
        incidents,
        membership,
        requests: deps.requests,
        route,
        rule: async () => {
          const settings = await deps.settings.get();
          return {
            minRequests: settings.incidentMinRequests,
            windowMinutes: settings.incidentWindowMinutes,
            now: deps.clock.now(),
          };
        },
      }),
  };
}
