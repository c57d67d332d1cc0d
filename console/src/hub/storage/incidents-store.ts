// Room incidents in storage: nothing but `requests.incident_id`. Which requests share one, and
// moving all of an incident's open requests together or not at all.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HelpRequest, RequestEventKind, RequestState } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Actor } from './request-timeline.ts';
import type { Database } from './schema.ts';

const OPEN_STATES: readonly RequestState[] = ['new', 'claimed', 'escalated'];

/** One request's part of a move made together: as it was seen, where it goes, and why. */
export type IncidentMove = {
  requestId: string;
  from: { state: RequestState; assigneeId: string | null };
  state: RequestState;
  /** Left out, the assignee stays. */
  assigneeId?: string | null;
  events: { kind: RequestEventKind; actor: Actor; body: string | null }[];
};

/** What grouping a new request did: nothing, joined an open incident, or made a new one. */
/**
 * `already`: the request was put in an incident while it waited its turn here (another request of
 * the same moment formed it, and told its requester then).
 */
export type Grouping =
  | { kind: 'none' }
  | { kind: 'already'; incidentId: string }
  | { kind: 'joined' | 'formed'; incidentId: string; joinedIds: string[] };

export type IncidentsStore = ReturnType<typeof createIncidentsStore>;

/** `clock` stamps timeline events: the hub's clock that never repeats an instant. */
export function createIncidentsStore(db: Kysely<Database>, clock: Clock) {
  /** Open requests of one place and category, oldest first. */
  const openAlike = (
    trx: Kysely<Database>,
    where: Pick<HelpRequest, 'site' | 'room' | 'category'>,
  ) =>
    trx
      .selectFrom('requests')
      .innerJoin('devices', 'devices.id', 'requests.device_id')
      .select(['requests.id', 'requests.incident_id', 'requests.created_at'])
      .where('devices.room', '=', where.room)
      .where('devices.site', where.site === null ? 'is' : '=', where.site)
      .where('requests.category', '=', where.category)
      .where('requests.state', 'in', OPEN_STATES)
      .orderBy('requests.created_at')
      .orderBy('requests.number');

  return {
    /**
     * Puts a just-created request into its room's open incident for its category, or makes a new
     * incident of the open requests from the window when they reach the threshold. One
     * transaction (they run one at a time), so two requests arriving together make one incident.
     */
    async group(
      request: HelpRequest,
      rule: { minRequests: number; windowMinutes: number; now: Date },
    ): Promise<Grouping> {
      // A request from no room in particular is nobody's neighbour.
      if (request.room === null) return { kind: 'none' };
      const since = new Date(rule.now.getTime() - rule.windowMinutes * 60_000).toISOString();
      return db.transaction().execute(async (trx): Promise<Grouping> => {
        const alike = await openAlike(trx, request).execute();
        const own = alike.find((r) => r.id === request.id);
        if (own?.incident_id) return { kind: 'already', incidentId: own.incident_id };
        const existing = alike.find((r) => r.incident_id !== null && r.id !== request.id);
        if (existing?.incident_id) {
          await setIncident(trx, [request.id], existing.incident_id);
          return { kind: 'joined', incidentId: existing.incident_id, joinedIds: [request.id] };
        }
        const recent = alike.filter((r) => r.created_at >= since);
        if (recent.length < rule.minRequests || !recent.some((r) => r.id === request.id))
          return { kind: 'none' };
        const incidentId = randomUUID();
        const joinedIds = recent.map((r) => r.id);
        await setIncident(trx, joinedIds, incidentId);
        return { kind: 'formed', incidentId, joinedIds };
      });
    },

    /** The ids of every request in the incident, open or not, oldest first. */
    async memberIds(incidentId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('requests')
        .select('id')
        .where('incident_id', '=', incidentId)
        .orderBy('created_at')
        .orderBy('number')
        .execute();
      return rows.map((r) => r.id);
    },

    /** Sets (or with null, clears) the incident of these requests. */
    async setIncident(requestIds: string[], incidentId: string | null): Promise<void> {
      await setIncident(db, requestIds, incidentId);
    },

    /**
     * Makes every move, each only if its request is still as it was seen, in one transaction:
     * if any request moved meanwhile, none of them change. False then.
     */
    async moveAllIf(moves: IncidentMove[]): Promise<boolean> {
      const stale = new Error('moved meanwhile');
      try {
        await db.transaction().execute(async (trx) => {
          for (const move of moves) {
            const now = clock.now().toISOString();
            const moved = await trx
              .updateTable('requests')
              .set({
                state: move.state,
                updated_at: now,
                ...(move.assigneeId !== undefined ? { assignee_id: move.assigneeId } : {}),
              })
              .where('id', '=', move.requestId)
              .where('state', '=', move.from.state)
              .where(
                'assignee_id',
                move.from.assigneeId === null ? 'is' : '=',
                move.from.assigneeId,
              )
              .executeTakeFirst();
            if (Number(moved.numUpdatedRows) === 0) throw stale;
            for (const event of move.events) {
              await trx
                .insertInto('request_events')
                .values({
                  id: randomUUID(),
                  request_id: move.requestId,
                  // Each event its own instant (the clock never repeats), so timelines read in order.
                  at: clock.now().toISOString(),
                  kind: event.kind,
                  actor_type: event.actor.type,
                  actor_id: event.actor.id,
                  actor_name: event.actor.name,
                  body: event.body,
                  idempotency_key: null,
                })
                .execute();
            }
          }
        });
      } catch (error) {
        if (error === stale) return false;
        throw error;
      }
      return true;
    },
  };
}

async function setIncident(
  db: Kysely<Database>,
  requestIds: string[],
  incidentId: string | null,
): Promise<void> {
  if (requestIds.length === 0) return;
  await db
    .updateTable('requests')
    .set({ incident_id: incidentId })
    .where('id', 'in', requestIds)
    .execute();
}
