import type { Kysely, Migration } from 'kysely';

/**
 * Agent self-update: the signed releases the hub offers (uploaded or shipped with it; the package
 * bytes are files in the data folder), and per computer what its agent last said it runs and how
 * its latest update went.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('agent_releases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('arch', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .addColumn('shipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('agent_releases_build', ['version', 'platform', 'arch'])
      .execute();
    await db.schema
      .createTable('device_updates')
      .addColumn('device_id', 'text', (c) =>
        c.primaryKey().references('devices.id').onDelete('cascade'),
      )
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('arch', 'text', (c) => c.notNull())
      .addColumn('running_version', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .addColumn('outcome_version', 'text')
      .addColumn('outcome_result', 'text')
      .addColumn('outcome_detail', 'text')
      .addColumn('outcome_at', 'text')
      .execute();
  },
};
