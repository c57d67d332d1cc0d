import type { Kysely, Migration } from 'kysely';

/** A requester can say their class is stopped: such a request goes first and escalates sooner. */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('requests')
      .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
