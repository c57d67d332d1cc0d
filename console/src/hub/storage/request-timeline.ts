import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RequestEvent, RequestEventKind, RequestState } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database, RequestEventsTable } from './schema.ts';

export type Actor = RequestEvent['actor'];

const toEvent = (row: RequestEventsTable): RequestEvent => ({
  id: row.id,
  requestId: row.request_id,
  at: row.at,
  kind: row.kind as RequestEventKind,
  actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
  body: row.body,
});

export type RequestTimeline = ReturnType<typeof createRequestTimeline>;

/** What happens to a request after it is raised: messages, claims and state changes, each logged. */
export function createRequestTimeline(db: Kysely<Database>, clock: Clock) {
  const findByKey = async (requestId: string, key: string) => {
    const row = await db
      .selectFrom('request_events')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    return row ? toEvent(row) : null;
  };

  return {
    /**
     * Adds an event and, if given, moves the request to a new state, in one transaction. An event
     * whose idempotency key was seen for this request is returned as it was (`duplicate`).
     */
    async record(input: {
      requestId: string;
      kind: RequestEventKind;
      actor: Actor;
      body?: string | null;
      idempotencyKey?: string;
      state?: RequestState;
      assigneeId?: string | null;
    }): Promise<{ event: RequestEvent; duplicate: boolean }> {
      if (input.idempotencyKey) {
        const earlier = await findByKey(input.requestId, input.idempotencyKey);
        if (earlier) return { event: earlier, duplicate: true };
      }
      const now = clock.now().toISOString();
      const row: RequestEventsTable = {
        id: randomUUID(),
        request_id: input.requestId,
        at: now,
        kind: input.kind,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
        actor_name: input.actor.name,
        body: input.body ?? null,
        idempotency_key: input.idempotencyKey ?? null,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('request_events').values(row).execute();
          await trx
            .updateTable('requests')
            .set({
              updated_at: now,
              ...(input.state ? { state: input.state } : {}),
              ...(input.assigneeId !== undefined ? { assignee_id: input.assigneeId } : {}),
            })
            .where('id', '=', input.requestId)
            .execute();
        });
      } catch (error) {
        // The same keyed event raced in twice; the unique index kept one.
        const winner = input.idempotencyKey
          ? await findByKey(input.requestId, input.idempotencyKey)
          : null;
        if (winner) return { event: winner, duplicate: true };
        throw error;
      }
      return { event: toEvent(row), duplicate: false };
    },

    /**
     * Moves a request to `state` with the events that say why, only if it is still as `from`
     * says (its state, and its assignee when given): the check and the change share one
     * transaction, so whoever changed it meanwhile wins. `assigneeId`, when given, is the new
     * assignee. False when it had moved on.
     */
    async moveIf(
      requestId: string,
      from: RequestState | { state: RequestState; assigneeId: string | null },
      state: RequestState,
      events: { kind: RequestEventKind; actor: Actor; body: string | null }[],
      assigneeId?: string | null,
    ): Promise<boolean> {
      const seen = typeof from === 'string' ? { state: from } : from;
      return db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        let update = trx
          .updateTable('requests')
          .set({
            state,
            updated_at: now,
            ...(assigneeId !== undefined ? { assignee_id: assigneeId } : {}),
          })
          .where('id', '=', requestId)
          .where('state', '=', seen.state);
        if ('assigneeId' in seen)
          update = update.where(
            'assignee_id',
            seen.assigneeId === null ? 'is' : '=',
            seen.assigneeId,
          );
        const moved = await update.executeTakeFirst();
        if (Number(moved.numUpdatedRows) === 0) return false;
        for (const event of events) {
          await trx
            .insertInto('request_events')
            .values({
              id: randomUUID(),
              request_id: requestId,
              // Each event its own instant, so the timeline reads in the order written.
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
        return true;
      });
    },
  };
}
