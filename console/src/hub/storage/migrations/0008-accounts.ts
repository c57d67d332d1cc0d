import type { Kysely, Migration } from 'kysely';

/** accounts can be disabled and deleted. */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
    await db.schema.alterTable('users').addColumn('deleted_at', 'text').execute();
  },
};
