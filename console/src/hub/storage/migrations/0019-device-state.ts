import type { Kysely, Migration } from 'kysely';

/**
 * The computer's state (boot time, who is signed in, network, security), a report section of its
 * own since agents read it: `state_json` holds the latest one sent, `hash_state` its hash. Both stay
 * null for earlier agents, which send no state.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('state_json', 'text').execute();
    await db.schema.alterTable('devices').addColumn('hash_state', 'text').execute();
  },
};
