import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  MAX_CANNED_REPLIES,
  type CannedReply,
  type CannedReplyCreate,
  type CannedReplyUpdate,
} from '@handraise/shared';
import type { Clock } from '../clock.ts';
import type { CannedRepliesTable, Database } from './schema.ts';

const toReply = (row: CannedRepliesTable): CannedReply => ({
  id: row.id,
  title: row.title,
  text: row.text,
  updatedBy: row.updated_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export type CannedRepliesStore = ReturnType<typeof createCannedRepliesStore>;

/** The coordinator's canned replies, by title. */
export function createCannedRepliesStore(db: Kysely<Database>, clock: Clock) {
  const get = async (id: string): Promise<CannedReply | null> => {
    const row = await db
      .selectFrom('canned_replies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toReply(row) : null;
  };

  return {
    get,

    async list(): Promise<CannedReply[]> {
      const rows = await db.selectFrom('canned_replies').selectAll().execute();
      return rows
        .map(toReply)
        .sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }));
    },

    /** A new reply, or null when the school already keeps the most it may. */
    async create(input: CannedReplyCreate, by: string): Promise<CannedReply | null> {
      const now = clock.now().toISOString();
      const row: CannedRepliesTable = {
        id: randomUUID(),
        title: input.title,
        text: input.text,
        updated_by: by,
        created_at: now,
        updated_at: now,
      };
      // Counted and inserted in one transaction, so two at once cannot pass the limit together.
      return db.transaction().execute(async (trx) => {
        const counted = await trx
          .selectFrom('canned_replies')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst();
        if (Number(counted?.n ?? 0) >= MAX_CANNED_REPLIES) return null;
        await trx.insertInto('canned_replies').values(row).execute();
        return toReply(row);
      });
    },

    async update(id: string, change: CannedReplyUpdate, by: string): Promise<CannedReply | null> {
      const updated = await db
        .updateTable('canned_replies')
        .set({
          ...(change.title !== undefined ? { title: change.title } : {}),
          ...(change.text !== undefined ? { text: change.text } : {}),
          updated_by: by,
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 0 ? null : get(id);
    },

    /** False when there was no such reply. */
    async remove(id: string): Promise<boolean> {
      const removed = await db.deleteFrom('canned_replies').where('id', '=', id).executeTakeFirst();
      return Number(removed.numDeletedRows) > 0;
    },
  };
}
