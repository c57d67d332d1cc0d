import type { Kysely, Migration } from 'kysely';

/**
 * The ids of computers deleted for privacy, and when: an agent that was offline at the deletion
 * still holds its id and, with an enrollment token in its settings, would enroll itself again as a
 * new computer. The id is refused like a retired computer's instead. Nothing else is kept: no
 * name, no secret, nothing about the people who used it.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('deleted_devices')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('deleted_at', 'text', (column) => column.notNull())
      .execute();
  },
};
