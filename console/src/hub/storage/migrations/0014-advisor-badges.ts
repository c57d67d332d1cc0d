import type { Kysely, Migration } from 'kysely';

/**
 * The Tech Advisor program's badges: one row per advisor and badge once reached, and who signed
 * it off and when. Kept apart from the requests that earned it, which retention deletes in time.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('advisor_badges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('badge', 'text', (c) => c.notNull())
      .addColumn('earned_at', 'text', (c) => c.notNull())
      .addColumn('signed_off_by_id', 'text')
      .addColumn('signed_off_by_name', 'text')
      .addColumn('signed_off_at', 'text')
      // Reached once: two reads noticing it at the same time keep one row.
      .addUniqueConstraint('advisor_badges_user_badge', ['user_id', 'badge'])
      .execute();
  },
};
