import type { Kysely, Migration } from 'kysely';

/**
 * The hub certificates each computer's agent said it trusts, answering the hub's announcement
 * (JSON array of fingerprints), and when: the coordinator sees how many computers are ready for
 * a planned certificate before switching to it. Null for agents that never answered (older ones).
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('hub_pins_json', 'text').execute();
    await db.schema.alterTable('devices').addColumn('hub_pins_at', 'text').execute();
  },
};
