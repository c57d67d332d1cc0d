import type { Kysely, Migration } from 'kysely';

/** Windows hotfixes (KBs) as their own inventory section; requester messages made idempotent. */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('hotfixes_json', 'text').execute();
    await db.schema.alterTable('devices').addColumn('hash_hotfixes', 'text').execute();
    await db.schema.alterTable('request_events').addColumn('idempotency_key', 'text').execute();
    // A requester's reply retried from the agent's outbox is recorded once.
    await db.schema
      .createIndex('request_events_idempotency')
      .on('request_events')
      .columns(['request_id', 'idempotency_key'])
      .unique()
      .execute();
  },
};
