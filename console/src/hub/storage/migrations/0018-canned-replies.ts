import type { Kysely, Migration } from 'kysely';

/**
 * The request desk: canned replies the coordinator keeps for helpers to insert in a message, and
 * the record of each recent resolve (what the request was before, who resolved it, when) that lets
 * its resolver undo it for a few seconds. Rows of the second are kept only briefly (see
 * resolutions-store.ts).
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('canned_replies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('request_resolutions')
      .addColumn('request_id', 'text', (c) => c.primaryKey())
      // Requests resolved together (a room incident) share a batch and are undone together.
      .addColumn('batch_id', 'text', (c) => c.notNull())
      .addColumn('resolved_by', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text', (c) => c.notNull())
      .addColumn('previous_state', 'text', (c) => c.notNull())
      .addColumn('previous_assignee_id', 'text')
      .execute();
    await db.schema
      .createIndex('request_resolutions_batch_id')
      .on('request_resolutions')
      .column('batch_id')
      .execute();
  },
};
