import type { Kysely } from 'kysely';
import type { RequestState } from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

/** A resolve as it can still be undone: who did it, when, and what each request was before. */
export type Resolution = {
  requestId: string;
  batchId: string;
  resolvedBy: string;
  resolvedAt: string;
  previousState: RequestState;
  previousAssigneeId: string | null;
};

/**
 * Rows older than this, in ms, are pruned when a new resolve is written: far past any undo window,
 * so the table stays a handful of rows.
 */
const KEEP_RESOLUTIONS_MS = 10 * 60_000;

export type ResolutionsStore = ReturnType<typeof createResolutionsStore>;

/** The recent resolves their resolvers may still take back (see resolve-undo-handlers.ts). */
export function createResolutionsStore(db: Kysely<Database>, clock: Clock) {
  return {
    /** Records one resolve of one or more requests (an incident's) as one batch. */
    async record(batch: Resolution[]): Promise<void> {
      const now = clock.now().getTime();
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('request_resolutions')
          .where('resolved_at', '<', new Date(now - KEEP_RESOLUTIONS_MS).toISOString())
          .execute();
        for (const r of batch) {
          const row = {
            request_id: r.requestId,
            batch_id: r.batchId,
            resolved_by: r.resolvedBy,
            resolved_at: r.resolvedAt,
            previous_state: r.previousState,
            previous_assignee_id: r.previousAssigneeId,
          };
          await trx
            .insertInto('request_resolutions')
            .values(row)
            .onConflict((oc) => oc.column('request_id').doUpdateSet(row))
            .execute();
        }
      });
    },

    /** The request's latest resolve and every request resolved with it, or null. */
    async batchOf(requestId: string): Promise<Resolution[] | null> {
      const own = await db
        .selectFrom('request_resolutions')
        .select('batch_id')
        .where('request_id', '=', requestId)
        .executeTakeFirst();
      if (!own) return null;
      const rows = await db
        .selectFrom('request_resolutions')
        .selectAll()
        .where('batch_id', '=', own.batch_id)
        .execute();
      return rows.map((row) => ({
        requestId: row.request_id,
        batchId: row.batch_id,
        resolvedBy: row.resolved_by,
        resolvedAt: row.resolved_at,
        previousState: row.previous_state as RequestState,
        previousAssigneeId: row.previous_assignee_id,
      }));
    },

    /** Forgets a batch once it is undone (an undo is taken once). */
    async forget(batchId: string): Promise<void> {
      await db.deleteFrom('request_resolutions').where('batch_id', '=', batchId).execute();
    },
  };
}
