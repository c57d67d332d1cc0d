import type { Kysely, Migration } from 'kysely';

/** Helpers say when they are on duty; everyone starts off duty. */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('on_duty', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
