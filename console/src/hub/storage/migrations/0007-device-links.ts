import { sql, type Kysely, type Migration } from 'kysely';

/** */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('device_identity_keys')
      .addColumn('device_id', 'text', (c) =>
        c.notNull().references('devices.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('device_identity_keys_pk', ['device_id', 'kind'])
      .execute();
    await db.schema
      .createIndex('device_identity_keys_hash')
      .on('device_identity_keys')
      .column('key_hash')
      .execute();
    await db.schema
      .createTable('device_links')
      .addColumn('device_id', 'text', (c) =>
        c.notNull().references('devices.id').onDelete('cascade'),
      )
      .addColumn('previous_device_id', 'text', (c) => c.notNull())
      .addColumn('previous_name', 'text', (c) => c.notNull())
      .addColumn('previous_enrolled_at', 'text', (c) => c.notNull())
      .addColumn('linked_at', 'text', (c) => c.notNull())
      .addColumn('linked_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('devices').addColumn('link_candidate_id', 'text').execute();
    await db.schema.alterTable('devices').addColumn('link_matched_by', 'text').execute();
    // Hardware ids both sides report that differ: a cloned image rather than a re-install.
    await db.schema.alterTable('devices').addColumn('link_conflicts', 'text').execute();
    // Requests carried over from a retired record stay out of the new agent's tray.
    await db.schema.alterTable('requests').addColumn('carried_from_device_id', 'text').execute();
    // The single key earlier hubs kept becomes a legacy identity key; it can still suggest a link.
    await sql`insert into device_identity_keys (device_id, kind, key_hash)
      select id, 'legacy', machine_key from devices where machine_key is not null`.execute(db);
    await sql`update devices set machine_key = null`.execute(db);
  },
};
