import type { Kysely, Migration } from 'kysely';

/**
 * What each computer's agent said it cost at its latest check-in (CPU, peak memory, collection
 * time, reconnects): one row per computer, replaced at each report that carries the figures.
 * Kept apart from `devices` because it changes at every check-in while the rest rarely does.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('agent_costs')
      .addColumn('device_id', 'text', (c) =>
        c.primaryKey().references('devices.id').onDelete('cascade'),
      )
      .addColumn('reported_at', 'text', (c) => c.notNull())
      .addColumn('cost_json', 'text', (c) => c.notNull())
      .execute();
  },
};
